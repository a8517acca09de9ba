/**
 * The calendar of the "at a time I choose" answer: the days, a week at a time, then the times
 * of the chosen day, in the centre's time and the citizen's; and the nearest free times,
 * offered when the one chosen was taken meanwhile. Needed once the citizen chooses to pick a
 * time, so it comes with the later steps (later.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { str } from '@lit/localize';
import { LIMITS, type CallbackSlots, type SlotDay } from '@civic-contact/contract';
import { fieldError } from './form-view.ts';
import { dayStatus, dayText, slotText, type CallbackView } from './messages.ts';
import { heading } from '../base/heading.ts';
import { zoneName } from '../shared/time-zone.ts';
import { DAYS_PER_PAGE, daysBetween, freeCount, sameClock, slotId, type Answers, type FreeSlot, type Problem } from './model.ts';

/** What the calendar shows and reports. */
export interface CalendarContext {
  view: CallbackView;
  answers: Answers;
  listing: CallbackSlots;
  /** The first day listed now, and the first the centre listed at all (today, or the next day it takes calls). */
  from: string;
  firstDay: string;
  problems: readonly Problem[];
  /** Shows the days from `from`: the week before or after. */
  page(from: string): void;
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T12:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** The days, a week at a time, then the times of the chosen day. */
export function calendarView(context: CalendarContext): TemplateResult {
  const { view, listing, problems, firstDay, from } = context;
  const { m } = view;
  const first = listing.days[0]?.date ?? from;
  const last = listing.days.at(-1)?.date ?? from;
  const canGoBack = Boolean(firstDay) && first > firstDay;
  const earlier = addDays(from, -DAYS_PER_PAGE);
  const later = addDays(last, 1);
  const canGoOn = Boolean(firstDay) && daysBetween(firstDay, later) < LIMITS.slotDaysMax;
  const dayProblem = problems.find((candidate) => candidate.field === 'day');
  const chosenDay = listing.days.find((day) => day.date === context.answers.day);
  return html`<div class="calendar">
    <div class="form-group ${dayProblem ? 'form-group--error' : ''}">
      <fieldset id="cb-day-group" part="days" aria-describedby=${dayProblem ? 'cb-day-error' : nothing}>
        <legend>${m('callback-request.day-legend', 'Day')}</legend>
        ${fieldError(view, 'day', problems)}
        <div class="days">${listing.days.map((day) => dayChoice(view, day, context.answers.day))}</div>
      </fieldset>
      <div class="button-group pager">
        ${canGoBack
          ? html`<button type="button" class="button button--secondary" part="earlier-days-button" @click=${() => context.page(earlier < firstDay ? firstDay : earlier)}>
              ${m('callback-request.earlier', 'Earlier days')}
            </button>`
          : nothing}
        ${canGoOn
          ? html`<button type="button" class="button button--secondary" part="later-days-button" @click=${() => context.page(later)}>
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
      ${fieldError(view, 'slot', problems)}
      <div class="times">
        ${day.slots.map((slot) => {
          const id = slotId(slot.start);
          const full = slot.remaining === 0;
          return html`<div class="choice ${full ? 'choice--unavailable' : ''}">
            <input id=${id} type="radio" name="slot" part="choice" value=${slot.start} ?disabled=${full} .checked=${live(context.answers.slot === slot.start)} />
            <label for=${id}>
              <span class="time" dir="auto">${slotText(view, slot.start, slot.end)}</span>
              ${full ? html`<strong class="tag">${m('callback-request.slot-full', 'Full')}</strong>` : nothing}
            </label>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

/** The nearest free times, offered when the chosen one was taken meanwhile. */
export function suggestionsView(view: CallbackView, suggestions: readonly FreeSlot[], choose: (slot: FreeSlot) => void): TemplateResult {
  const { m } = view;
  return html`${heading(view.level, m('callback-request.suggestions-title', 'The nearest free times'), { sub: true, id: 'cb-suggestions-title' })}
    <ul class="suggestions" aria-labelledby="cb-suggestions-title">
      ${suggestions.map(
        (slot) => html`<li>
          <button type="button" class="button button--secondary" part="suggested-slot" @click=${() => choose(slot)}>
            ${slotText(view, slot.start, slot.end, true)}
          </button>
        </li>`,
      )}
    </ul>`;
}
