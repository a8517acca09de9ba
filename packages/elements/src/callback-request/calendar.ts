/** When to call: "as soon as possible", with whether the centre is open, or a day and a time from the centre's calendar. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { str } from '@lit/localize';
import { LIMITS, type SlotDay } from '@civic-contact/contract';
import { inlineError } from './errors.ts';
import { failureText } from './messages.ts';
import { freeCount, slotId, type Answers, type Problem, type SlotsState } from './model.ts';
import { addDays, dayText, daysBetween, otherDay, rangeText, sameClock, zoneName } from './times.ts';
import { minutes, momentInZones, type CallbackView } from './view.ts';

/** What the "when" question shows and reports. */
export interface CalendarContext {
  view: CallbackView;
  answers: Answers;
  slots: SlotsState;
  /** The first day listed now, and the first the centre listed at all (today, or the next day it takes calls). */
  from: string;
  firstDay: string;
  problems: readonly Problem[];
  /** Shows the week before (-1) or after (1). */
  page(direction: 1 | -1): void;
  /** Loads the times again after a failure. */
  retry(): void;
}

export function whenView(context: CalendarContext): TemplateResult {
  const { view, answers, problems } = context;
  const { m } = view;
  const problem = problems.find((candidate) => candidate.field === 'when');
  return html`<div class="form-group ${problem ? 'form-group--error' : ''}">
    <fieldset id="cb-when-group" aria-describedby=${problem ? 'cb-when-error' : nothing}>
      <legend>${m('callback-request.when-legend', 'When would you like us to call you?')}</legend>
      ${inlineError(view, 'when', problems)}
      <div class="choice">
        <input id="cb-when-asap" type="radio" name="when" part="choice" value="asap" aria-describedby="cb-asap-status" .checked=${live(answers.when === 'asap')} />
        <div>
          <label for="cb-when-asap">${m('callback-request.asap', 'As soon as possible')}</label>
          <p class="hint" id="cb-asap-status" part="asap-status">${asapText(view, context.slots)}</p>
        </div>
      </div>
      <div class="choice">
        <input id="cb-when-slot" type="radio" name="when" part="choice" value="slot" .checked=${live(answers.when === 'slot')} />
        <label for="cb-when-slot">${m('callback-request.choose-time', 'At a time I choose')}</label>
      </div>
    </fieldset>
    ${answers.when === 'slot' ? calendarView(context) : nothing}
  </div>`;
}

/** Whether the centre is open now, with the expected wait, or when it opens. */
function asapText(view: CallbackView, slots: SlotsState): string {
  const { m } = view;
  if (slots.status === 'idle' || slots.status === 'loading') {
    return m('callback-request.asap-checking', 'Checking whether the contact centre is open…');
  }
  if (slots.status === 'error') {
    return m('callback-request.asap-unknown', 'We will call you when an adviser is free.');
  }
  const { asap } = slots.listing;
  if (asap.openNow) {
    const wait = minutes(view, asap.expectedWaitMinutes ?? 0);
    return m('callback-request.asap-open', str`The contact centre is open now. We expect to call you within about ${wait}.`);
  }
  if (!asap.nextOpening) {
    return m('callback-request.asap-closed-unknown', 'The contact centre is closed now. We will call you when it opens.');
  }
  const opens = momentInZones(view, asap.nextOpening);
  return m('callback-request.asap-closed', str`The contact centre is closed now. It opens ${opens}, and we will call you after that.`);
}

/** The days, a week at a time, then the times of the chosen day. */
function calendarView(context: CalendarContext): TemplateResult {
  const { view, slots, problems, firstDay, from } = context;
  const { m } = view;
  if (slots.status === 'idle' || slots.status === 'loading') {
    return html`<p class="loading" aria-busy="true">${m('callback-request.slots-loading', 'Loading the free times…')}</p>`;
  }
  if (slots.status === 'error') {
    const retryable = slots.failure.kind === 'unreachable' || slots.failure.kind === 'server' || slots.failure.kind === 'rate-limited';
    return html`<div class="inset slots-error" role="alert">
      <p>${m('callback-request.slots-failed', 'The free times could not be loaded.')} ${failureText(view, slots.failure, 'load-slots')}</p>
      ${retryable
        ? html`<button type="button" class="button button--secondary" part="retry-button" @click=${context.retry}>
            ${m('callback-request.retry', 'Try again')}
          </button>`
        : nothing}
    </div>`;
  }
  const listing = slots.listing;
  const first = listing.days[0]?.date ?? from;
  const last = listing.days.at(-1)?.date ?? from;
  const canGoBack = Boolean(firstDay) && first > firstDay;
  const canGoOn = Boolean(firstDay) && daysBetween(firstDay, addDays(last, 1)) < LIMITS.slotDaysMax;
  const dayProblem = problems.find((candidate) => candidate.field === 'day');
  const chosenDay = listing.days.find((day) => day.date === context.answers.day);
  return html`<div class="calendar">
    <div class="form-group ${dayProblem ? 'form-group--error' : ''}">
      <fieldset id="cb-day-group" part="days" aria-describedby=${dayProblem ? 'cb-day-error' : nothing}>
        <legend>${m('callback-request.day-legend', 'Day')}</legend>
        ${inlineError(view, 'day', problems)}
        <div class="days">${listing.days.map((day) => dayChoice(view, day, context.answers.day))}</div>
      </fieldset>
      <div class="button-group pager">
        ${canGoBack
          ? html`<button type="button" class="button button--secondary" part="earlier-days-button" @click=${() => context.page(-1)}>
              ${m('callback-request.earlier', 'Earlier days')}
            </button>`
          : nothing}
        ${canGoOn
          ? html`<button type="button" class="button button--secondary" part="later-days-button" @click=${() => context.page(1)}>
              ${m('callback-request.later', 'Later days')}
            </button>`
          : nothing}
      </div>
    </div>
    ${chosenDay ? timesView(context, chosenDay, listing.timeZone) : nothing}
  </div>`;
}

