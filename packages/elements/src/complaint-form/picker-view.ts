/** The first question when the page names no service: which one the complaint is about. */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { Service } from '@civic-contact/contract';
import { heading } from '../base/heading.ts';
import { stepTitle, errorSummary } from '../base/error-summary.ts';
import { errorMessage } from '../base/error-message.ts';
import { serviceChoice } from '../shared/service-choice.ts';
import type { View } from '../shared/view.ts';

/** More services than this and the picker offers a search box. */
export const PICKER_SEARCH_THRESHOLD = 6;

function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The services whose name, description or group hold every word of `query`, accents and case aside. */
export function matchingServices(services: readonly Service[], query: string, view: View): Service[] {
  const terms = searchable(query).split(/\s+/).filter(Boolean);
  return services.filter((service) => {
    const haystack = searchable(`${view.plain(service.name)} ${view.plain(service.description)} ${view.plain(service.group)}`);
    return terms.every((term) => haystack.includes(term));
  });
}

/** How many services match the search, as the picker announces it. */
export function matchCount(count: number, view: View): string {
  return count === 0
    ? view.m('complaint-form.picker-none', 'No services match your search')
    : view.count('complaint-form.picker-count', count, { one: '1 service matches your search', other: str`${view.number(count)} services match your search` });
}

/** What the picker shows and reports. */
export interface PickerContext {
  view: View;
  services: readonly Service[];
  query: string;
  choice: string;
  /** The citizen pressed Continue without choosing. */
  missing: boolean;
  search(query: string): void;
  choose(id: string): void;
  submit(event: Event): void;
}

/** Radios grouped by the services' `group`, with a search box when there are many. */
export function pickerView(context: PickerContext): TemplateResult {
  const { view, services } = context;
  const { m } = view;
  const visible = matchingServices(services, context.query, view);
  const groups = new Map<string, Service[]>();
  for (const service of visible) {
    const name = view.plain(service.group);
    groups.set(name, [...(groups.get(name) ?? []), service]);
  }
  const error = context.missing ? m('complaint-form.error.service-required', 'Select what your complaint is about') : undefined;
  const first = visible[0] ?? services[0];
  return html`<form part="form service-picker" novalidate aria-labelledby="cf-picker-name" @submit=${context.submit}>
    ${error ? errorSummary(view, { id: 'cf-error-summary', items: [{ text: error, target: `#cf-service-${first?.id ?? ''}` }] }) : nothing}
    ${heading(view.level, stepTitle(view, Boolean(error), 'cf-picker-name', m('complaint-form.picker-title', 'What is your complaint about?')), { id: 'cf-picker-title', focusable: true, step: 'service' })}
    ${services.length > PICKER_SEARCH_THRESHOLD
      ? html`<label for="cf-service-search">${m('complaint-form.picker-search', 'Search for a service')}</label>
          <input
            id="cf-service-search"
            type="search"
            part="service-search"
            autocomplete="off"
            .value=${context.query}
            @input=${(event: Event) => context.search((event.target as HTMLInputElement).value)}
          />`
      : nothing}
    <div class="form-group ${error ? 'form-group--error' : ''}" data-field="service">
      ${errorMessage(view, 'cf-service', error)}
      ${visible.length === 0 ? html`<p>${m('complaint-form.picker-none', 'No services match your search')}</p>` : nothing}
      ${[...groups.values()].map(
        (members) => html`<fieldset class="service-group" aria-describedby=${error ? 'cf-service-error' : nothing}>
          <legend>${view.text(members[0]!.group)}</legend>
          ${members.map(
            (service) => html`<div class="choice service-choice">${serviceChoice(view, 'cf', service, context.choice === service.id, context.choose)}</div>`,
          )}
        </fieldset>`,
      )}
    </div>
    <button class="button" part="continue-button">${m('complaint-form.continue', 'Continue')}</button>
  </form>`;
}
