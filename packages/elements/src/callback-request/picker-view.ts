/** The first question when the page names no service that takes callbacks: which one the call is about. */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { Service } from '@civic-contact/contract';
import { heading } from '../base/heading.ts';
import { serviceChoice } from '../shared/service-choice.ts';
import { contactLinks } from '../shared/view.ts';
import { fieldError } from './form-view.ts';
import type { CallbackView } from './messages.ts';
import type { Problem } from './model.ts';

/** What the picker shows and reports. */
export interface PickerContext {
  view: CallbackView;
  /** The services that take callbacks. */
  services: readonly Service[];
  /** The service the page named, when it takes no callbacks: the citizen is told so. */
  refused: Service | undefined;
  problems: readonly Problem[];
  /** "There is a problem", once Continue has found one (summary-view.ts). */
  summary: TemplateResult | typeof nothing;
  choice: string;
  choose(id: string): void;
  submit(event: Event): void;
}

export function pickerView(context: PickerContext): TemplateResult {
  const { view, services, refused, problems } = context;
  const { m, ministry } = view;
  const notOffered = refused
    ? html`<div class="inset" part="not-offered">
        <p>
          ${m('callback-request.not-offered', str`We cannot call you back about “${view.plain(refused.name)}”.`)}
          ${services.length > 0
            ? m('callback-request.not-offered-others', 'You can ask for a callback about one of the services below.')
            : nothing}
        </p>
      </div>`
    : nothing;
  if (services.length === 0) {
    return html`${heading(view.level, m('callback-request.title', 'Request a callback'), { id: 'cb-picker-title', focusable: true, step: 'service' })}
      ${notOffered}
      <p>
        ${m('callback-request.none-offered', 'Callbacks cannot be booked online. You can contact us by phone or email:')}
        ${ministry ? contactLinks(ministry) : nothing}
      </p>`;
  }
  const problem = problems.find((candidate) => candidate.field === 'service');
  return html`${context.summary}
    <form part="form service-picker" novalidate aria-labelledby="cb-picker-title" @submit=${context.submit}>
      ${heading(view.level, m('callback-request.title', 'Request a callback'), { id: 'cb-picker-title', focusable: true, step: 'service' })}
      ${notOffered}
      <div class="form-group ${problem ? 'form-group--error' : ''}">
        <fieldset aria-describedby=${problem ? 'cb-service-error' : nothing}>
          <legend>${m('callback-request.picker-title', 'What would you like us to call you about?')}</legend>
          ${fieldError(view, 'service', problems)}
          ${services.map(
            (service) => html`<div class="choice">${serviceChoice(view, 'cb', service, context.choice === service.id, context.choose)}</div>`,
          )}
        </fieldset>
      </div>
      <button class="button" part="continue-button">${m('callback-request.continue', 'Continue')}</button>
    </form>`;
}
