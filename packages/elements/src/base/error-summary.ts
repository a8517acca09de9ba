/**
 * GOV.UK's error summary, the one every widget shows: a box at the top of the step that
 * takes focus, "There is a problem" (or the widget's own title) and what is wrong read out
 * as an alert, a link to each field that needs the citizen, then what they can do (Try
 * again). Fragment links cannot reach into a shadow root, so each link moves to its field
 * itself, its question scrolled into view first ({@link focusField}).
 *
 * ```ts
 * errorSummary(view, {
 *   id: 'ts-error-summary',
 *   items: [{ text: m('…', 'Enter your complaint reference'), target: '#reference' }],
 *   after: retryButton,
 * })
 * ```
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { View } from '../shared/view.ts';
import { focusField, type FocusTarget } from './focus.ts';
import { heading } from './heading.ts';

/** One line of the summary: a field's problem, linking to it, or a problem of the request as a whole. */
export interface SummaryItem {
  text: unknown;
  /** The field's control; without it the line is not a link. */
  target?: FocusTarget | undefined;
  /** The link's address, for a target found by a function (a selector `#id` is its own). */
  href?: string;
}

export interface ErrorSummaryOptions {
  /** The box's id: what takes focus when it appears. Its title is `<id>-title`. */
  id: string;
  /** The heading; "There is a problem" unless said. */
  title?: string;
  /** The problems, listed. */
  items?: readonly SummaryItem[];
  /** Sentences in place of (or after) the list, read out with it. */
  body?: unknown;
  /** What the citizen can do, after what is read out: a Try again button, contact details. */
  after?: unknown;
  /** The CSS part; `error-summary` unless said. */
  part?: string;
}

function link(item: SummaryItem): unknown {
  const { target } = item;
  if (!target) return item.text;
  return html`<a
    href=${item.href ?? (typeof target === 'string' && target.startsWith('#') ? target : '#')}
    @click=${(event: Event) => {
      event.preventDefault();
      const root = (event.currentTarget as Element).getRootNode() as ParentNode;
      focusField(typeof target === 'string' ? root.querySelector(target) : target(root));
    }}
    >${item.text}</a
  >`;
}

export function errorSummary(view: View, options: ErrorSummaryOptions): TemplateResult {
  const { id, items = [] } = options;
  return html`<div id=${id} class="error-summary" part=${options.part ?? 'error-summary'} tabindex="-1" aria-labelledby="${id}-title">
    <div role="alert">
      ${heading(view.level, options.title ?? view.m('shared.error-summary-title', 'There is a problem'), { id: `${id}-title` })}
      ${items.length > 0 ? html`<ul>${items.map((item) => html`<li>${link(item)}</li>`)}</ul>` : nothing} ${options.body ?? nothing}
    </div>
    ${options.after ?? nothing}
  </div>`;
}

/** "Error:", in the reader's language: before a field's message, a step's title, the page title. */
export function errorWord(view: View): string {
  return view.m('shared.error-prefix', 'Error:');
}

/** "Error: " for screen readers while `shown` (marked `data-error`, it also goes before the page title: base/steps.ts). */
export function errorPrefix(view: View, shown: boolean): TemplateResult | typeof nothing {
  return shown ? html`<span class="visually-hidden" data-error>${errorWord(view)} </span>` : nothing;
}

/**
 * A step's title, with "Error: " before it while the step shows errors, as GOV.UK pages do;
 * the title alone is in `<span id=nameId>`, which names the step's form (`aria-labelledby`):
 * "Error:" belongs to the heading and the page title, not to the form's name.
 */
export function stepTitle(view: View, shown: boolean, nameId: string, title: unknown): TemplateResult {
  return html`${errorPrefix(view, shown)}<span id=${nameId}>${title}</span>`;
}