function dayChoice(view: CallbackView, day: SlotDay, chosen: string): TemplateResult {
  const id = `cb-day-${day.date}`;
  const free = freeCount(day);
  return html`<div class="choice ${free === 0 ? 'choice--unavailable' : ''}">
    <input
      id=${id}
      type="radio"
      name="day"
      part="choice"
      value=${day.date}
      aria-describedby="${id}-hint"
      ?disabled=${free === 0}
      .checked=${live(chosen === day.date)}
    />
    <div>
      <label for=${id}>${dayText(day.date, view.lang)}</label>
      <span class="hint" id="${id}-hint">${dayStatus(view, day, free)}</span>
    </div>
  </div>`;
}

/** Closed, a holiday, full or how many free times: days are shown as they are, not hidden. */
function dayStatus(view: CallbackView, day: SlotDay, free: number): string {
  const { m } = view;
  switch (day.status) {
    case 'holiday': {
      const holiday = day.holidayName ? view.plain(day.holidayName) : '';
      return m('callback-request.day-holiday', str`Closed: ${holiday}`);
    }
    case 'closed':
      return m('callback-request.day-closed', 'Closed');
    case 'past':
      return m('callback-request.day-past', 'In the past');
    case 'open': {
      if (day.slots.length === 0) return m('callback-request.day-none-left', 'No times left');
      if (free === 0) return m('callback-request.day-full', 'Fully booked');
      const count = view.number(free);
      return free === 1
        ? m('callback-request.day-one-free', '1 free time')
        : m('callback-request.day-free', str`${count} free times`);
    }
  }
}

function timesView(context: CalendarContext, day: SlotDay, centre: string): TemplateResult {
  const { view, problems } = context;
  const { m, lang, ownZone: own } = view;
  const problem = problems.find((candidate) => candidate.field === 'slot');
  const noon = new Date(`${day.date}T12:00:00Z`);
  const twoZones = day.slots.some((slot) => !sameClock(centre, own, new Date(slot.start)));
  const centreName = zoneName(centre, lang, noon);
  const ownName = zoneName(own, lang, noon);
  const dayName = dayText(day.date, lang);
  return html`<div class="form-group ${problem ? 'form-group--error' : ''}">
    <fieldset id="cb-slot-group" part="times" aria-describedby="cb-times-hint${problem ? ' cb-slot-error' : ''}">
      <legend>${m('callback-request.time-legend', str`Time on ${dayName}`)}</legend>
      <p class="hint" id="cb-times-hint">
        ${twoZones
          ? m('callback-request.times-two-zones', str`Times are the contact centre’s (${centreName}). Your time (${ownName}) is shown after each.`)
          : m('callback-request.times-one-zone', str`Times are ${centreName}.`)}
      </p>
      ${inlineError(view, 'slot', problems)}
      <div class="times">
        ${day.slots.map((slot) => {
          const id = slotId(slot.start);
          const full = slot.remaining === 0;
          const ownTime = sameClock(centre, own, new Date(slot.start))
            ? undefined
            : rangeText(slot.start, slot.end, own, lang, otherDay(slot.start, centre, own));
          return html`<div class="choice ${full ? 'choice--unavailable' : ''}">
            <input id=${id} type="radio" name="slot" part="choice" value=${slot.start} ?disabled=${full} .checked=${live(context.answers.slot === slot.start)} />
            <label for=${id}>
              <span class="time" dir="auto">${rangeText(slot.start, slot.end, centre, lang)}</span>
              ${ownTime
                ? html`<span class="own-time"
                    >${m('callback-request.your-time', str`${ownTime} your time`)}</span
                  >`
                : nothing}
              ${full ? html`<strong class="tag">${m('callback-request.slot-full', 'Full')}</strong>` : nothing}
            </label>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}
