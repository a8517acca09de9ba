import { html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Ticket } from '@civic-contact/contract';
import { isValidationError, TicketLookupResource } from '@civic-contact/sdk';
import { CivicElement } from '../base/civic-element.ts';
import { OnDemand } from '../base/on-demand.ts';
import { Task } from '../base/task.ts';
import { CivicErrorEvent } from '../events/civic-error-event.ts';
import { CivicStatusLoadedEvent } from '../events/civic-status-loaded-event.ts';
import { asError, failureOf, type Failure } from '../shared/failure.ts';
import { formView } from './form-view.ts';
import { checkFields, refusedFields, type FieldName, type FieldProblem } from './model.ts';
import { ticketStatusStyles } from './ticket-status.styles.ts';

// At module level: TypeScript rewrites `.ts` to `.js` in an import() it meets there, not in
// one inside a field initialiser (which its legacy decorators move into the constructor).
const loadLater = () => import('./later.ts');

/**
 * Lets a citizen see what has happened to their complaint: they enter its reference and
 * the email address or phone number they gave when filing, and see its status in plain
 * words, the date a reply is expected, and the public timeline, newest first.
 *
 * The reference is checked with its check character before anything is sent, and a
 * mistyped one is refused with the character that looks wrong. "Not found" never says
 * whether the reference exists. Dates and times are the ministry's, its time zone named
 * ("8:00 AM (Atlantic Time)"), as the callback request shows its times, whatever the
 * browser's zone. Inside a `<civic-contact-provider>` it uses the shared client and locale;
 * on its own it takes `api-base` and `site-key`.
 *
 * ```html
 * <civic-ticket-status reference="MOT-7K3D-9QX6"></civic-ticket-status>
 * ```
 *
 * @slot help - The ministry's own contact details or help, shown below the form and the result.
 *
 * @fires civic-step - It moved to another step (`event.step`: `form`, the lookup form; `result`, the complaint found), with the step's heading (`event.title`, e.g. "Complaint MOT-7K3D-9QX6").
 * @fires civic-status-loaded - A ticket was found and is shown (`event.ticket`).
 * @fires civic-error - A lookup failed (`event.error`; `event.operation` is `lookup-ticket`, or `rate-ticket` when the citizen's answer to "How satisfied are you with how this was handled?" could not be sent; `event.kind` is `not-found`, `rate-limited`, `validation`, `network` or `server`), or the page set the element up wrongly (`event.kind` is `configuration`: a key the contact centre refuses, an unusable `api-base` or `site-key`, no connection; `event.operation` is `configure`, `load-catalogue` or `lookup-ticket`), which the console explains once and the citizen sees as whom to contact instead. A reference refused before sending fires nothing.
 *
 * @csspart base - The element's root container (carries `lang` and `dir`).
 * @csspart form - The lookup form.
 * @csspart reference-input - The reference text box.
 * @csspart verifier-input - The email-or-phone text box.
 * @csspart submit-button - The "Check status" button.
 * @csspart error-summary - The box listing what is wrong, at the top.
 * @csspart error-message - The message at a text box that needs correcting.
 * @csspart retry-button - "Try again", after a network or server failure.
 * @csspart result - The found ticket: heading, status, dates and timeline.
 * @csspart status - The current status and what it means.
 * @csspart timeline - The list of public updates, newest first.
 * @csspart satisfaction - Under a resolved or closed complaint: "How satisfied are you with how this was handled?", or the answer given.
 * @csspart satisfaction-button - Sends the answer.
 * @csspart check-another-button - Goes back to an empty form.
 * @csspart help - Wraps the `help` slot.
 * @csspart unavailable - In place of the form when the page set the element up wrongly: "This service is not available on this page", and whom to contact.
 *
 * @cssprop [--civic-ticket-status-max-width=40rem] - Widest the element grows.
 * @cssprop [--civic-ticket-status-reference-width=20ch] - Width of the reference text box (never wider than the element).
 * @cssprop [--civic-ticket-status-status-background=var(--civic-color-surface-muted)] - Background of the current-status box.
 * @cssprop [--civic-ticket-status-status-border=var(--civic-color-primary)] - Accent line of the current-status box.
 * @cssprop [--civic-ticket-status-timeline-line=var(--civic-color-border-muted)] - Line joining the timeline entries.
 * @cssprop [--civic-ticket-status-timeline-marker=var(--civic-color-primary)] - Dot of each timeline entry.
 */
@customElement('civic-ticket-status')
export class CivicTicketStatus extends CivicElement {
  static override styles = ticketStatusStyles;

  /** A reference to pre-fill, e.g. from a link in the confirmation message. The citizen still gives the verifier. */
  @property() reference = '';

  /**
   * Pre-fill the reference from this query parameter of the page's address (e.g.
   * `reference-param="reference"` on `track.html?reference=MOT-…`), so a tracking page
   * needs no script of its own. Only the reference: the verifier never travels in a URL.
   */
  @property({ attribute: 'reference-param' }) referenceParam = '';

