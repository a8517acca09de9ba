import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LIMITS, type CallbackCreateRequest, type CallbackSlots, type Service } from '@civic-contact/contract';
import { CallbacksResource } from '@civic-contact/sdk';
import { CivicElement } from '../base/civic-element.ts';
import { withHoneypot } from '../base/honeypot.ts';
import { OnDemand } from '../base/on-demand.ts';
import { prepareProofOnFocus } from '../base/proof-of-work.ts';
import { CivicErrorEvent } from '../events/civic-error-event.ts';
import { stringsLang } from '../i18n/localization.ts';
import { asError, failureOf } from '../shared/failure.ts';
import type { BookingOutbox } from './booking.ts';
import { callbackRequestStyles } from './callback-request.styles.ts';
import { unreachableNotice } from './errors.ts';
import { bookingFormView } from './form.ts';
import type { CancelStep } from './cancel.ts';
import { DAYS_PER_PAGE, emptyAnswers, findSlot, settle, slotId, type Answers, type Booking, type CheckedPhone, type Failure, type Problem, type SlotsState } from './model.ts';
import { loadPhoneLibrary, plausibleCountry, type PhoneLibrary } from './phone.ts';
import { pickerView } from './picker.ts';
import type { FreeSlot } from './slots.ts';
import { browserTimeZone, daysBetween, isTimeZone } from './times.ts';
import type { CallbackView } from './view.ts';
import { whenView } from './when.ts';

// At module level: TypeScript rewrites `.ts` to `.js` in an import() it meets there, not in
// one inside a field initialiser (which its legacy decorators move into the constructor).
const loadLater = () => import('./later.ts');
type Later = Awaited<ReturnType<typeof loadLater>>;

