/**
 * The ways to contact the ministry that `<civic-faq-search>` offers when no answer helped:
 * "No answers match" after a search, and "Still need help?" after an answer that did not
 * answer. Met only once a search has found nothing or the citizen has said "No", so it comes
 * with later.ts, fetched on demand, not with the search box.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { Ministry } from '@civic-contact/contract';
import { heading } from '../base/heading.ts';
import { CivicContactRequestedEvent, type ContactChannel } from '../events/civic-contact-requested-event.ts';
import { telHref, type View } from '../shared/view.ts';

/** What the ways to contact the ministry need from the element. */
export interface ContactContext {
  /** The element, which fires `civic-contact-requested`. */
  host: HTMLElement;
  view: View;
  ministry: Ministry | undefined;
  complaintHref: string;
  callbackHref: string;
  /** What the citizen searched for, for the event. */
  query(): string;
}

/** "No answers match", and the ways to contact the ministry: a step of its own once the citizen has `submitted` the search. */
export function noResultsView(q: string, context: ContactContext, submitted: boolean): TemplateResult {
  const { view } = context;
  const { m } = view;
  return html`<section class="no-results" part="no-results" aria-labelledby="faq-no-results-title">
    ${heading(view.level, m('faq-search.no-results-title', str`No answers match “${q}”`), { id: 'faq-no-results-title', step: submitted ? 'no-results' : undefined })}
    <p>${m('faq-search.no-results', 'Check the spelling or try other words. Or contact us:')}</p>
    ${escalationView(undefined, 'search', context)}
  </section>`;
}

/**
 * "Make a complaint" and "Request a callback" (links to the pages given, else buttons that
 * only fire the event), and, where a page is missing, the ministry's phone and email.
 */
export function escalationView(faqId: string | undefined, where: 'search' | 'answer', context: ContactContext): TemplateResult {
  const { view, ministry, complaintHref, callbackHref } = context;
  const { m } = view;
  const detailsId = `faq-contact-details-${where}`;
  const request = (event: Event, channel: ContactChannel): void => {
    const requested = new CivicContactRequestedEvent(channel, context.query(), faqId);
    context.host.dispatchEvent(requested);
    if (requested.defaultPrevented) {
      event.preventDefault();
      return;
    }
    // A button has nowhere to go: show the citizen the ministry's phone and email instead.
    const button = event.currentTarget;
    if (button instanceof HTMLButtonElement) (button.getRootNode() as ShadowRoot).getElementById(detailsId)?.focus();
  };
  const link = (channel: ContactChannel, href: string, text: string): TemplateResult =>
    href
      ? html`<a class="button button--secondary" part="${channel}-link" href=${href} @click=${(event: Event) => request(event, channel)}>${text}</a>`
      : html`<button type="button" class="button button--secondary" part="${channel}-link" @click=${(event: Event) => request(event, channel)}>
          ${text}
        </button>`;
  return html`<div class="escalation" part="escalation">
    ${where === 'answer' ? heading(view.level, m('faq-search.escalation-title', 'Still need help?'), { sub: true }) : nothing}
    <ul class="escalation__actions">
      <li>${link('complaint', complaintHref, m('faq-search.complaint', 'Make a complaint'))}</li>
      <li>${link('callback', callbackHref, m('faq-search.callback', 'Request a callback'))}</li>
    </ul>
    ${(!complaintHref || !callbackHref) && ministry
      ? html`<div id=${detailsId} class="contact-details" part="contact-details" tabindex="-1">
          <p>${m('faq-search.contact-intro', 'Or contact us directly:')}</p>
          <ul>
            <li>${m('faq-search.phone', 'Phone:')} <a href=${telHref(ministry.contact.phone)} dir="ltr">${ministry.contact.phone}</a></li>
            <li>${m('faq-search.email', 'Email:')} <a href="mailto:${ministry.contact.email}" dir="ltr">${ministry.contact.email}</a></li>
          </ul>
        </div>`
      : nothing}
  </div>`;
}
