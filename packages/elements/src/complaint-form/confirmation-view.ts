/** What the citizen sees once the complaint is filed: their reference, the date to expect a reply, what happens next. */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { Ministry, Service } from '@civic-contact/contract';
import { heading } from '../base/heading.ts';
import { referenceView } from '../shared/spoken-reference.ts';
import type { View } from '../shared/view.ts';
import type { Filed } from './model.ts';

/** What the confirmation shows, and what it does when the citizen acts. */
export interface ConfirmationOptions {
  view: View;
  filed: Filed;
  service: Service;
  ministry: Ministry | undefined;
  /** The page that tracks a complaint, if any. */
  trackUrl: string;
  copy(): void;
}

/** The confirmation: the reference, large and copyable, the date to expect a reply, what happens next. */
export function confirmationView(options: ConfirmationOptions): TemplateResult {
  const { view, filed, ministry, trackUrl } = options;
  const { m } = view;
  const { reference, expectedResponseBy } = filed.created;
  const timeZone = ministry?.timeZone ?? 'UTC';
  // The citizen's language, the centre's calendar: the day the ministry means.
  const date = new Intl.DateTimeFormat(view.lang, { dateStyle: 'full', timeZone }).format(new Date(expectedResponseBy));
  let trackHref: string | undefined;
  if (trackUrl) {
    const url = new URL(trackUrl, document.baseURI);
    url.searchParams.set('reference', reference);
    trackHref = url.href;
  }
  return html`<div class="panel" part="confirmation">
      ${heading(view.level, m('complaint-form.done-title', 'Complaint sent'), { id: 'cf-done-title', focusable: true, step: 'done' })}
      <p>${m('complaint-form.reference-label', 'Your reference number')}</p>
      ${referenceView(reference, 'reference')}
      <div class="button-group">
        <button type="button" class="button button--secondary" part="copy-button" @click=${options.copy}>
          ${m('complaint-form.copy', 'Copy reference number')}
        </button>
      </div>
    </div>
    ${filed.earlierVersion
      ? html`<p class="inset">
          ${m(
            'complaint-form.earlier-version',
            'Your complaint had already reached us before your last changes, so the earlier version was filed. To add the changes, contact us and give your reference number.',
          )}
        </p>`
      : nothing}
    ${heading(view.level, m('complaint-form.next-title', 'What happens next'), { sub: true })}
    <p>${nextTeam(options, date, timeZone)}</p>
    <p>
      ${m(
        'complaint-form.next-keep',
        'Keep your reference number. You need it, with the email address or phone number you gave, to track your complaint or if you call us.',
      )}
    </p>
    ${trackHref ? html`<p><a href=${trackHref} part="track-link">${m('complaint-form.track', 'Track your complaint')}</a></p>` : nothing}`;
}

/**
 * Who has the complaint and when to expect a reply: the day for a target in working days; for
 * an urgent service (a target in working hours) the target itself and the hour, in the
 * centre's named zone, since the reply may come the same day.
 */
function nextTeam({ view, filed, service }: ConfirmationOptions, date: string, timeZone: string): string {
  const name = view.plain(service.name);
  const hours = service.responseTargetHours;
  if (hours === undefined) {
    return view.m('complaint-form.next-team', str`We have sent your complaint to the team responsible for ${name}. We expect to reply by ${date}.`);
  }
  const when = new Intl.DateTimeFormat(view.lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(filed.created.expectedResponseBy));
  return view.count('complaint-form.next-team-urgent', hours, {
    one: str`We have sent your complaint to the team responsible for ${name}. We aim to reply within 1 working hour, by ${when}.`,
    other: str`We have sent your complaint to the team responsible for ${name}. We aim to reply within ${view.number(hours)} working hours, by ${when}.`,
  });
}
