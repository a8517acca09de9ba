import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Callback, CallbackCreateRequest } from '@civic-contact/contract';
import { CivicElement } from '../base/civic-element.ts';
import { errorSummary } from '../base/error-summary.ts';
import { withHoneypot } from '../base/honeypot.ts';
import { OnDemand } from '../base/on-demand.ts';
import { OutboxController } from '../base/outbox-controller.ts';
import { prepareProofOnFocus } from '../base/proof-of-work.ts';
import { CivicErrorEvent } from '../events/civic-error-event.ts';
import { asError } from '../shared/failure.ts';
import { callbackRequestStyles } from './callback-request.styles.ts';
import type { CancelStep } from './cancel.ts';
import { bookingFormView, unreachableNotice } from './form-view.ts';
import { FreeTimes } from './free-times.ts';
import type { CallbackView } from './messages.ts';
import { answerWith, defaultLanguage, emptyAnswers, findSlot, NO_OUTCOME, offerOf, ownZone, slotId, settle, type Answers, type Booking, type CheckedPhone, type FreeSlot, type Offer, type Outcome } from './model.ts';
import { loadPhoneLibrary, plausibleCountry, type PhoneLibrary } from './phone.ts';
import { pickerView } from './picker-view.ts';
import { whenView } from './when-view.ts';

// At module level: TypeScript rewrites `.ts` to `.js` in an import() it meets there, not in
// one inside a field initialiser (which its legacy decorators move into the constructor).
const loadLater = () => import('./later.ts');
type Later = Awaited<ReturnType<typeof loadLater>>;

const SUMMARY = '#cb-error-summary';

/**
 * Asks the contact centre to call the citizen back: about which service, when ("as soon as
 * possible" or a free slot from the centre's calendar), on which number, in which language,
 * and why. The same element cancels a callback with its reference and the phone number
 * (`mode="cancel"`, or the button on the confirmation).
 *
 * Phone numbers are read with libphonenumber-js, a chunk of its own fetched when the citizen
 * starts on the form: national numbers in the ministry's country (or `default-country`),
 * international ones with `+`. What the citizen needs only once they act — the calendar of
 * days and times, the check of the answers, booking, the confirmation, cancelling — is
 * another chunk, fetched at the same moment (at once with `mode="cancel"`). Times show in
 * the contact centre's time zone and, when the citizen's clock differs, in theirs. Days the
 * centre is closed, holidays and full slots are shown as unavailable, not hidden. Booking
 * goes through an outbox: one idempotency key for every attempt, kept through network
 * failures, so a callback is booked once; when the slot filled up meanwhile the citizen is
 * told, shown the nearest free times, and keeps every other answer.
 *
 * ```html
 * <civic-contact-provider api-base="https://contact.gov.example" site-key="pk_live_…">
 *   <civic-callback-request service="transport-driving-test"></civic-callback-request>
 *   <civic-callback-request mode="cancel"></civic-callback-request>
 * </civic-contact-provider>
 * ```
 *
 * @fires civic-step - It moved to another step (`event.step`: `service`, the service picker; `form`, the booking form; `done`, the confirmation; `cancel`, the cancellation form; `cancelled`, the cancellation done), with the step's heading (`event.title`).
 * @fires civic-callback-booked - The callback was booked (`event.reference`, `event.service`, `event.start` — `null` for as soon as possible —, `event.timeZone`, `event.callback`).
 * @fires civic-callback-cancelled - A callback was cancelled (`event.reference`).
 * @fires civic-error - Loading the times, booking or cancelling failed (`event.error`; `event.operation`: `load-slots`, `book-callback`, `cancel-callback`; `event.kind`: `network`, `server`, `not-found`, `rate-limited`, `validation`, `conflict`), or the page set the element up wrongly (`event.kind` is `configuration`: a key the contact centre refuses, an unusable `api-base` or `site-key`, no connection, a `service` not in the catalogue; `event.operation` may also be `configure` or `load-catalogue`), which the console explains once; the citizen then sees whom to contact instead of the form (for an unknown `service`, the list of services). Answers refused in the browser fire nothing.
 *
 * @csspart base - The element's root container (carries `lang` and `dir`).
 * @csspart form - Each step's form: the service picker, the booking and the cancellation.
 * @csspart service-picker - The service picker's form.
 * @csspart continue-button - The service picker's Continue button.
 * @csspart not-offered - Says the service the page named takes no callbacks.
 * @csspart choice - A radio button.
 * @csspart input - A text box or text area.
 * @csspart error-summary - The "There is a problem" summary.
 * @csspart error-message - The message at a field that needs correcting.
 * @csspart retry-button - "Try again", after a network or server failure.
 * @csspart suggested-slot - One of the nearest free times offered when the chosen one was taken.
 * @csspart asap-status - Whether the centre is open now, with the expected wait or when it opens.
 * @csspart days - The list of days.
 * @csspart times - The list of times of the chosen day.
 * @csspart earlier-days-button - Shows the week before.
 * @csspart later-days-button - Shows the week after.
 * @csspart phone-readback - The phone number as it will be dialled, shown when the citizen leaves the box.
 * @csspart submit-button - Books the callback, or cancels it.
 * @csspart confirmation - The confirmation panel.
 * @csspart reference - The reference number.
 * @csspart copy-button - Copies the reference number.
 * @csspart summary-list - What was booked: when, number, language.
 * @csspart cancel-button - "Cancel this callback", on the confirmation.
 * @csspart keep-button - "Keep my callback", back from cancelling to the confirmation.
 * @csspart restart-button - "Book another callback" or "Cancel another callback", after cancelling.
 * @csspart unavailable - In place of the form when the page set the element up wrongly: "This service is not available on this page", and whom to contact.
 *
 * @cssprop [--civic-callback-request-max-width=40rem] - Widest the element grows.
 * @cssprop [--civic-callback-request-reference-size=2rem] - Font size of the reference number.
 * @cssprop [--civic-callback-request-confirmation-background=var(--civic-color-success)] - Background of the confirmation panel.
 * @cssprop [--civic-callback-request-confirmation-color=var(--civic-color-on-primary)] - Text colour of the confirmation panel.
 * @cssprop [--civic-callback-request-unavailable-color=var(--civic-color-text-secondary)] - Text of closed days and full times.
 */
