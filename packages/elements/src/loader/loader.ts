/**
 * The one script a ministry page loads (`civic-contact.js`): it defines each Civic Contact
 * element the first time its tag appears in the document, by importing that element's own
 * chunk, so a page with only `<civic-ticket-status>` never downloads the complaint form.
 * Lit, the SDK and the contract come with the first element, in a chunk every element shares.
 *
 * ```html
 * <script type="module" src="https://contact.gov.example/elements/0.1.0/civic-contact.js"
 *   integrity="sha384-…" crossorigin="anonymous"></script>
 * ```
 *
 * Tags in the document when the script runs are found at once; tags added later (by a
 * framework, a CMS, `innerHTML`) are found by a MutationObserver. Tags inside shadow roots
 * are not observed: call {@link discover} with the shadow root.
 */

/** Each element's module. Literal imports, so that the bundler makes each one a chunk of its own. */
const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'civic-contact-provider': () => import('../provider/provider.ts'),
  'civic-complaint-form': () => import('../complaint-form/complaint-form.ts'),
  'civic-ticket-status': () => import('../ticket-status/ticket-status.ts'),
  'civic-callback-request': () => import('../callback-request/callback-request.ts'),
  'civic-faq-search': () => import('../faq-search/faq-search.ts'),
  'civic-service-dashboard': () => import('../service-dashboard/service-dashboard.ts'),
};

/** The tags this loader can define. */
export const ELEMENT_TAGS: readonly string[] = Object.keys(ELEMENTS);

const loading = new Map<string, Promise<void>>();

/**
 * Loads the element `tag` once, however often it is asked for. A chunk that fails to load
 * (the network dropped) is forgotten, so the next discovery of the tag tries again.
 */
function load(tag: string): Promise<void> {
  let pending = loading.get(tag);
  if (!pending) {
    pending = ELEMENTS[tag]!().then(
      () => undefined,
      (error: unknown) => {
        loading.delete(tag);
        console.error(`[civic-contact] <${tag}> could not be loaded; it will be tried again when the page adds one.`, error);
        throw error;
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

/**
 * Defines every Civic Contact element in `root` (a document, an element or a shadow root)
 * that is not defined yet; resolves when they are. The loader calls it for the document
 * itself; call it for content it cannot see, such as your own components' shadow roots.
 */
export async function discover(root: ParentNode): Promise<void> {
  const tags = new Set<string>();
  const consider = (element: Element) => {
    const tag = element.localName;
    if (tag in ELEMENTS && !customElements.get(tag)) tags.add(tag);
  };
  if (root instanceof Element) consider(root);
  root.querySelectorAll(':not(:defined)').forEach(consider);
  await Promise.all([...tags].map(load));
}

/** Whether every element is defined, so that nothing is left to watch for. */
const allDefined = () => ELEMENT_TAGS.every((tag) => customElements.get(tag));

// The failure was reported when it happened (see load).
const quietly = (root: ParentNode) => discover(root).catch(() => undefined);

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  void quietly(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) void quietly(node);
      }
    }
    // A page that has used every element pays nothing more for its DOM changes.
    if (allDefined()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}
