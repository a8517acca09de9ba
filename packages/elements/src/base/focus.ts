/**
 * Where focus goes after a render: a step's heading, the error summary, the field a link
 * names. Asked for while handling an event; done once the new content is on the page.
 *
 * ```ts
 * readonly #focus = new Focus(this);
 * …
 * this.#focus.next('#cf-check-title');  // the heading of the step just shown
 * this.#focus.field('#cb-phone');       // a field, as GOV.UK does: its question scrolled into view
 * ```
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A host with a render root to look in. */
export type FocusHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/** What to focus: a selector in the render root, or a function that finds the element. */
export type FocusTarget = string | ((root: ParentNode) => Element | null | undefined);

/**
 * Moves to a field as GOV.UK's error summary does: the field's group (its label or legend and
 * hint) scrolled to the top, then its control focused without scrolling again, so the
 * question is in view, not only the box.
 */
export function focusField(control: Element | null | undefined): void {
  if (!(control instanceof HTMLElement)) return;
  control.closest('.form-group, [data-field]')?.scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
}

function find(root: ParentNode, target: FocusTarget): Element | null | undefined {
  return typeof target === 'string' ? root.querySelector(target) : target(root);
}

export class Focus implements ReactiveController {
  readonly #host: FocusHost;
  #next: { target: FocusTarget; field: boolean } | undefined;

  constructor(host: FocusHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Focuses `target` once the host has rendered. */
  next(target: FocusTarget): void {
    this.#ask(target, false);
  }

  /** Moves to the field `target` once the host has rendered, its question scrolled into view ({@link focusField}). */
  field(target: FocusTarget): void {
    this.#ask(target, true);
  }

  hostUpdated(): void {
    const next = this.#next;
    this.#next = undefined;
    if (!next) return;
    const element = find(this.#host.renderRoot, next.target);
    if (next.field) focusField(element);
    else if (element instanceof HTMLElement) element.focus();
  }

  #ask(target: FocusTarget, field: boolean): void {
    this.#next = { target, field };
    this.#host.requestUpdate();
  }
}
