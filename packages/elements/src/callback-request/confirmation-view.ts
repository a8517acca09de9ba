/** What the citizen sees once the callback is booked: comes with the later steps (later.ts). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Service } from '@civic-contact/contract';
import { heading } from '../base/heading.ts';
import { copyReference } from '../shared/clipboard.ts';
import { referenceView } from '../shared/spoken-reference.ts';
import { languageName } from './form-view.ts';
import { bookedWhen, type CallbackView } from './messages.ts';
import type { Booking } from './model.ts';

/** The reference, large and copyable, what was booked, and how to cancel. */
export function confirmationView(
  view: CallbackView,
  booking: Booking,
  service: Service | undefined,
  on: { announce(text: string): void; cancel(): void },
): TemplateResult {
  const { m } = view;
  const { callback } = booking;
  const copy = async (event: Event): Promise<void> => {
    const root = (event.currentTarget as Element).getRootNode() as ParentNode;
    on.announce(
      (await copyReference(root, callback.reference))
        ? m('callback-request.copied', 'Reference copied')
        : m('callback-request.copy-selected', 'Reference selected: copy it with your device’s copy command'),
    );
  };
  return html`<div class="panel" part="confirmation">
      ${heading(view.level, m('callback-request.done-title', 'Callback booked'), { id: 'cb-done-title', focusable: true, step: 'done' })}
      <p>${m('callback-request.reference-label', 'Your reference number')}</p>
      ${referenceView(callback.reference, 'reference')}
      <div class="button-group">
        <button type="button" class="button button--secondary" part="copy-button" @click=${copy}>
          ${m('callback-request.copy', 'Copy reference number')}
        </button>
      </div>
    </div>
    ${booking.earlierVersion
      ? html`<p class="inset">
          ${m('callback-request.earlier-version', 'Your request had already reached us before your last changes, so the earlier version was booked. Check the details below.')}
        </p>`
      : nothing}
    <dl class="summary-list" part="summary-list">
      <div>
        <dt>${m('callback-request.summary-when', 'When we will call')}</dt>
        <dd>${bookedWhen(view, booking)}</dd>
      </div>
      <div>
        <dt>${m('callback-request.summary-phone', 'Number we will call')}</dt>
        <dd><span dir="ltr">${booking.phone}</span></dd>
      </div>
      <div>
        <dt>${m('callback-request.summary-language', 'Language')}</dt>
        <dd>${languageName(view, booking.language)}</dd>
      </div>
      ${service
        ? html`<div>
            <dt>${m('callback-request.summary-service', 'About')}</dt>
            <dd>${view.text(service.name)}</dd>
          </div>`
        : nothing}
    </dl>
    ${heading(view.level, m('callback-request.cancel-heading', 'If you cannot take the call'), { sub: true })}
    <p>
      ${m('callback-request.cancel-how', 'Cancel your callback so that someone else can have the time. You need your reference number and the phone number you gave.')}
    </p>
    <div class="button-group">
      <button type="button" class="button button--secondary" part="cancel-button" @click=${on.cancel}>
        ${m('callback-request.cancel-this', 'Cancel this callback')}
      </button>
    </div>`;
}