/** Free times offered when the one chosen was taken meanwhile. */
const SUGGESTIONS = 3;

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

  @state() private picked = '';
  @state() private pickerChoice = '';
  @state() private slots: SlotsState = { status: 'idle' };
  @state() private from = '';
  @state() private firstDay = '';
  @state() private answers: Answers = emptyAnswers();
  @state() private phoneShown: CheckedPhone | undefined = undefined;
  @state() private problems: readonly Problem[] = [];
  @state() private failure: Failure | undefined = undefined;
  @state() private sending = false;
  @state() private suggestions: readonly FreeSlot[] = [];
  @state() private booking: Booking | undefined = undefined;
  /** Whether the citizen is cancelling the callback just booked. */
  @state() private cancelling = false;
  @state() private announcement = '';

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
  /** The booking's way out, from the first press of "Request callback". */
  #outbox: BookingOutbox | undefined;
  #loadingSlots: AbortController | undefined;
  /** The cancellation, once the later steps have come. */
  #cancelStep: CancelStep | undefined;
  #focusNext: string | undefined;
  /** Whether the citizen has left the phone box since typing in it, so the number is read back. */
  #phoneLeft = false;
  /** The service whose times are loaded or loading. */
  #slotsFor = '';
  /** The first day asked for by the last load ('' for today), for a retry. */
  #requestedFrom = '';

  constructor() {
    super();
    // The proof of work a booking needs, solved from the moment the citizen starts on the form.
    prepareProofOnFocus(this, () => (this.mode === 'book' && !this.booking ? this.client : undefined));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener('online', this.#backOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener('online', this.#backOnline);
    this.#loadingSlots?.abort();
    this.#slotsFor = '';
  }

  /* ------------------------------------------------------------------ what is shown */

  get #services(): readonly Service[] {
    const catalogue = this.catalogue;
    return catalogue.status === 'ready' ? catalogue.catalogue.services : [];
  }

  /** The services a citizen can be called back about. */
  get #callbackServices(): readonly Service[] {
    return this.#services.filter((service) => service.callbacks);
  }

  /** The service named by the page, when it takes no callbacks: the citizen is told so. */
  get #refusedService(): Service | undefined {
    const named = this.#services.find((service) => service.id === this.service);
    return named && !named.callbacks ? named : undefined;
  }

  /** Whether the citizen chose the service here, rather than the page choosing it. */
  get #chosenHere(): boolean {
    return !this.#callbackServices.some((service) => service.id === this.service);
  }

  /** The service being booked: the page's, else the one picked, else the only one there is. */
  get #service(): Service | undefined {
    const services = this.#callbackServices;
    const find = (id: string) => (id ? services.find((service) => service.id === id) : undefined);
    return find(this.service) ?? find(this.picked) ?? (services.length === 1 && !this.#refusedService ? services[0] : undefined);
  }

  /** The citizen's time zone: the attribute's when the browser knows it, else the browser's. */
  get #ownZone(): string {
    return this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : browserTimeZone();
  }

  get #listing(): CallbackSlots | undefined {
    return this.slots.status === 'ready' ? this.slots.listing : undefined;
  }

  get #centreZone(): string {
    return this.slots.status === 'ready' ? this.slots.listing.timeZone : (this.ministry?.timeZone ?? 'UTC');
  }

  /** The country whose national numbers may be typed without a country code. */
  get #country(): string | undefined {
    return plausibleCountry(this.#phone.module, this.defaultCountry || this.ministry?.country);
  }

  /** The language to be called in, until the citizen chooses: the page's when the centre speaks it. */
  get #defaultLanguage(): string {
    const ministry = this.ministry;
    if (!ministry) return '';
    const lang = this.locale.lang;
    const primary = lang.split('-')[0] ?? lang;
    return ministry.locales.find((locale) => locale === lang) ?? ministry.locales.find((locale) => locale.split('-')[0] === primary) ?? ministry.defaultLocale;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('service') && changed.get('service') !== undefined) this.#restart();
    if (changed.has('reference') && this.reference && this.#cancelStep) this.#cancelStep.reference = this.reference;
    // Cancelling is the first step then: its form comes with the later steps.
    if (changed.has('mode') && this.mode === 'cancel') void this.#laterSteps();
    this.misconfiguration.checkService(this.service, this.#callbackServices);
    if (!this.answers.language && this.ministry) this.#answer({ language: this.#defaultLanguage });
    const service = this.#service;
    if (this.mode !== 'cancel' && service && this.#slotsFor !== service.id && !this.booking) {
      this.#slotsFor = service.id;
      void this.#loadSlots(service.id, '');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.#focusNext;
    this.#focusNext = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(`#${target}`)?.focus();
  }

  /** Starts again with an empty form, e.g. for another service or after a cancellation. */
  #restart(): void {
    this.#loadingSlots?.abort();
    this.#slotsFor = '';
    this.slots = { status: 'idle' };
    this.from = '';
    this.firstDay = '';
    this.answers = emptyAnswers();
    this.phoneShown = undefined;
    this.problems = [];
    this.failure = undefined;
    this.suggestions = [];
    this.booking = undefined;
    this.cancelling = false;
    this.#cancelStep?.reset(this.reference);
  }

  async #announce(text: string): Promise<void> {
    // Emptied first, so the same words twice are still announced twice.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  /* ------------------------------------------------------------------ loading the times */

  async #loadSlots(service: string, from: string): Promise<CallbackSlots | undefined> {
    const client = this.client;
    if (!client) {
      this.misconfiguration.noConnection('load-slots');
      return undefined;
    }
    this.#loadingSlots?.abort();
    const loading = new AbortController();
    this.#loadingSlots = loading;
    this.#requestedFrom = from;
    this.slots = { status: 'loading' };
    try {
      const remaining = this.firstDay && from ? LIMITS.slotDaysMax - daysBetween(this.firstDay, from) : DAYS_PER_PAGE;
      const listing = await client.use(CallbacksResource).slots(
        { service, ...(from ? { from } : {}), days: Math.max(1, Math.min(DAYS_PER_PAGE, remaining)) },
        { signal: loading.signal },
      );
      if (loading.signal.aborted) return undefined;
      this.slots = { status: 'ready', listing };
      this.from = listing.days[0]?.date ?? from;
      if (!this.firstDay) this.firstDay = this.from;
      this.answers = settle(this.answers, listing);
      return listing;
    } catch (error) {
      if (loading.signal.aborted) return undefined;
      if (this.misconfiguration.take(error, 'load-slots')) {
        this.slots = { status: 'idle' };
        return undefined;
      }
      this.slots = { status: 'error', failure: failureOf(error) };
      this.dispatchEvent(new CivicErrorEvent(asError(error), 'load-slots'));
      return undefined;
    } finally {
      if (this.#loadingSlots === loading) this.#loadingSlots = undefined;
    }
  }

  /** The week before or after, from the calendar's buttons; says which days it shows. */
  #page(later: Later, from: string): void {
    const service = this.#service;
    if (!service) return;
    this.#answer({ day: '', slot: '' });
    void this.#loadSlots(service.id, from).then((listing) => {
      const shown = listing && later.daysShown(this.#view(), listing);
      if (shown) void this.#announce(shown);
    });
  }

  /* ------------------------------------------------------------------ booking */

  /** Keeps what the citizen typed or chose in the booking form. */
  #onInput = (event: Event): void => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)) return;
    const { value } = target;
    switch (target.name) {
      case 'name':
      case 'reason':
      case 'language':
        this.#answer({ [target.name]: value });
        break;
      case 'phone':
        this.#answer({ phone: value });
        this.phoneShown = undefined;
        this.#phoneLeft = false;
        break;
      case 'when':
        this.#answer({ when: value === 'slot' ? 'slot' : 'asap' });
        // The calendar's code: on its way since focus entered the form, or tried again after a failure.
        if (value === 'slot') void this.#laterSteps();
        break;
      case 'day': {
        const onDay = this.#listing?.days.find((day) => day.date === value)?.slots.some((slot) => slot.start === this.answers.slot);
        this.#answer(onDay ? { day: value } : { day: value, slot: '' });
        break;
      }
      case 'slot':
        this.#answer({ slot: value });
        this.problems = this.problems.filter((problem) => problem.code !== 'taken');
        break;
    }
  };

  #answer(changes: Partial<Answers>): void {
    this.answers = { ...this.answers, ...changes };
  }

  /** Shows the number back as it will be dialled, once the citizen leaves the box (and the library has come). */
  #onPhoneBlur = (): void => {
    this.#phoneLeft = true;
    // A citizen quicker than the network leaves the box before the check and the library have come: read back once they have.
    void Promise.all([this.#laterSteps(), this.#phoneLibrary()]).then(([later, library]) => {
      if (!this.#phoneLeft || !later) return;
      const check = later.checkPhone(library, this.answers.phone, this.#country);
      this.phoneShown = check.ok ? check : undefined;
    });
  };

  /**
   * libphonenumber-js, waiting for its chunk if it is still on its way; undefined when it
   * cannot come (numbers are then read in their international form only, and the next check
   * tries again).
   */
  #phoneLibrary(): Promise<PhoneLibrary | undefined> {
    return this.#phone.load().catch(() => undefined);
  }

  /**
   * The later steps' code, waiting for it if it is still on its way; undefined when it cannot
   * come (the connection dropped: each step says so where the citizen acted, and the next
   * press tries again).
   */
  #laterSteps(): Promise<Later | undefined> {
    return this.#later.load().catch(() => undefined);
  }

  /** The next step's code could not be fetched: said where the error summary goes, with "Try again". */
  #laterUnreachable(): void {
    this.problems = [];
    this.suggestions = [];
    this.failure = { kind: 'unreachable' };
    this.#focusNext = 'cb-error-summary';
  }

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.#book();
  };

  #retryBooking = (): void => {
    // The summary, and this button with it, goes while the request runs: keep focus in the form.
    this.#focusNext = 'cb-submit';
    void this.#book();
  };

  #retrySlots = (): void => {
    const service = this.#service;
    if (!service) return;
    this.#focusNext = 'cb-when-slot';
    // The calendar's code too, when the same dropped connection kept it from coming.
    void this.#laterSteps();
    void this.#loadSlots(service.id, this.#requestedFrom);
  };

  #backOnline = (): void => {
    if (this.failure?.kind === 'unreachable' && this.#outbox?.pending && !this.sending && !this.booking) void this.#book();
  };

  async #book(): Promise<void> {
    const service = this.#service;
    if (!service || this.sending) return;
    // Both are on their way since the citizen started on the form; a quick citizen waits here.
    const [later, phoneLibrary] = await Promise.all([this.#laterSteps(), this.#phoneLibrary()]);
    if (!later) {
      this.#laterUnreachable();
      return;
    }
    const checked = later.checkAnswers(this.answers, { service: service.id, listing: this.#listing, phoneLibrary, country: this.#country });
    this.problems = checked.problems;
    this.phoneShown = checked.phone;
    this.failure = undefined;
    this.suggestions = [];
    if (!checked.request || !checked.phone) {
      this.#focusNext = 'cb-error-summary';
      return;
    }
    const client = this.client;
    if (!client) {
      this.misconfiguration.noConnection('book-callback');
      return;
    }
    this.sending = true;
    void this.#announce(this.#view().m('callback-request.sending', 'Booking your callback…'));
    const asap = this.#listing?.asap;
    try {
      this.#outbox ??= later.bookingOutbox();
      const sent = await this.#outbox.send(client, withHoneypot(this.renderRoot, checked.request));
      this.booking = {
        callback: sent.created,
        phone: checked.phone.international,
        e164: checked.phone.e164,
        language: sent.created.locale,
        asap,
        earlierVersion: sent.earlierVersion,
      };
      this.problems = [];
      this.#focusNext = 'cb-done-title';
      this.dispatchEvent(new later.CivicCallbackBookedEvent(sent.created));
    } catch (error) {
      this.#handleBookingError(later, error, checked.request);
    } finally {
      this.sending = false;
    }
  }

  #handleBookingError(later: Later, error: unknown, request: CallbackCreateRequest): void {
    if (this.misconfiguration.take(error, 'book-callback')) return;
    const setback = later.setbackOf(error, request);
    if ('taken' in setback) {
      void this.#slotTaken(later, setback.taken, error);
      return;
    }
    if ('problems' in setback) {
      this.problems = setback.problems;
      // A time no longer offered (it came within the lead time): show what is offered now.
      if (setback.problems.some((problem) => problem.field === 'slot')) void this.#loadSlots(request.service, this.from);
    } else {
      this.failure = setback.failure;
    }
    this.#focusNext = 'cb-error-summary';
    this.dispatchEvent(new CivicErrorEvent(asError(error), 'book-callback'));
  }

  /** Someone else took the last place: say so, show the calendar as it is now and the nearest free times. */
  async #slotTaken(later: Later, start: string, error: unknown): Promise<void> {
    const taken = findSlot(this.#listing, start);
    this.problems = [{ field: 'slot', code: 'taken', start, end: taken?.end ?? start }];
    this.#answer({ slot: '' });
    this.dispatchEvent(new CivicErrorEvent(asError(error), 'book-callback'));
    const service = this.#service;
    const listing = service ? await this.#loadSlots(service.id, this.from) : undefined;
    this.suggestions = listing ? later.nearestFree(listing, start, SUGGESTIONS) : [];
    this.#focusNext = 'cb-error-summary';
  }

  #chooseSuggestion(slot: FreeSlot): void {
    this.#answer({ when: 'slot', day: slot.date, slot: slot.start });
    this.problems = this.problems.filter((problem) => problem.code !== 'taken');
    this.suggestions = [];
    this.#focusNext = slotId(slot.start);
  }

  /* ------------------------------------------------------------------ cancelling */

  #startCancel = (): void => {
    const booking = this.booking;
    const later = this.#later.module;
    if (!booking || !later) return;
    this.#cancelStepOf(later).reset(booking.callback.reference, booking.phone);
    this.cancelling = true;
    this.#focusNext = 'cb-cancel-title';
  };

  #keep = (): void => {
    this.cancelling = false;
    this.#focusNext = 'cb-done-title';
  };

  /** The cancellation, made the first time it is shown, with the page's reference filled in. */
  #cancelStepOf(later: Later): CancelStep {
    if (this.#cancelStep) return this.#cancelStep;
    this.#cancelStep = new later.CancelStep(this, {
      client: () => this.client,
      misconfiguration: this.misconfiguration,
      reading: async () => ({ code: this.ministry?.code, phoneLibrary: await this.#phoneLibrary(), country: this.#country }),
      view: () => this.#view(),
      focus: (id) => {
        this.#focusNext = id;
        this.requestUpdate();
      },
      announce: (text) => void this.#announce(text),
    });
    this.#cancelStep.reference = this.reference;
    return this.#cancelStep;
  }

  #startOver = (): void => {
    const cancelMode = this.mode === 'cancel';
    this.#restart();
    this.#focusNext = cancelMode ? 'cb-cancel-reference' : this.#service ? 'cb-form-title' : 'cb-picker-title';
  };

  /* ------------------------------------------------------------------ the service picker */

  #pickService = (event: Event): void => {
    event.preventDefault();
    void this.#pick();
  };

  async #pick(): Promise<void> {
    const choice = this.#callbackServices.find((service) => service.id === this.pickerChoice);
    if (!choice) {
      // The words for the problem come with the check.
      if (!(await this.#laterSteps())) {
        this.#laterUnreachable();
        return;
      }
      this.problems = [{ field: 'service', code: 'missing' }];
      this.failure = undefined;
      this.#focusNext = 'cb-error-summary';
      return;
    }
    this.problems = [];
    this.failure = undefined;
    this.picked = choice.id;
    this.#focusNext = 'cb-form-title';
  }

  #changeService = (): void => {
    this.#loadingSlots?.abort();
    this.#slotsFor = '';
    this.picked = '';
    this.slots = { status: 'idle' };
    this.from = '';
    this.firstDay = '';
    this.#answer({ day: '', slot: '' });
    this.problems = [];
    this.failure = undefined;
    this.#focusNext = 'cb-picker-title';
  };

  /* ------------------------------------------------------------------ rendering */

  #view(): CallbackView {
    return {
      messages: this.#later.module,
      ...this.view(),
      ministry: this.ministry,
      centreZone: this.#centreZone,
      ownZone: this.#ownZone,
      country: this.#country,
    };
  }

  protected override render(): TemplateResult {
    const { lang, dir } = this.locale;
    return html`<div class="root" part="base" dir=${dir} lang=${stringsLang(lang)}>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.#body(this.#view())}
    </div>`;
  }

  #body(view: CallbackView): TemplateResult {
    const { m } = view;
    const notice = this.misconfiguration.notice();
    if (notice) return notice;
    const catalogue = this.catalogue;
    if (catalogue.status === 'error') {
      return html`<div class="error-summary" role="alert" part="error-summary">
        <h2>${m('callback-request.unavailable-title', 'Callbacks cannot be booked here at the moment')}</h2>
        <p>${m('callback-request.unavailable', 'Check your internet connection and reload the page. If it still does not work, contact the ministry by phone or email.')}</p>
      </div>`;
    }
    const loading = html`<p aria-busy="true" class="loading">${m('callback-request.loading', 'Loading…')}</p>`;
    if (catalogue.status !== 'ready') return loading;
    const later = this.#later.module;
    if (this.mode === 'cancel' || this.cancelling || this.#cancelStep?.done) {
      if (!later) return this.#later.failed ? unreachableNotice(view, 'cancel-callback', this.#retryCancelForm) : loading;
      return this.#cancelStepOf(later).render(view, {
        cancelOnly: this.mode === 'cancel',
        phoneLibraryFailed: this.#phone.failed,
        restart: this.#startOver,
        keep: this.cancelling && this.booking !== undefined ? this.#keep : undefined,
      });
    }
    // Booked through the later steps' code, so it is there.
    if (this.booking && later) {
      const booked = this.booking.callback.service;
      return later.confirmationView(view, this.booking, this.#services.find((service) => service.id === booked), {
        announce: (text) => void this.#announce(text),
        cancel: this.#startCancel,
      });
    }
    const service = this.#service;
    if (!service) {
      const problems = this.problems.filter((problem) => problem.field === 'service');
      return pickerView({
        view,
        services: this.#callbackServices,
        refused: this.#refusedService,
        problems,
        summary: later
          ? later.errorSummary(view, { problems, operation: 'book-callback' })
          : this.#laterFailedNotice(view, () => void this.#pick()),
        choice: this.pickerChoice,
        choose: (id) => (this.pickerChoice = id),
        submit: this.#pickService,
      });
    }
    return bookingFormView({
      view,
      service,
      answers: this.answers,
      readback: this.phoneShown?.international,
      problems: this.problems,
      failure: this.failure,
      summary: later
        ? later.errorSummary(view, {
            problems: this.problems,
            failure: this.failure,
            operation: 'book-callback',
            retry: this.#retryBooking,
            extra: this.suggestions.length > 0 ? later.suggestionsView(view, this.suggestions, (slot) => this.#chooseSuggestion(slot)) : nothing,
          })
        : this.#laterFailedNotice(view, this.#retryBooking),
      sending: this.sending,
      phoneLibraryFailed: this.#phone.failed,
      when: whenView({
        view,
        answers: this.answers,
        slots: this.slots,
        problems: this.problems,
        calendar:
          later &&
          ((listing) =>
            later.calendarView({
              view,
              answers: this.answers,
              listing,
              from: this.from,
              firstDay: this.firstDay,
              problems: this.problems,
              page: (from) => this.#page(later, from),
            })),
        calendarFailed: this.#later.failed,
        retry: this.#retrySlots,
      }),
      changeService: this.#chosenHere && this.#callbackServices.length > 1 ? this.#changeService : undefined,
      submit: this.#onSubmit,
      input: this.#onInput,
      phoneBlur: this.#onPhoneBlur,
    });
  }

  /** Before the later steps have come: that the one the citizen asked for could not be fetched, if so. */
  #laterFailedNotice(view: CallbackView, retry: () => void): TemplateResult | typeof nothing {
    return this.failure ? unreachableNotice(view, 'book-callback', retry) : nothing;
  }

  #retryCancelForm = async (): Promise<void> => {
    // To the form when it has come; else back to the summary, so that the failure is read again.
    this.#focusNext = (await this.#laterSteps()) ? 'cb-cancel-title' : 'cb-error-summary';
    this.requestUpdate();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-callback-request': CivicCallbackRequest;
  }
}
