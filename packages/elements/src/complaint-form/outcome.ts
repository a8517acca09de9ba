/** What the citizen sees after pressing Submit: why it did not work and what to do, or their reference. */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { Ministry, Service } from '@civic-contact/contract';
import type { Filed } from './outbox.ts';
import { contactLinks, type View } from '../shared/view.ts';

/** Where a submission stands. */
export type Submission =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'failed'; reason: 'unreachable' | 'unexpected' }
  | { state: 'failed'; reason: 'rate-limited'; retryAfter: number | undefined };

function waitText(seconds: number | undefined, view: View): string {
  if (seconds === undefined) return view.m('complaint-form.wait-a-while', 'a few minutes');
  return seconds >= 60
    ? view.number(Math.ceil(seconds / 60), { style: 'unit', unit: 'minute', unitDisplay: 'long' })
    : view.number(Math.max(1, seconds), { style: 'unit', unit: 'second', unitDisplay: 'long' });
}

/** Why the complaint was not sent, in plain words: the answers are kept, and what to do next. */
export function failureView(submission: Submission, ministry: Ministry | undefined, view: View): TemplateResult | typeof nothing {
  if (submission.state !== 'failed') return nothing;
  const { m } = view;
  const message =
    submission.reason === 'rate-limited'
      ? m(
          'complaint-form.rate-limited',
          str`Too many complaints have been sent from here in a short time. Your answers are kept. Wait ${waitText(submission.retryAfter, view)}, then try again.`,
        )
      : submission.reason === 'unreachable'
        ? m('complaint-form.send-failed', 'We could not send your complaint. Your answers are kept. Try again.')
        : m('complaint-form.send-unexpected', 'Sorry, your complaint could not be sent. Your answers are kept. Try again later.');
  const offline = submission.reason === 'unreachable' && globalThis.navigator?.onLine === false;
  return html`<div class="error-summary" part="submission-error" tabindex="-1" role="alert" data-submission-error>
    <h2>${m('complaint-form.not-sent', 'Your complaint has not been sent')}</h2>
    <p>${message}</p>
    ${offline ? html`<p>${m('complaint-form.offline', 'You seem to be offline. We will send it as soon as your connection is back.')}</p>` : nothing}
    ${submission.reason === 'unexpected' && ministry
      ? html`<p>
          ${m('complaint-form.contact-ministry', 'You can also contact us by phone or email:')} ${contactLinks(ministry)}
        </p>`
      : nothing}
  </div>`;
}

/** The confirmation: the reference, large and copyable, the date to expect a reply, what happens next. */
export function confirmationView(
  filed: Filed & { service: Service },
  ministry: Ministry | undefined,
  trackUrl: string,
  view: View,
): TemplateResult {
  const { m } = view;
  const { reference, expectedResponseBy } = filed.created;
  // The citizen's language, the centre's calendar: the day the ministry means.
  const date = new Intl.DateTimeFormat(view.lang, { dateStyle: 'full', timeZone: ministry?.timeZone ?? 'UTC' }).format(new Date(expectedResponseBy));
  let trackHref: string | undefined;
  if (trackUrl) {
    const url = new URL(trackUrl, document.baseURI);
    url.searchParams.set('reference', reference);
    trackHref = url.href;
  }
  return html`<div class="panel" part="confirmation">
      <h2 id="cf-done-title" tabindex="-1">${m('complaint-form.done-title', 'Complaint sent')}</h2>
      <p>${m('complaint-form.reference-label', 'Your reference number')}</p>
      <strong class="reference" part="reference" dir="ltr" translate="no">${reference}</strong>
      <div class="button-group">
        <button type="button" class="button button--secondary" part="copy-button" data-action="copy">
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
    <h3>${m('complaint-form.next-title', 'What happens next')}</h3>
    <p>
      ${m(
        'complaint-form.next-team',
        str`We have sent your complaint to the team responsible for ${view.plain(filed.service.name)}. We expect to reply by ${date}.`,
      )}
    </p>
    <p>
      ${m(
        'complaint-form.next-keep',
        'Keep your reference number. You need it, with the email address or phone number you gave, to track your complaint or if you call us.',
      )}
    </p>
    ${trackHref ? html`<p><a href=${trackHref} part="track-link">${m('complaint-form.track', 'Track your complaint')}</a></p>` : nothing}`;
}
