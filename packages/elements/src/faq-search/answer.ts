/**
 * An FAQ answer's HTML, made safe to show. The contact centre already sanitises it; this is
 * the browser's own line of defence. DOMPurify is loaded the first time an answer is opened,
 * as a chunk of its own, so pages that never open one do not download it.
 */
import type { Config } from 'dompurify';

/** Only what an answer needs: paragraphs, line breaks, lists, emphasis and links. */
const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: ['p', 'br', 'ul', 'ol', 'li', 'em', 'strong', 'b', 'i', 'a'],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:)/i,
  // Nodes, never a string: under Trusted Types no HTML string may be assigned anywhere.
  RETURN_DOM_FRAGMENT: true,
};

/**
 * `answerHtml` as an element holding the sanitised answer, for Lit to insert as a node (the
 * same node on every render, so focus inside it survives).
 */
export async function answerElement(answerHtml: string, lang: string, dir: string): Promise<HTMLElement> {
  const { default: DOMPurify } = await import('dompurify');
  const fragment = DOMPurify.sanitize(answerHtml, CONFIG);
  for (const link of fragment.querySelectorAll('a')) {
    if (!link.hasAttribute('href')) {
      // A link whose address was removed (javascript:, a relative path) is only text now.
      link.replaceWith(...link.childNodes);
      continue;
    }
    // The answer's links lead off the site: give the next page no handle on this one.
    link.rel = 'noopener noreferrer';
    link.referrerPolicy = 'no-referrer';
  }
  const element = document.createElement('div');
  element.className = 'answer__body';
  element.setAttribute('part', 'answer-body');
  element.lang = lang;
  element.dir = dir;
  element.append(document.importNode(fragment, true));
  return element;
}
