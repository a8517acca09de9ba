/**
 * A widget's headings at the level the page asks for (`heading-level`, default 2): a page has
 * its own `h1`, and a widget inside a section of the page needs its headings below that
 * section's. Real `<h1>`…`<h6>` elements (lit's static templates, `lit/static-html.js`, would
 * cost more bytes than the few lines below). Styles go by class — `heading`, and `sub` for a part
 * of a step — never by level, so a widget looks the same at any level.
 *
 * ```ts
 * heading(view.level, m('…', 'Check your answers'), { id: 'cf-check-title', focusable: true, step: 'check' })
 * heading(view.level, m('…', 'What happens next'), { sub: true })   // one level below
 * ```
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingOptions {
  id?: string;
  /** One level below the widget's own: a part of a step, under the step's heading. */
  sub?: boolean;
  /** Takes focus from script (`tabindex="-1"`): the heading of a step the widget moves to. */
  focusable?: boolean;
  /** Another class besides `heading` (and `sub`). */
  class?: string;
  /**
   * The name of the step this heads (`check`, `done`…), for `civic-step` and the page title
   * (base/steps.ts): the step shown is the one whose heading is shown last.
   */
  step?: string | undefined;
}

/** The heading of the step shown (`data-step`): the last one not hidden. */
export function stepHeading(root: ParentNode): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>('[data-step]')].filter((heading) => !heading.closest('[hidden]')).at(-1);
}

/**
 * The strings of `<hN id=… class=… tabindex=… data-step=…>…</hN>` for each level, made once,
 * as lit's own static templates make theirs (a strings array with its `raw`, here only from
 * this constant text): one template for six levels.
 */
const templates: TemplateStringsArray[] = [];

/** A heading at `level` (one below with `sub`), kept between 1 and 6. */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const n = Math.min(6, (Math.trunc(level) || 2) + (options.sub ? 1 : 0));
  const strings = (templates[n] ??= Object.assign([`<h${n} id=`, ' class=', ' tabindex=', ' data-step=', '>', `</h${n}>`], {
    raw: [],
  }) as unknown as TemplateStringsArray);
  return html(
    strings,
    options.id ?? nothing,
    `heading${options.sub ? ' sub' : ''}${options.class ? ` ${options.class}` : ''}`,
    options.focusable ? '-1' : nothing,
    options.step ?? nothing,
    content,
  );
}
