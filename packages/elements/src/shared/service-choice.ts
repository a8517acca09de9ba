/** One service as a radio button, with its description as the hint: the service pickers of the complaint form and the callback request. */
import { html, type TemplateResult } from 'lit';
import type { Service } from '@civic-contact/contract';
import type { Tagged, View } from './view.ts';

/**
 * The radio of `service`, its id `<prefix>-service-<id>` (what an error summary links to),
 * its name as the label and its description as the hint.
 */
export function serviceChoice(view: View, prefix: string, service: Service, checked: boolean, choose: (id: string) => void): TemplateResult {
  const id = `${prefix}-service-${service.id}`;
  return html`<input
      id=${id}
      type="radio"
      name="service"
      value=${service.id}
      part="choice"
      aria-describedby="${id}-hint"
      .checked=${checked}
      @change=${() => choose(service.id)}
    />
    <div>
      ${choiceLabel(id, view.tagged(service.name))}
      <div class="hint" id="${id}-hint">${view.text(service.description)}</div>
    </div>`;
}

/** The label of a radio or a checkbox, in the language of its text, marked on the label itself (View.tagged says why). */
export function choiceLabel(id: string, label: Tagged): TemplateResult {
  return html`<label for=${id} lang=${label.lang} dir=${label.dir}>${label.text}</label>`;
}
