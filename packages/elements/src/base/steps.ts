/**
 * The step a widget shows, told to the page: a `civic-step` event when it moves to another
 * step, and, when the page asks with `update-title`, the page title "<step heading> – <page
 * title>" while the widget is past its first step (following the heading as it changes: another
 * search, another language); and
 * "Error: " in front of the title while the widget says its step shows errors, as GOV.UK
 * pages do. The page's own title comes back when the widget is back at its first step,
 * leaves its errors behind, or leaves the page; a title the page set meanwhile is left alone.
 *
 * ```ts
 * readonly #steps = new Steps(this, {
 *   step: () => ({ name: 'check', heading: '#cf-check-title' }),
 *   updateTitle: () => this.updateTitle,
 *   errorWord: () => errorWord(this.view()),
 * });
 * ```
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CivicStepEvent } from '../events/civic-step-event.ts';

/** The step shown: its name, its heading (a selector in the render root), and whether it shows errors. */
export interface ShownStep {
  name: string;
  heading: string;
  error?: boolean;
}

export interface StepsOptions {
  /** The step shown now; undefined while there is none (loading, or the page's mistake in its place). */
  step(): ShownStep | undefined;
  /** Whether the page asked for its title to follow the step. */
  updateTitle(): boolean;
  /** "Error:", in the widget's language. */
  errorWord(): string;
}

/** A heading's text as it is shown: without what only screen readers get ("Error:", a reference spelled out). */
export function shownText(element: Element): string {
  let text = element.textContent ?? '';
  for (const hidden of element.querySelectorAll('.visually-hidden')) text = text.replace(hidden.textContent ?? '', '');
  return text.replace(/\s+/g, ' ').trim();
}

export class Steps implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };
  readonly #options: StepsOptions;
  /** The first step shown, whose title is the page's own. */
  #first: string | undefined;
  /** The step last told. */
  #told: string | undefined;
  /** The page's title, and the one this widget wrote over it. */
  #title: { page: string; written: string } | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode }, options: StepsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    // Not once off the page: a controller may still ask for a render after it has left.
    const step = this.#host.isConnected ? this.#options.step() : undefined;
    const heading = step && this.#host.renderRoot.querySelector(step.heading);
    if (!step || !heading) {
      this.#setTitle('');
      return;
    }
    const title = shownText(heading);
    this.#first ??= step.name;
    if (this.#told !== undefined && this.#told !== step.name) this.#host.dispatchEvent(new CivicStepEvent(step.name, title));
    this.#told = step.name;
    const stepped = this.#options.updateTitle() && step.name !== this.#first ? `${title} – ` : '';
    this.#setTitle(`${step.error ? `${this.#options.errorWord()} ` : ''}${stepped}`);
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
