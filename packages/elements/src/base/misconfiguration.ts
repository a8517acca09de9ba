/**
 * Misconfiguration: loud for the page's developer, kind to the citizen.
 *
 * A key the contact centre refuses (wrong, revoked, or used from an origin it does not
 * allow), an `api-base` or `site-key` the SDK cannot use, an `api-base` where no contact
 * centre answers (its catalogue is a 404, or not JSON), an element with no connection at
 * all, or a `service` the catalogue does not have is the page's mistake: neither the
 * citizen nor the network can mend it. Each such problem is
 *
 * - told to the developer once per page in the console, however many elements meet it, in
 *   the contact centre's own words when it explained the fix (its problem `detail`), else
 *   in ours (misconfiguration-report.ts, a chunk fetched only when a problem is met);
 * - reported to the page by each element once, as a `civic-error` of kind `configuration`;
 * - shown to the citizen, in place of the element's form, as whom to contact instead: the
 *   ministry's phone and email from its catalogue, or from the refusal's `contact`. An
 *   unknown `service` is the exception: the element lets the citizen choose one.
 *
 * @module
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ProblemContact, Service } from '@civic-contact/contract';
import { isCivicContactError, isConfigurationError, isNotFoundError, isResponseShapeError } from '@civic-contact/sdk';
import type { CatalogueState } from '../context/contexts.ts';
import { CivicErrorEvent, type CivicErrorOperation } from '../events/civic-error-event.ts';
import { asError } from '../shared/failure.ts';
import type { View } from '../shared/view.ts';
import { ElementConfigurationError, isConfigurationFailure, NO_CONNECTION } from './error-kind.ts';
import { OnDemand } from './on-demand.ts';

// The words for a page set up wrongly (the developer's: what is wrong and the fix; the
// citizen's: whom to contact instead) are needed only there: a chunk of their own, fetched
// when a problem is met.
const loadReport = () => import('./misconfiguration-report.ts');
type Report = Awaited<ReturnType<typeof loadReport>>;

/** Where an element connects, and whose attributes say so. */
export interface ConnectionSource {
  apiBase: string;
  siteKey: string;
  /** The tag whose `api-base` and `site-key` these are: the element's own, or `civic-contact-provider`. */
  owner: string;
}

/** What the controller needs from its element. */
export interface MisconfigurationOptions {
  /** Where the element connects (read when a problem is met). */
  source(): ConnectionSource;
  /** The ministry and its services as they load: the provider's, or the element's own. */
  catalogue(): CatalogueState;
  /** The element's wording (the ministry's own for an id, else the shipped string). */
  view(): View;
}

/** Whom the citizen can contact instead. */
export type Contact = Pick<ProblemContact, 'phone' | 'email'>;

/**
 * The catalogue's address answered, but not as a contact centre: 404, or not JSON (a site's
 * own page). `api-base` points elsewhere, typically written without `https://`, which makes
 * it a path of the page's own site: a configuration failure. (A catalogue of another shape is
 * a contact centre of another version.)
 */
function notAContactCentre(error: Error): boolean {
  return isNotFoundError(error) || (isResponseShapeError(error) && error.issues.length === 0);
}

/**
 * Holds an element's configuration failure: tells it (see the module) and renders the
 * notice the citizen sees in place of the form while it stands.
 */
