/**
 * GOV.UK's error message at a field: what is wrong, tied to the field's control, with "Error:"
 * for screen readers. Apart from the summary (error-summary.ts), which every widget shows, since
 * only the widgets with fields to correct show it.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { View } from '../shared/view.ts';
import { errorWord } from './error-summary.ts';

/** The message at a field, tied to its control by `<id>-error`, with "Error:" for screen readers. */
export function errorMessage(view: View, id: string, message: unknown): TemplateResult | typeof nothing {
  if (!message) return nothing;
  return html`<p id="${id}-error" class="error-message" part="error-message">
    <span class="visually-hidden">${errorWord(view)}</span> ${message}
  </p>`;
}
