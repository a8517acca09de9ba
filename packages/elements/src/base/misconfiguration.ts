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
 *   in ours;
 * - reported to the page by each element once, as a `civic-error` of kind `configuration`;
 * - shown to the citizen, in place of the element's form, as whom to contact instead: the
 *   ministry's phone and email from its catalogue, or from the refusal's `contact`. An
 *   unknown `service` is the exception: the element lets the citizen choose one.
 *
 * @module
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ProblemContact, Service } from '@civic-contact/contract';
import { isCivicContactError, isConfigurationError, isNotFoundError, isResponseShapeError } from '@civic-contact/sdk';
import type { CatalogueState } from '../context/contexts.ts';
import { CivicErrorEvent, type CivicErrorOperation } from '../events/civic-error-event.ts';
import { asError } from '../shared/failure.ts';
import { telHref } from '../shared/view.ts';
import { ElementConfigurationError, isConfigurationFailure } from './error-kind.ts';

/** Problems already told in this page's console. */
const told = new Set<string>();

/** Tells the developer `text` once per page for `problem`, whichever element meets it first. */
function warnOnce(problem: string, text: string): void {
  if (told.has(problem)) return;
  told.add(problem);
  console.warn(`[civic-contact] ${text}`);
}

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
  /** The ministry's own wording for string `id`, else the shipped one. */
  t(id: string, shipped: string): string;
}

type Contact = Pick<ProblemContact, 'phone' | 'email'>;

/**
 * Holds an element's configuration failure: tells it (see the module) and renders the
 * notice the citizen sees in place of the form while it stands.
 */
export class Misconfiguration implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };
  readonly #options: MisconfigurationOptions;
  /** The failure shown in place of the element's content. */
  #shown: Error | undefined;
  /** Failures this element has reported as `civic-error` already. */
  readonly #reported = new WeakSet<Error>();
  /** The unknown `service` last reported, with the catalogue it was checked against. */
  #unknownService = '';
  #focusNext = false;
  /** Catalogue failures that tell of a wrong `api-base`, with the error that says so. */
  readonly #explained = new WeakMap<Error, ElementConfigurationError>();
  /** The catalogue state last looked at. */
  #catalogue: CatalogueState | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }, options: MisconfigurationOptions) {
    this.#host = host;
    this.#options = options;
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
    const failure = operation === 'load-catalogue' ? this.#notAContactCentre(asError(error)) : asError(error);
    if (!isConfigurationFailure(failure)) return false;
    const { problem, text } = this.#describe(failure);
    warnOnce(problem, text);
    if (!this.#reported.has(failure)) {
      this.#reported.add(failure);
      this.#host.dispatchEvent(new CivicErrorEvent(failure, operation, 'configuration'));
    }
    if (this.#shown !== failure) {
      this.#shown = failure;
      this.#focusNext ||= this.#host.matches(':focus-within');
      this.#host.requestUpdate();
    }
    return true;
  }

  /** The element has no client for `operation`: told and shown like a refused key. */
  noConnection(operation: CivicErrorOperation): void {
    const { owner } = this.#options.source();
    const tag = `<${this.#host.localName}>`;
    const fix =
      owner === 'civic-contact-provider'
        ? `its <civic-contact-provider> has no usable api-base and site-key. Fix: give the provider both`
        : `it has neither api-base and site-key nor a <civic-contact-provider> around it. Fix: give it api-base and site-key, or put it inside <civic-contact-provider api-base="…" site-key="…">`;
    this.take(new ElementConfigurationError(`${tag} cannot reach a contact centre: ${fix}.`), operation);
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
    const ministryId = catalogue.catalogue.ministry.id;
    const known = usable.map((candidate) => candidate.id);
    const checked = `${service}\n${ministryId}\n${known.join()}`;
    if (this.#unknownService === checked) return;
    this.#unknownService = checked;
    const list = known.length > 0 ? `: use one of ${known.join(', ')}, or leave service out to let the citizen choose` : '';
    const text = `<${this.#host.localName}> service="${service}" is not a service of the ministry "${ministryId}" that this element can use${list}.`;
    warnOnce(text, text);
    this.#host.dispatchEvent(new CivicErrorEvent(new ElementConfigurationError(text), 'configure', 'configuration'));
  }

  /** The notice shown in place of the element's content while a configuration failure stands. */
  notice(): TemplateResult | undefined {
    const failure = this.#shown;
    if (!failure) return undefined;
    const { t } = this.#options;
    const contact = this.#contact(failure);
    // As the widgets' error summaries: the box takes focus when it replaces what the citizen was using, the alert inside it is read out.
    return html`<div id="civic-unavailable" class="inset" part="unavailable" tabindex="-1">
      <div role="alert">
        <h2>${t('shared.unavailable-here', msg('This service is not available on this page.', { id: 'shared.unavailable-here' }))}</h2>
        <p>
          ${contact
            ? withLinks(t('shared.unavailable-call', msg(str`Call ${contact.phone} or email ${contact.email}.`, { id: 'shared.unavailable-call' })), contact)
            : t('shared.unavailable-elsewhere', msg('Contact the ministry another way, such as by phone or email.', { id: 'shared.unavailable-elsewhere' }))}
        </p>
      </div>
    </div>`;
  }

  /**
   * The catalogue's address answered, but not as a contact centre: 404, or not JSON (a
   * site's own page). `api-base` points elsewhere, typically written
   * without `https://`, which makes it a path of the page's own site: a configuration
   * failure, which the answer is. Any other error is answered as it is.
   */
  #notAContactCentre(error: Error): Error {
    // A catalogue of another shape is a contact centre of another version; no JSON at all is not one.
    const notJson = isResponseShapeError(error) && error.issues.length === 0;
    if (!isNotFoundError(error) && !notJson) return error;
    const known = this.#explained.get(error);
    if (known) return known;
    const { apiBase, owner } = this.#options.source();
    const where = absolute(apiBase);
    const answer = isNotFoundError(error) ? 'answered 404 Not Found' : 'answered with something other than JSON';
    const explained = new ElementConfigurationError(
      `<${this.#host.localName}> cannot use the contact centre at ${where}: ${where.replace(/\/*$/, '/')}v1/services ${answer}, so api-base="${apiBase}" is not the address of a contact-centre API. Fix: set api-base on <${owner}> to the contact centre's address, in full, such as "https://contact.gov.example".`,
      { cause: error },
    );
    this.#explained.set(error, explained);
    return explained;
  }

  /** Whom the citizen can contact instead: the ministry of the loaded catalogue, else the one the refusal named. */
  #contact(failure: Error): Contact | undefined {
    const catalogue = this.#options.catalogue();
    if (catalogue.status === 'ready') return catalogue.catalogue.ministry.contact;
    return isCivicContactError(failure) ? failure.problem?.contact : undefined;
  }

  /** The problem (what makes it the same for two elements) and what to tell the developer. */
  #describe(failure: Error): { problem: string; text: string } {
    if (failure instanceof ElementConfigurationError) return { problem: failure.message, text: failure.message };
    const { apiBase, siteKey, owner } = this.#options.source();
    const tag = `<${this.#host.localName}>`;
    const where = `${tag} cannot use the contact centre at ${absolute(apiBase)}`;
    if (isConfigurationError(failure)) {
      const wrong = apiBaseProblem(apiBase);
      const text = wrong
        ? `${tag} cannot reach a contact centre: api-base="${apiBase}" ${wrong}. Fix: set api-base on <${owner}> to the address of the contact-centre API, such as "https://contact.gov.example" (or a path of this site, such as "/contact-api/").`
        : `${where}: ${failure.message} Fix: check site-key on <${owner}>.`;
      return { problem: `${apiBase}\n${siteKey}\n${failure.message}`, text };
    }
    const status = isCivicContactError(failure) ? failure.status : undefined;
    const detail = isCivicContactError(failure) ? failure.problem?.detail : undefined;
    const own =
      status === 403
        ? `it refuses the site key ${keyHint(siteKey)} on this page. Fix: use a key whose allowed origins include ${globalThis.location?.origin ?? 'this page’s origin'}.`
        : `it does not accept the site key ${keyHint(siteKey)}. Fix: check site-key on <${owner}> against the key issued for this site; a revoked key must be replaced.`;
    return { problem: `${status}\n${apiBase}\n${siteKey}\n${detail ?? ''}`, text: `${where} (HTTP ${status}): ${detail ?? own}` };
  }
}