  /** What the citizen typed (the later chunk reads the verifier a found ticket is rated with). */
  @state() protected fields: Record<FieldName, string> = { reference: '', verifier: '' };
  @state() private problems: readonly FieldProblem[] = [];
  @state() private failure: Failure | undefined = undefined;

  /** The result (status, dates, timeline): fetched when the citizen starts on the form. */
  readonly #later = new OnDemand(this, loadLater, { startOnFocus: true });
  /** The lookup, and the ticket it found. */
  readonly #lookup = new Task<Ticket | undefined>(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('referenceParam') && this.referenceParam && !this.reference) {
      const fromUrl = new URLSearchParams(globalThis.location?.search ?? '').get(this.referenceParam);
      if (fromUrl) this.reference = fromUrl.trim().slice(0, 40);
    }
    if (changed.has('reference') && this.reference !== this.fields.reference) this.#clear(this.reference, this.fields.verifier);
  }

  protected override render(): TemplateResult {
    const ticket = this.#lookup.value;
    const later = this.#later.module;
    const view = this.view();
    return this.frame(
      html`${this.misconfiguration.notice() ??
        (ticket && later
          ? later.resultView(ticket, view, this, this.#onCheckAnother)
          : formView(
              view,
              {
                ...this.fields,
                problems: this.problems,
                failure: this.failure,
                busy: this.#lookup.pending,
                code: this.#ministryCode(),
                messages: later,
              },
              { input: this.#onInput, submit: this.#onSubmit, retry: this.#onRetry },
            ))}
        <div class="help" part="help"><slot name="help"></slot></div>`,
    );
  }

  #onInput = (field: FieldName, value: string): void => {
    this.fields = { ...this.fields, [field]: value };
  };

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#submit();
  };

  #onRetry = (): void => {
    // The summary, and this button with it, goes while the lookup runs: keep focus in the form.
    this.moveFocus.next('#submit');
    void this.#submit();
  };

  #onCheckAnother = (): void => {
    // Cleared, verifier too: the next person at a shared computer should not see it.
    this.#clear('', '');
    this.moveFocus.next('#reference');
  };

  /** Back to the form with these values, nothing looked up. */
  #clear(reference: string, verifier: string): void {
    this.#lookup.reset();
    this.announcer.clear();
    this.fields = { reference, verifier };
    this.problems = [];
    this.failure = undefined;
  }

  /** Checks the fields, then looks the ticket up; nothing is sent while a field is wrong. */
  async #submit(): Promise<void> {
    if (this.#lookup.pending) return;
    const checked = checkFields(this.fields.reference, this.fields.verifier, this.#ministryCode());
    this.failure = undefined;
    // The result's code, with the words for what is wrong: usually here already, fetched when focus entered the form.
    const later = this.#later.load().catch(() => undefined);
    if ('problems' in checked) {
      // Offline before the words could come: told as a contact centre out of reach, nothing typed lost.
      if (!(await later)) return this.#failed({ kind: 'unreachable' });
      this.problems = checked.problems;
      this.moveFocus.next('#error-summary');
      return;
    }
    this.problems = [];
    const { reference, verifier } = checked.lookup;
    this.fields = { ...this.fields, reference };
    const client = this.client;
    if (!client) {
      this.misconfiguration.noConnection('lookup-ticket');
      return;
    }
    const { m } = this.view();
    this.announcer.announce(m('ticket-status.checking', 'Checking your complaint…'));
    try {
      const ticket = await this.#lookup.run(async (signal) => {
        const found = await client.use(TicketLookupResource).get(reference, { verifier, signal });
        // Never a found complaint without the words to show it: wait for them.
        return (await later) ? found : undefined;
      });
      const shown = this.#later.module;
      if (!ticket || !shown) {
        // Offline since the lookup (the result's words could not come): told as such, with Try again, and nothing typed is lost.
        if (this.#lookup.status === 'complete') this.#failed({ kind: 'unreachable' });
        return;
      }
      this.announcer.announce(shown.foundText(ticket, this.view()));
      this.moveFocus.next('#result-heading');
      this.dispatchEvent(new CivicStatusLoadedEvent(ticket));
    } catch (error) {
      if (this.misconfiguration.take(error, 'lookup-ticket')) return this.announcer.clear();
      const problems = isValidationError(error) ? refusedFields(error.errors) : [];
      // The words for it come with the result's code; without it, the contact centre is out of reach.
      const failure = (await later) ? failureOf(error) : { kind: 'unreachable' as const };
      if (problems.length > 0 && this.#later.module) this.problems = problems;
      else this.failure = failure;
      this.#failed();
      this.dispatchEvent(new CivicErrorEvent(asError(error), 'lookup-ticket'));
    }
  }

  /** The summary says what went wrong: nothing more to announce, focus on it. */
  #failed(failure?: Failure): void {
    if (failure) this.failure = failure;
    this.announcer.clear();
    this.moveFocus.next('#error-summary');
  }

  #ministryCode(): string | undefined {
    return this.ministry?.code;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-ticket-status': CivicTicketStatus;
  }
}
