/**
 * When to call: "as soon as possible", with whether the centre is open, or "at a time I
 * choose", under which the calendar of days and times comes (calendar-view.ts, with the
 * later steps) — or, while it is on its way, says so, and says why when it cannot come.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { str } from '@lit/localize';
import type { CallbackSlots } from '@civic-contact/contract';
import type { Task } from '../base/task.ts';
import { failureOf } from '../shared/failure.ts';
import { fieldError, retryButton, unreachableText } from './form-view.ts';
import type { CallbackView } from './messages.ts';
import { zoneName } from '../shared/time-zone.ts';
import { momentText, sameClock, type Answers, type Problem } from './model.ts';

/** What the "when" question shows and reports. */
export interface WhenContext {
  view: CallbackView;
  answers: Answers;
  /** The free times of the service, as they load. */
  slots: Task<CallbackSlots>;
  problems: readonly Problem[];
  /** The days and times of a listing; undefined until the calendar's code has come. */
  calendar: ((listing: CallbackSlots) => TemplateResult) | undefined;
  /** Whether the calendar's code could not be fetched (the connection dropped). */
  calendarFailed: boolean;
  /** Loads the times again, and the calendar's code, after a failure. */
  retry(): void;
}

export function whenView(context: WhenContext): TemplateResult {
  const { view, answers, problems } = context;
  const { m } = view;
  const problem = problems.find((candidate) => candidate.field === 'when');
  return html`<div class="form-group ${problem ? 'form-group--error' : ''}">
    <fieldset id="cb-when-group" aria-describedby=${problem ? 'cb-when-error' : nothing}>
      <legend>${m('callback-request.when-legend', 'When would you like us to call you?')}</legend>
      ${fieldError(view, 'when', problems)}
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
    ${answers.when === 'slot' ? chosenTime(context) : nothing}
  </div>`;
}

/** Whether the centre is open now, with the expected wait, or when it opens. */
function asapText(view: CallbackView, slots: Task<CallbackSlots>): string {
  const { m } = view;
  if (slots.status === 'error') {
    return m('callback-request.asap-unknown', 'We will call you when an adviser is free.');
  }
  if (slots.status !== 'complete' || !slots.value) {
    return m('callback-request.asap-checking', 'Checking whether the contact centre is open…');
  }
  const { asap } = slots.value;
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

/** The calendar once its code and the times have come; until then, that they are loading, or why they cannot be. */
function chosenTime(context: WhenContext): TemplateResult {
  const { view, slots } = context;
  const { m } = view;
  const loading = html`<p class="loading" aria-busy="true">${m('callback-request.slots-loading', 'Loading the free times…')}</p>`;
  if (!context.calendar) {
    // Its code comes from the contact centre too: when it cannot, the centre could not be reached.
    return context.calendarFailed ? slotsFailed(context, unreachableText(view, 'load-slots'), true) : loading;
  }
  if (slots.status === 'error') {
    const failure = failureOf(slots.error);
    const retryable = failure.kind === 'unreachable' || failure.kind === 'server' || failure.kind === 'rate-limited';
    return slotsFailed(context, view.messages?.failureText(view, failure, 'load-slots') ?? '', retryable);
  }
  if (slots.status !== 'complete' || !slots.value) return loading;
  return context.calendar(slots.value);
}

function slotsFailed(context: WhenContext, why: string, retryable: boolean): TemplateResult {
  const { m } = context.view;
  return html`<div class="inset slots-error" role="alert">
    <p>${m('callback-request.slots-failed', 'The free times could not be loaded.')} ${why}</p>
    ${retryable ? retryButton(context.view, context.retry) : nothing}
  </div>`;
}

/** An instant in the centre's time, and in the citizen's when their clock differs. */
export function momentInZones(view: CallbackView, instant: string): string {
  const { lang, centreZone: centre, ownZone: own } = view;
  const centreText = momentText(instant, centre, lang);
  const centreName = zoneName(centre, lang, new Date(instant));
  if (sameClock(centre, own, new Date(instant))) {
    return view.m('callback-request.moment-one-zone', str`${centreText} (${centreName})`);
  }
  const ownText = momentText(instant, own, lang);
  return view.m('callback-request.moment-two-zones', str`${centreText} (${centreName}), which is ${ownText} your time`);
}

/** A minute count as "15 minutes", in the reader's language. */
export function minutes(view: CallbackView, count: number): string {
  return view.number(count, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
}