export class Misconfiguration implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };
  readonly #options: MisconfigurationOptions;
  /** The failure shown in place of the element's content. */
  #shown: Error | undefined;
  /** Failures this element has met already. */
  readonly #seen = new WeakSet<Error>();
  /** Problems this element has reported as `civic-error` already. */
  readonly #reported = new Set<string>();
  /** The unknown `service` last reported, with the catalogue it was checked against. */
  #unknownService = '';
  #focusNext = false;
  /** The catalogue state last looked at. */
  #catalogue: CatalogueState | undefined;
  readonly #report: OnDemand<Report>;

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }, options: MisconfigurationOptions) {
    this.#host = host;
    this.#options = options;
    this.#report = new OnDemand(host, loadReport);
    host.addController(this);
  }

  /** A catalogue that cannot load because of the page's mistake is the first place it shows. */
  hostUpdate(): void {
    const catalogue = this.#options.catalogue();
    if (catalogue === this.#catalogue) return;
    this.#catalogue = catalogue;
    if (catalogue.status === 'error') {
      this.take(catalogue.error, isConfigurationError(catalogue.error) ? 'configure' : 'load-catalogue');
    } else if (catalogue.status !== 'idle') {
      // Connecting anew, with another key or address.
      this.clear();
    }
  }

  hostUpdated(): void {
    if (!this.#focusNext) return;
    this.#focusNext = false;
    this.#host.renderRoot.querySelector<HTMLElement>('#civic-unavailable')?.focus();
  }

  /**
   * Takes a failure the element met. A configuration failure is told (see the module) and
   * shown in place of the element's content: the answer is true, and the element has
   * nothing more to do. Any other failure is the element's to show: false.
   *
   * When the citizen was using the element (focus is inside it), focus moves to the notice
   * that replaces what they were using; otherwise it stays where it is.
   */
  take(error: unknown, operation: CivicErrorOperation): boolean {
    const failure = asError(error);
    if (!isConfigurationFailure(failure) && !(operation === 'load-catalogue' && notAContactCentre(failure))) return false;
    this.#tell(failure, operation);
    if (this.#shown !== failure) {
      this.#shown = failure;
      this.#focusNext ||= this.#host.matches(':focus-within');
      this.#host.requestUpdate();
    }
    return true;
  }

  /** The element has no client for `operation`: told and shown like a refused key. */
  noConnection(operation: CivicErrorOperation): void {
    this.take(new ElementConfigurationError('', { cause: NO_CONNECTION }), operation);
  }

  /**
   * The element met `failure`: told once, however often it is taken, and the page hears it
   * once per element and problem (not again when the catalogue reloads for another language).
   */
  #tell(failure: Error, operation: CivicErrorOperation): void {
    if (this.#seen.has(failure)) return;
    this.#seen.add(failure);
    this.#announce(
      operation,
      (report) => {
        const { error, problem } = report.explain(failure, { ...this.#options.source(), tag: this.#host.localName });
        if (this.#reported.has(problem)) return undefined;
        this.#reported.add(problem);
        return error;
      },
      failure,
    );
  }

  /**
   * Tells the developer and the page, when the words for it have come: `words` tells the
   * console and gives the error the page hears (none: nothing new). Should the words not come
   * (the connection dropped as well), the page still hears `fallback`.
   */
  #announce(operation: CivicErrorOperation, words: (report: Report) => Error | undefined, fallback: Error): void {
    const report = (error: Error) => this.#host.dispatchEvent(new CivicErrorEvent(error, operation, 'configuration'));
    this.#report.load().then(
      (loaded) => {
        const error = words(loaded);
        if (error) report(error);
      },
      () => report(fallback),
    );
  }

  /** Forgets the failure shown: the element connects anew (another key or address). */
  clear(): void {
    if (!this.#shown) return;
    this.#shown = undefined;
    this.#host.requestUpdate();
  }

  /**
   * Checks the page's `service` attribute against the loaded catalogue. One the catalogue
   * does not have is told like any other misconfiguration, once per element for each service
   * and catalogue; the citizen is not stopped: the element asks them instead.
   *
   * @param usable - the services the element could use, named in the warning.
   */
  checkService(service: string, usable: readonly Service[]): void {
    const catalogue = this.#options.catalogue();
    if (!service || catalogue.status !== 'ready' || catalogue.catalogue.services.some((candidate) => candidate.id === service)) return;
    const ministry = catalogue.catalogue.ministry.id;
    const known = usable.map((candidate) => candidate.id);
    const checked = `${service}\n${ministry}\n${known.join()}`;
    if (this.#unknownService === checked) return;
    this.#unknownService = checked;
    const tag = this.#host.localName;
    this.#announce(
      'configure',
      (report) => report.unknownService({ tag, service, ministry, known }),
      new ElementConfigurationError(`<${tag}> service="${service}" is not a service of the ministry "${ministry}".`),
    );
  }

  /**
   * The notice shown in place of the element's content while a configuration failure stands.
   * Its words come with the developer's (misconfiguration-report.ts), fetched as the problem
   * is met; until they have come, the box is empty (and busy), so that the element's form is
   * never shown meanwhile, and focus, moved to the box, stays there when they come.
   */
  notice(): TemplateResult | undefined {
    const failure = this.#shown;
    if (!failure) return undefined;
    const report = this.#report.module;
    // As the widgets' error summaries: the box takes focus when it replaces what the citizen was using, the alert inside it is read out.
    return html`<div id="civic-unavailable" class="inset" part="unavailable" tabindex="-1" aria-busy=${report ? 'false' : 'true'}>
      ${report?.unavailable(this.#options.view(), this.#contact(failure))}
    </div>`;
  }

  /** Whom the citizen can contact instead: the ministry of the loaded catalogue, else the one the refusal named. */
  #contact(failure: Error): Contact | undefined {
    const catalogue = this.#options.catalogue();
    if (catalogue.status === 'ready') return catalogue.catalogue.ministry.contact;
    return isCivicContactError(failure) ? failure.problem?.contact : undefined;
  }
}