@customElement('civic-callback-request')
export class CivicCallbackRequest extends CivicElement {
  static override styles = callbackRequestStyles;

  /** Id of the service the callback is about; without it (or when it takes no callbacks) the element first asks. */
  @property({ reflect: true }) service = '';

  /** `book` (the default) to book a callback; `cancel` to cancel one with its reference and phone number. */
  @property({ reflect: true }) mode: 'book' | 'cancel' = 'book';

  /**
   * ISO 3166-1 country (`US`, `GB`) whose national numbers the citizen may type without
   * `+` and a country code; default the ministry's `country`. With neither, numbers must
   * start with `+`.
   */
  @property({ attribute: 'default-country' }) defaultCountry = '';

  /**
   * The citizen's IANA time zone, e.g. `Europe/London`, in which times are also shown when
   * it differs from the contact centre's; default the browser's. Set it when the page knows
   * better (or in tests, for the same output everywhere).
   */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** A reference to pre-fill when cancelling, e.g. from a link in a confirmation message. */
  @property() reference = '';

  /** The service picker: the service selected, and the one Continue took. */
  @state() private picker = { choice: '', picked: '' };
  @state() private answers: Answers = emptyAnswers();
  /** The number as it will be dialled, read back once the citizen has left its box. */
  @state() private readback: CheckedPhone | undefined = undefined;
  @state() private outcome: Outcome = NO_OUTCOME;
  /** The callback booked (cancelling it is the cancellation's, cancel.ts). */
  @state() private booked: Booking | undefined = undefined;

