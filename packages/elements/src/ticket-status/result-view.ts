/**
 * What `<civic-ticket-status>` shows once a complaint is found: its status in plain words,
 * the dates, the public timeline, newest first, and "Check another complaint". Met only
 * after a successful lookup, so it comes with later.ts, fetched on demand, not with the form.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { Ticket, TicketStatus, TimelineEntry } from '@civic-contact/contract';
import { heading } from '../base/heading.ts';
import { ltr } from '../shared/bidi.ts';
import { referenceView, spokenReference } from '../shared/spoken-reference.ts';
import { dateFormat, zoneName } from '../shared/time-zone.ts';
import type { View } from '../shared/view.ts';
import { directionOf } from '../locale.ts';
import { asksSatisfaction, ratingHost, satisfactionOf } from './satisfaction.ts';
import { satisfactionView } from './satisfaction-view.ts';

/**
 * The found complaint, how satisfied the citizen is once it is resolved or closed, and "Check
 * another complaint" (`checkAnother`). Its dates and times are the ministry's, named, as the
 * callback request names its times; the browser's until the ministry is known.
 */
export function resultView(ticket: Ticket, view: View, element: HTMLElement, checkAnother: () => void): TemplateResult {
  const { m } = view;
  const host = ratingHost(element);
  const zone = host.ministry?.timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const reference = referenceView(ticket.reference);
  return html`<section class="result" part="result" aria-labelledby="result-heading">
    ${heading(view.level, view.rich('ticket-status.result-heading', str`Complaint ${reference}`), { id: 'result-heading', focusable: true, step: 'result' })}
    <div class="status" part="status">
      <p class="status-line">
        ${m('ticket-status.status-label', 'Status:')}
        <strong class="tag">${statusLabel(ticket.status, view)}</strong>
      </p>
      <p class="status-explanation">${statusExplanation(ticket.status, view)}</p>
    </div>
    <dl class="summary-list">
      <div>
        <dt>${m('ticket-status.expected', 'Reply expected by')}</dt>
        <dd>${dateView(ticket.expectedResponseBy, zone, view)}</dd>
      </div>
      <div>
        <dt>${m('ticket-status.service', 'About')}</dt>
        <dd>${view.text(ticket.service.name)}</dd>
      </div>
      <div>
        <dt>${m('ticket-status.team', 'Handled by')}</dt>
        <dd>${view.text(ticket.entity.name)}</dd>
      </div>
      <div>
        <dt>${m('ticket-status.submitted', 'Made on')}</dt>
        <dd>${timeView(ticket.submittedAt, zone, view)}</dd>
      </div>
    </dl>
    ${heading(view.level, m('ticket-status.timeline-heading', 'What has happened so far'), { sub: true, id: 'timeline-heading' })}
    <p class="hint" id="timeline-hint">${m('ticket-status.timeline-order', 'Newest first')}</p>
    <ol class="timeline" part="timeline" aria-labelledby="timeline-heading" aria-describedby="timeline-hint">
      ${ticket.timeline.map((entry) => entryView(entry, zone, ticket.locale, view))}
    </ol>
    ${asksSatisfaction(ticket) ? satisfactionView(view, satisfactionOf(host, ticket)) : nothing}
    <div class="button-group">
      <button id="check-another" class="button button--secondary" part="check-another-button" type="button" @click=${checkAnother}>
        ${m('ticket-status.check-another', 'Check another complaint')}
      </button>
    </div>
  </section>`;
}

/** What the live region says once the complaint is shown: its reference spelled out, as the heading says it. */
export function foundText(ticket: Ticket, view: View): string {
  const reference = ltr(spokenReference(ticket.reference));
  const status = statusLabel(ticket.status, view);
  return view.m('ticket-status.loaded', str`Complaint ${reference} found. Status: ${status}`);
}

/** One update; the team's note in `noteLang`, the language the complaint was made in. */
function entryView(entry: TimelineEntry, zone: string, noteLang: string, view: View): TemplateResult {
  const { m } = view;
  // The team's name in its own language when the ministry has none in the reader's.
  const team = view.text(entry.entity.name);
  let what: string | TemplateResult;
  if (entry.kind === 'created') {
    what = m('ticket-status.timeline-created', 'Complaint received');
  } else if (entry.kind === 'rerouted') {
    what = view.rich('ticket-status.timeline-rerouted', str`Passed to ${team}`);
  } else {
    const status = statusLabel(entry.status, view);
    what = m('ticket-status.timeline-status', str`Status changed to: ${status}`);
  }
  return html`<li class="timeline-entry">
    <p class="timeline-when">${timeView(entry.at, zone, view)}</p>
    <p class="timeline-what">${what}</p>
    ${entry.note
      ? html`<div class="timeline-note">
          <p class="timeline-note-label">${m('ticket-status.timeline-note', 'Message from the team:')}</p>
          <p class="timeline-note-text" lang=${noteLang} dir=${directionOf(noteLang)}>${entry.note}</p>
        </div>`
      : nothing}
    <p class="timeline-team">${view.rich('ticket-status.timeline-team', str`Team: ${team}`)}</p>
  </li>`;
}

function statusLabel(status: TicketStatus, { m }: View): string {
  switch (status) {
    case 'received':
      return m('ticket-status.status.received', 'Received');
    case 'assigned':
      return m('ticket-status.status.assigned', 'With a team');
    case 'in_progress':
      return m('ticket-status.status.in-progress', 'Being looked into');
    case 'awaiting_citizen':
      return m('ticket-status.status.awaiting-citizen', 'Waiting for your reply');
    case 'resolved':
      return m('ticket-status.status.resolved', 'Resolved');
    case 'closed':
      return m('ticket-status.status.closed', 'Closed');
    case 'reopened':
      return m('ticket-status.status.reopened', 'Reopened');
  }
}

function statusExplanation(status: TicketStatus, { m }: View): string {
  switch (status) {
    case 'received':
      return m('ticket-status.explain.received', 'We have your complaint. It will be passed to the team that deals with it.');
    case 'assigned':
      return m('ticket-status.explain.assigned', 'A team has your complaint and will look into it.');
    case 'in_progress':
      return m('ticket-status.explain.in-progress', 'Someone is working on your complaint. We will contact you if we need more information.');
    case 'awaiting_citizen':
      return m(
        'ticket-status.explain.awaiting-citizen',
        'We need something from you before we can carry on. Look for an email, text message or call from us.',
      );
    case 'resolved':
      return m(
        'ticket-status.explain.resolved',
        'We have dealt with your complaint and sent you our answer. If you are not happy with it, contact us and we will look at it again.',
      );
    case 'closed':
      return m('ticket-status.explain.closed', 'Your complaint is closed. If something new has happened, make a new complaint.');
    case 'reopened':
      return m('ticket-status.explain.reopened', 'We are looking at your complaint again.');
  }
}

/** The day of an instant in the ministry's calendar, in the citizen's language. */
function dateView(iso: string, zone: string, view: View): TemplateResult {
  return html`<time datetime=${iso}>${dateFormat(view.lang, { dateStyle: 'full', timeZone: zone }).format(new Date(iso))}</time>`;
}

/** An instant on the ministry's clock with its zone named, e.g. "25 November 2025 at 8:00 AM (Atlantic Time)". */
function timeView(iso: string, zone: string, view: View): TemplateResult {
  const at = new Date(iso);
  const when = dateFormat(view.lang, { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(at);
  const name = zoneName(zone, view.lang, at);
  return html`<time datetime=${iso}>${view.m('ticket-status.time-in-zone', str`${when} (${name})`)}</time>`;
}