/** What is wrong with an `api-base` the SDK refused, in the words of the attribute; undefined when it looks usable. */
function apiBaseProblem(value: string): string | undefined {
  if (!value.trim()) return 'is empty';
  let url: URL;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    return 'is not a web address';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `uses ${url.protocol} where https: is expected`;
  if (url.search || url.hash || url.username || url.password) return 'carries a query, a fragment or credentials';
  return undefined;
}

function absolute(apiBase: string): string {
  try {
    return new URL(apiBase, document.baseURI).href;
  } catch {
    return apiBase;
  }
}

/** A publishable key by its first characters, as the contact centre names it. */
function keyHint(key: string): string {
  return key.length > 12 ? `${key.slice(0, 12)}…` : key;
}

/** `text` with the phone number and email address in it as links (a ministry's own wording may leave either out). */
function withLinks(text: string, contact: Contact): TemplateResult {
  const links = [
    { value: contact.phone, href: telHref(contact.phone) },
    { value: contact.email, href: `mailto:${contact.email}` },
  ];
  const parts: Array<string | TemplateResult> = [];
  let rest = text;
  for (;;) {
    const next = links
      .map((link) => ({ link, at: rest.indexOf(link.value) }))
      .filter(({ link, at }) => link.value !== '' && at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    if (!next) break;
    parts.push(rest.slice(0, next.at), html`<a href=${next.link.href} dir="ltr">${next.link.value}</a>`);
    rest = rest.slice(next.at + next.link.value.length);
    links.splice(links.indexOf(next.link), 1);
  }
  parts.push(rest);
  return html`${parts}`;
}