  /**
   * The calendar, the check, booking, the confirmation and cancelling: fetched when the
   * citizen starts on the form (focus enters it), or at once when the element only cancels.
   */
  readonly #later = new OnDemand(this, loadLater, { startOnFocus: true });
  /**
   * libphonenumber-js (28 KB gzip), fetched when the citizen starts on the form: most visitors
   * of a page never book, and it is there well before anyone has typed a number.
   */
  readonly #phone = new OnDemand(this, loadPhoneLibrary, { startOnFocus: true });
  readonly #times = new FreeTimes(this, {
    client: () => this.client,
    misconfiguration: this.misconfiguration,
    loaded: (listing) => (this.answers = settle(this.answers, listing)),
  });
  /** The booking's way out, from the first press of "Request callback"; it books again when the browser is back online. */
  readonly #outbox = new OutboxController<CallbackCreateRequest, Callback>(this, {
    resend: () => void this.#book(),
    waiting: () => this.outcome.failure?.kind === 'unreachable' && !this.booked,
  });
  /** The cancellation, once the later steps have come. */
  #cancelStep: CancelStep | undefined;
  /** Whether the citizen has left the phone box since typing in it, so the number is read back. */
  #phoneLeft = false;

  constructor() {
    super();
    // The proof of work a booking needs, solved from the moment the citizen starts on the form.
    prepareProofOnFocus(this, () => (this.mode === 'book' && !this.booked ? this.client : undefined));
  }

  get #offer(): Offer {
    return offerOf(this.services, this.service, this.picker.picked);
  }

  /** The country whose national numbers may be typed without a country code. */
  get #country(): string | undefined {
    return plausibleCountry(this.#phone.module, this.defaultCountry || this.ministry?.country);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('service') && changed.get('service') !== undefined) this.#restart();
    if (changed.has('reference') && this.reference && this.#cancelStep) this.#cancelStep.reference = this.reference;
    // Cancelling is the first step then: its form comes with the later steps.
    if (changed.has('mode') && this.mode === 'cancel') void this.#laterSteps();
    const { offered, service } = this.#offer;
    this.misconfiguration.checkService(this.service, offered);
    if (!this.answers.language && this.ministry) this.#answer({ language: defaultLanguage(this.ministry, this.locale.lang) });
    if (this.mode !== 'cancel' && service && !this.booked) this.#times.need(service.id);
  }

  /** The times forgotten, e.g. for another service. */
  #forgetTimes(): void {
    this.#times.reset();
    this.outcome = NO_OUTCOME;
  }

  /** Starts again with an empty form, e.g. for another service or after a cancellation. */
  #restart(): void {
    this.#forgetTimes();
    this.answers = emptyAnswers();
    this.readback = undefined;
    this.booked = undefined;
    this.#cancelStep?.reset(this.reference);
  }

  /** The week before or after, from the calendar's buttons; says which days it shows. */
  #page(later: Later, from: string): void {
    this.#answer({ day: '', slot: '' });
    void this.#times.load(undefined, from).then((listing) => {
      const shown = listing && later.daysShown(this.#view(), listing);
      if (shown) this.announcer.announce(shown);
    });
  }

  #retrySlots = (): void => {
    this.moveFocus.next('#cb-when-slot');
    // The calendar's code too, when the same dropped connection kept it from coming.
    void this.#laterSteps();
    this.#times.retry();
  };

  /* ------------------------------------------------------------------ the answers */

  /** Keeps what the citizen typed or chose in the booking form. */
  #onInput = (event: Event): void => {
    const { name, value } = event.target as HTMLInputElement;
    this.answers = answerWith(this.answers, name, value, this.#times.listing);
    if (name === 'phone') {
      this.readback = undefined;
      this.#phoneLeft = false;
    }
    // The calendar's code: on its way since focus entered the form, or tried again after a failure.
    if (name === 'when' && value === 'slot') void this.#laterSteps();
    if (name === 'slot') this.#untake();
  };

  #answer(changes: Partial<Answers>): void {
    this.answers = { ...this.answers, ...changes };
  }

  /** A time chosen: the one taken meanwhile is no longer a problem. */
  #untake(): void {
    this.outcome = { ...this.outcome, problems: this.outcome.problems.filter((problem) => problem.code !== 'taken') };
  }

  /** Shows the number back as it will be dialled, once the citizen leaves the box (and the library has come). */
  #onPhoneBlur = (): void => {
    this.#phoneLeft = true;
    // A citizen quicker than the network leaves the box before the check and the library have come: read back once they have.
    void Promise.all([this.#laterSteps(), this.#phoneLibrary()]).then(([later, library]) => {
      if (!this.#phoneLeft || !later) return;
      const check = later.checkPhone(library, this.answers.phone, this.#country);
      this.readback = check.ok ? check : undefined;
    });
  };

  /** libphonenumber-js, once it has come; undefined when it cannot (numbers are then read in their international form only). */
  #phoneLibrary(): Promise<PhoneLibrary | undefined> {
    return this.#phone.load().catch(() => undefined);
  }

  /** The later steps' code, once it has come; undefined when it cannot (each step says so where the citizen acted; the next press tries again). */
  #laterSteps(): Promise<Later | undefined> {
    return this.#later.load().catch(() => undefined);
  }

  /** The next step's code could not be fetched: said where the error summary goes, with "Try again". */
  #laterUnreachable(): void {
    this.outcome = { ...NO_OUTCOME, failure: { kind: 'unreachable' } };
    this.moveFocus.next(SUMMARY);
  }

  /* ------------------------------------------------------------------ booking */

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.#book();
  };

  #retryBooking = (): void => {
    // The summary, and this button with it, goes while the request runs: keep focus in the form.
    this.moveFocus.next('#cb-submit');
    void this.#book();
  };

  async #book(): Promise<void> {
    const { service } = this.#offer;
    if (!service || this.#outbox.sending) return;
    // Both are on their way since the citizen started on the form; a quick citizen waits here.
    const [later, phoneLibrary] = await Promise.all([this.#laterSteps(), this.#phoneLibrary()]);
    if (!later) return this.#laterUnreachable();
    const checked = later.checkAnswers(this.answers, { service: service.id, listing: this.#times.listing, phoneLibrary, country: this.#country });
    this.outcome = { ...NO_OUTCOME, problems: checked.problems };
    this.readback = checked.phone;
    if (!checked.request || !checked.phone) return this.moveFocus.next(SUMMARY);
    const client = this.client;
    if (!client) return this.misconfiguration.noConnection('book-callback');
    const asap = this.#times.listing?.asap;
    const { phone, request } = checked;
    const sending = this.#outbox.send(later.bookingOutbox, client, withHoneypot(this.renderRoot, request));
    this.announcer.announce(this.#view().m('callback-request.sending', 'Booking your callback…'));
    try {
      const { created, earlierVersion } = await sending;
      this.booked = { callback: created, phone: phone.international, e164: phone.e164, language: created.locale, asap, earlierVersion };
      this.outcome = NO_OUTCOME;
      this.moveFocus.next('#cb-done-title');
      this.dispatchEvent(new later.CivicCallbackBookedEvent(created));
    } catch (error) {
      this.#bookingFailed(later, error, request);
    } finally {
      // "Booking…" is over either way: the confirmation's heading or the error summary, which take focus, say what happened.
      this.announcer.clear();
      this.requestUpdate();
    }
  }

  #bookingFailed(later: Later, error: unknown, request: CallbackCreateRequest): void {
    if (this.misconfiguration.take(error, 'book-callback')) return;
    this.dispatchEvent(new CivicErrorEvent(asError(error), 'book-callback'));
    const setback = later.setbackOf(error, request);
    if ('taken' in setback) return void this.#slotTaken(later, setback.taken);
    this.outcome = { ...NO_OUTCOME, ...setback };
    // A time no longer offered (it came within the lead time): show what is offered now.
    if ('problems' in setback && setback.problems.some((problem) => problem.field === 'slot')) void this.#times.load(request.service);
    this.moveFocus.next(SUMMARY);
  }

  /** Someone else took the last place: say so, show the calendar as it is now and the nearest free times. */
  async #slotTaken(later: Later, start: string): Promise<void> {
    const taken = findSlot(this.#times.listing, start);
    this.outcome = { ...NO_OUTCOME, problems: [{ field: 'slot', code: 'taken', start, end: taken?.end ?? start }] };
    this.#answer({ slot: '' });
    const listing = await this.#times.load();
    this.outcome = { ...this.outcome, suggestions: listing ? later.nearestFree(listing, start) : [] };
    this.moveFocus.next(SUMMARY);
  }

  #chooseSuggestion(slot: FreeSlot): void {
    this.#answer({ when: 'slot', day: slot.date, slot: slot.start });
    this.#untake();
    this.outcome = { ...this.outcome, suggestions: [] };
    this.moveFocus.next(`#${slotId(slot.start)}`);
  }

  /* ------------------------------------------------------------------ cancelling */

  #startCancel = (): void => {
    const later = this.#later.module;
    if (this.booked && later) this.#cancelStepOf(later).open(this.booked.callback.reference, this.booked.phone);
  };

  /** The cancellation, made the first time it is shown, with the page's reference filled in. */
  #cancelStepOf(later: Later): CancelStep {
    if (this.#cancelStep) return this.#cancelStep;
    this.#cancelStep = new later.CancelStep(this, {
      client: () => this.client,
      misconfiguration: this.misconfiguration,
      reading: async () => ({ code: this.ministry?.code, phoneLibrary: await this.#phoneLibrary(), country: this.#country }),
      view: () => this.#view(),
      focus: this.moveFocus,
      announcer: this.announcer,
    });
    this.#cancelStep.reference = this.reference;
    return this.#cancelStep;
  }

  #startOver = (): void => {
    const cancelMode = this.mode === 'cancel';
    this.#restart();
    this.moveFocus.next(cancelMode ? '#cb-cancel-reference' : this.#offer.service ? '#cb-form-title' : '#cb-picker-title');
  };

  #retryCancelForm = async (): Promise<void> => {
    // To the form when it has come; else back to the summary, so that the failure is read again.
    this.moveFocus.next((await this.#laterSteps()) ? '#cb-cancel-title' : SUMMARY);
  };

  /* ------------------------------------------------------------------ the service picker */

  #pickService = (event: Event): void => {
    event.preventDefault();
    void this.#pick();
  };

  async #pick(): Promise<void> {
    const choice = this.#offer.offered.find((service) => service.id === this.picker.choice);
    if (choice) {
      this.outcome = NO_OUTCOME;
      this.picker = { ...this.picker, picked: choice.id };
      return this.moveFocus.next('#cb-form-title');
    }
    // The words for the problem come with the check.
    if (!(await this.#laterSteps())) return this.#laterUnreachable();
    this.outcome = { ...NO_OUTCOME, problems: [{ field: 'service', code: 'missing' }] };
    this.moveFocus.next(SUMMARY);
  }

  #changeService = (): void => {
    this.#forgetTimes();
    this.picker = { ...this.picker, picked: '' };
    this.#answer({ day: '', slot: '' });
    this.moveFocus.next('#cb-picker-title');
  };

  /* ------------------------------------------------------------------ rendering */

  #view(): CallbackView {
    return {
      messages: this.#later.module,
      ...this.view(),
      ministry: this.ministry,
      centreZone: this.#times.listing?.timeZone ?? this.ministry?.timeZone ?? 'UTC',
      ownZone: ownZone(this.timeZone),
      country: this.#country,
    };
  }

  protected override render(): TemplateResult {
    return this.frame(this.misconfiguration.notice() ?? this.#body(this.#view()));
  }

  #body(view: CallbackView): TemplateResult {
    const { m } = view;
    const { catalogue, booked } = this;
    if (catalogue.status === 'error') {
      return errorSummary(view, {
        id: 'cb-error-summary',
        title: m('callback-request.unavailable-title', 'Callbacks cannot be booked here at the moment'),
        body: html`<p>${m('callback-request.unavailable', 'Check your internet connection and reload the page. If it still does not work, contact the ministry by phone or email.')}</p>`,
      });
    }
    const loading = html`<p aria-busy="true" class="loading">${m('callback-request.loading', 'Loading…')}</p>`;
    if (catalogue.status !== 'ready') return loading;
    const later = this.#later.module;
    if (this.mode === 'cancel' || this.#cancelStep?.shown) {
      if (!later) return this.#later.failed ? unreachableNotice(view, 'cancel-callback', this.#retryCancelForm) : loading;
      return this.#cancelStepOf(later).render(view, {
        cancelOnly: this.mode === 'cancel',
        phoneLibraryFailed: this.#phone.failed,
        restart: this.#startOver,
      });
    }
    // Booked through the later steps' code, so it is there.
    if (booked && later) {
      const { service } = booked.callback;
      return later.confirmationView(view, booked, catalogue.catalogue.services.find((candidate) => candidate.id === service), {
        announce: (text) => this.announcer.announce(text),
        cancel: this.#startCancel,
      });
    }
    const { offered, refused, service, chosenHere } = this.#offer;
    const { problems, failure, suggestions } = this.outcome;
    /** "There is a problem"; before the later steps have come, that the one the citizen asked for could not be fetched, if so. */
    const summary = (shown: Outcome, retry: () => void, extra?: unknown) =>
      later
        ? later.problemSummary(view, { ...shown, operation: 'book-callback', retry, extra })
        : failure
          ? unreachableNotice(view, 'book-callback', retry)
          : nothing;
    if (!service) {
      const servicePicked = problems.filter((problem) => problem.field === 'service');
      return pickerView({
        view,
        services: offered,
        refused,
        problems: servicePicked,
        summary: summary({ ...NO_OUTCOME, problems: servicePicked }, () => void this.#pick()),
        choice: this.picker.choice,
        choose: (id) => (this.picker = { ...this.picker, choice: id }),
        submit: this.#pickService,
      });
    }
    return bookingFormView({
      view,
      service,
      answers: this.answers,
      readback: this.readback?.international,
      problems,
      failure,
      summary: summary(this.outcome, this.#retryBooking, suggestions.length > 0 ? later?.suggestionsView(view, suggestions, (slot) => this.#chooseSuggestion(slot)) : nothing),
      sending: this.#outbox.sending,
      phoneLibraryFailed: this.#phone.failed,
      when: whenView({
        view,
        answers: this.answers,
        slots: this.#times.task,
        problems,
        calendar:
          later &&
          ((listing) =>
            later.calendarView({ view, answers: this.answers, listing, from: this.#times.from, firstDay: this.#times.first, problems, page: (from) => this.#page(later, from) })),
        calendarFailed: this.#later.failed,
        retry: this.#retrySlots,
      }),
      changeService: chosenHere && offered.length > 1 ? this.#changeService : undefined,
      submit: this.#onSubmit,
      input: this.#onInput,
      phoneBlur: this.#onPhoneBlur,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-callback-request': CivicCallbackRequest;
  }
}
