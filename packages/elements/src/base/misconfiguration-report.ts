/**
 * The words for a page set up wrongly (see misconfiguration.ts): the developer's, what is
 * wrong and the fix, told once per page in the console, and the error a `civic-error`
 * carries; and the citizen's, the notice of whom to contact instead. A chunk of its own,
 * fetched only when a problem is met: a page set up rightly never loads it.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { isCivicContactError, isConfigurationError, isNotFoundError, isResponseShapeError } from '@civic-contact/sdk';
import { telHref, type View } from '../shared/view.ts';
import { ElementConfigurationError, NO_CONNECTION } from './error-kind.ts';
import { heading } from './heading.ts';
import type { Contact } from './misconfiguration.ts';

/** What the citizen is told in place of the element (in misconfiguration.ts's box): it is not available here, and whom to contact instead. */
export function unavailable(view: View, contact: Contact | undefined): TemplateResult {
  const { m } = view;
  return html`<div role="alert">
    ${heading(view.level, m('shared.unavailable-here', 'This service is not available on this page.'))}
    <p>
      ${contact
        ? withLinks(m('shared.unavailable-call', str`Call ${contact.phone} or email ${contact.email}.`), contact)
        : m('shared.unavailable-elsewhere', 'Contact the ministry another way, such as by phone or email.')}
    </p>
  </div>`;
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

/** Where the element connects, and which element it is. */
export interface ReportContext {
  apiBase: string;
  siteKey: string;
  /** The tag whose `api-base` and `site-key` these are: the element's own, or `civic-contact-provider`. */
  owner: string;
  /** The element's own tag. */
  tag: string;
}

/** Problems already told in this page's console. */
const told = new Set<string>();

/** Tells the developer `text` once per page for `problem`, whichever element meets it first. */
function warnOnce(problem: string, text: string): void {
  if (told.has(problem)) return;
  told.add(problem);
  console.warn(`[civic-contact] ${text}`);
}

/** Failures already worded, with the error that says what is wrong (for several elements under one provider). */
const explained = new WeakMap<Error, Error>();

/**
 * Tells the developer what is wrong with `failure` and the fix, once per page, and returns
 * the error the page's `civic-error` carries — `failure` itself, or an
 * `ElementConfigurationError` saying what it means (caused by it) when it says nothing
 * useful alone: an element with no connection, an `api-base` that is no contact centre —
 * and the problem it is, the same for every failure that has the same cause and fix.
 */
export function explain(failure: Error, context: ReportContext): { error: Error; problem: string } {
  const error = explained.get(failure) ?? worded(failure, context);
  explained.set(failure, error);
  const { problem, text } = describe(error, context);
  warnOnce(problem, text);
  return { error, problem };
}

/** The warning for a `service` the ministry does not have; returns the error the page hears. */
export function unknownService(context: { tag: string; service: string; ministry: string; known: readonly string[] }): Error {
  const { tag, service, ministry, known } = context;
  const list = known.length > 0 ? `: use one of ${known.join(', ')}, or leave service out to let the citizen choose` : '';
  const text = `<${tag}> service="${service}" is not a service of the ministry "${ministry}" that this element can use${list}.`;
  warnOnce(text, text);
  return new ElementConfigurationError(text);
}

function worded(failure: Error, context: ReportContext): Error {
  const { apiBase, owner, tag } = context;
  if (failure instanceof ElementConfigurationError && failure.cause === NO_CONNECTION) {
    const fix =
      owner === 'civic-contact-provider'
        ? `its <civic-contact-provider> has no usable api-base and site-key. Fix: give the provider both`
        : `it has neither api-base and site-key nor a <civic-contact-provider> around it. Fix: give it api-base and site-key, or put it inside <civic-contact-provider api-base="…" site-key="…">`;
    return new ElementConfigurationError(`<${tag}> cannot reach a contact centre: ${fix}.`);
  }
  // Anything else but a catalogue that is no contact centre's says what is wrong by itself.
  if (!isNotFoundError(failure) && !isResponseShapeError(failure)) return failure;
  // The catalogue's address answered, but not as a contact centre: typically an api-base
  // written without https://, which makes it a path of the page's own site.
  const where = absolute(apiBase);
  const answer = isNotFoundError(failure) ? 'answered 404 Not Found' : 'answered with something other than JSON';
  return new ElementConfigurationError(
    `<${tag}> cannot use the contact centre at ${where}: ${where.replace(/\/*$/, '/')}v1/services ${answer}, so api-base="${apiBase}" is not the address of a contact-centre API. Fix: set api-base on <${owner}> to the contact centre's address, in full, such as "https://contact.gov.example".`,
    { cause: failure },
  );
}

/** The problem (what makes it the same for two elements) and what to tell the developer. */
function describe(failure: Error, context: ReportContext): { problem: string; text: string } {
  if (failure instanceof ElementConfigurationError) return { problem: failure.message, text: failure.message };
  const { apiBase, siteKey, owner } = context;
  const tag = `<${context.tag}>`;
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

