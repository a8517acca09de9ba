/**
 * The step a widget shows, told to the page: a `civic-step` event when it moves to another
 * step, and, when the page asks with `update-title`, the page title "<step heading> – <page
 * title>" while the widget is past its first step (following the heading as it changes:
 * another search, another language); and "Error: " in front of the title while the step's
 * heading says it shows errors (`stepTitle`, base/error-summary.ts), as GOV.UK pages do. The page's own title
 * comes back when the widget is back at its first step, leaves its errors behind, or leaves
 * the page; a title the page set meanwhile is left alone.
 *
 * A step is its heading, marked with its name (`heading(…, { step: 'check' })`, base/heading.ts).
 * CivicElement fetches this module once the citizen has started on the element, and follows
 * its steps with it once the step changes or shows errors:
 *
 * ```ts
 * new Steps(this, 'form', () => this.updateTitle).hostUpdated();
 * ```
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CivicStepEvent } from '../events/civic-step-event.ts';
import { stepHeading } from './heading.ts';

/** A heading's text as it is shown: without what only screen readers get ("Error:", a reference spelled out). */
export function shownText(element: Element): string {
  let text = element.textContent ?? '';
  for (const hidden of element.querySelectorAll('.visually-hidden')) text = text.replace(hidden.textContent ?? '', '');
  return text.replace(/\s+/g, ' ').trim();
}

export class Steps implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };
  readonly #updateTitle: () => boolean;
  /** The first step shown, whose title is the page's own. */
  readonly #first: string;
  /** The step last told. */
  #told: string;
  /** The page's title, and the one this widget wrote over it. */
  #title: { page: string; written: string } | undefined;

  /** Follows the steps of `host` from its first step, `first`; the page title too while `updateTitle()`. */
  constructor(host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode }, first: string, updateTitle: () => boolean) {
    this.#host = host;
    this.#updateTitle = updateTitle;
    this.#first = first;
    this.#told = first;
    host.addController(this);
  }

  hostUpdated(): void {
    // Not once off the page: a controller may still ask for a render after it has left.
    const heading = this.#host.isConnected ? stepHeading(this.#host.renderRoot) : undefined;
    const step = heading?.dataset['step'];
    if (!heading || !step) {
      this.#setTitle('');
      return;
    }
    const title = shownText(heading);
    if (this.#told !== step) this.#host.dispatchEvent(new CivicStepEvent(step, title));
    this.#told = step;
    const error = heading.querySelector('[data-error]')?.textContent?.trim();
    const stepped = this.#updateTitle() && step !== this.#first ? `${title} – ` : '';
    this.#setTitle(`${error ? `${error} ` : ''}${stepped}`);
  }

  hostDisconnected(): void {
    this.#setTitle('');
  }

  /** The page's title with `before` in front of it; the page's own when `before` is empty. */
  #setTitle(before: string): void {
    const own = this.#title;
    // The page has set its own title since: that is the page's title now.
    const page = own && document.title === own.written ? own.page : document.title;
    if (!before) {
      if (own && document.title === own.written) document.title = own.page;
      this.#title = undefined;
      return;
    }
    const written = `${before}${page}`;
    if (document.title !== written) document.title = written;
    this.#title = { page, written };
  }
}
