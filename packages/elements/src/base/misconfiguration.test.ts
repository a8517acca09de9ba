/**
 * Misconfiguration, as every element meets it: a wrong, revoked or wrong-origin key, a
 * malformed `api-base`, an unknown `service`. The developer reads the fix once in the
 * console; the page hears a `civic-error` of kind `configuration`; the citizen is told whom
 * to call, never to check their internet connection.
 */
import { expect } from 'chai';
import { html, type TemplateResult } from 'lit';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import { createHttpApp } from '@civic-contact/http';
import '../provider/provider.ts';
import '../complaint-form/complaint-form.ts';
import '../ticket-status/ticket-status.ts';
import '../callback-request/callback-request.ts';
import '../faq-search/faq-search.ts';
import '../service-dashboard/service-dashboard.ts';
import { templates as sharedArabic } from '../i18n/locales/ar/shared.ts';
import { arabicOf, expectAccessible, expectArabicForEveryString, place, recordErrors, until } from '../test-support/fixtures.ts';

const TAGS = ['civic-complaint-form', 'civic-ticket-status', 'civic-callback-request', 'civic-faq-search', 'civic-service-dashboard'] as const;
type Tag = (typeof TAGS)[number];
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The health ministry's site: the only origin its live key allows. */
const HEALTH_SITE = 'https://health.example.gov';
/** The page the tests pretend to be: another ministry's site. */
const NEWS_PAGE = 'https://news.example';
const HEALTH_PHONE = '+1 758-555-0311';
const HEALTH_EMAIL = 'contact@health.example.gov';
const NOT_HERE = 'This service is not available on this page.';

/** Words that would send the citizen to check their connection: never shown for a misconfiguration. */
const NETWORK_WORDING = /internet|connection|network|try again/i;

/** The `[civic-contact]` lines written to the console during each test of the enclosing `describe`. */
function recordWarnings(): string[] {
  const warnings: string[] = [];
  let original: typeof console.warn;
  beforeEach(() => {
    warnings.length = 0;
    original = console.warn;
    console.warn = (...args: unknown[]) => {
      const line = args.map(String).join(' ');
      if (line.startsWith('[civic-contact]')) warnings.push(line);
      else original.apply(console, args);
    };
  });
  afterEach(() => {
    console.warn = original;
  });
  return warnings;
}

/**
 * Waits until the developer and the page have been told: the words come in a chunk fetched
 * when the problem is met, a moment after the citizen's notice. Then a little longer, so
 * that anything told twice would show.
 */
async function untilTold(warnings: string[], errors: unknown[], count: { warnings: number; errors: number }): Promise<void> {
  await until(() => warnings.length >= count.warnings && errors.length >= count.errors, `${count.warnings} warning(s) and ${count.errors} civic-error(s)`);
  await new Promise((resolve) => setTimeout(resolve, 50));
}

let counter = 0;
/** A new live key of the health ministry, allowed only on the health site: each test meets its own problem. */
async function healthSiteKey(mock: MockContactCentre): Promise<string> {
  counter += 1;
  const key = `pk_live_${counter}${'x'.repeat(20)}`;
  await mock.storage.transaction((tx) =>
    tx.upsertSiteKey({ id: `key_test_${counter}`, key, ministryId: 'health', allowedOrigins: [HEALTH_SITE], createdAt: new Date().toISOString(), revokedAt: null }),
  );
  return key;
}

/**
 * The contact centre as a page on another origin meets it: the same HTTP binding as the
 * mock and the server, with every request coming from `NEWS_PAGE` (a browser sets the
 * `Origin` header itself; a script cannot).
 */
function fromNewsPage(mock: MockContactCentre): typeof globalThis.fetch {
  const app = createHttpApp({ centre: mock.centre, requestOrigin: () => NEWS_PAGE });
  return async (input, init) => app.fetch(new Request(input, init));
}

function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function noticeOf(el: Widget): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="unavailable"]');
}

/** The notice, once its words have come (they are fetched as the problem is met). */
async function untilNotice(el: Widget): Promise<HTMLElement> {
  await until(() => noticeOf(el)?.querySelector('[role="alert"]') != null, `the notice in <${el.localName}>`);
  await el.updateComplete;
  return noticeOf(el)!;
}

function widget(tag: Tag, attributes: Record<string, string>, fetch: typeof globalThis.fetch): TemplateResult {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  (el as unknown as { fetch: typeof globalThis.fetch }).fetch = fetch;
  return html`${el}`;
}

describe('misconfiguration', function () {
  this.timeout(20_000);
  let mock: MockContactCentre;
  const warnings = recordWarnings();
  const errors = recordErrors();

  before(async () => {
    mock = await createMockContactCentre();
  });

  for (const tag of TAGS) {
    it(`<${tag}> with a key its origin does not allow tells the citizen to call the ministry, and the developer the fix, once`, async () => {
      const key = await healthSiteKey(mock);
      const root = place(widget(tag, { 'api-base': mock.baseUrl, 'site-key': key, lang: 'en' }, fromNewsPage(mock)));
      const el = root.querySelector<Widget>(tag)!;
      const notice = await untilNotice(el);

      expect(textOf(notice)).to.equal(`${NOT_HERE} Call ${HEALTH_PHONE} or email ${HEALTH_EMAIL}.`);
      expect(textOf(notice)).to.not.match(NETWORK_WORDING);
      const links = [...notice.querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(links).to.deep.equal(['tel:+17585550311', `mailto:${HEALTH_EMAIL}`]);
      expect(el.shadowRoot!.querySelector('form'), 'no form to fill in').to.equal(null);
      // Shown as the page loads: focus stays where the citizen has it.
      expect(el.shadowRoot!.activeElement).to.equal(null);
      await expectAccessible(el, 'not available here');

      await untilTold(warnings, errors, { warnings: 1, errors: 1 });
      expect(warnings).to.deep.equal([
        `[civic-contact] <${tag}> cannot use the contact centre at ${mock.baseUrl}/ (HTTP 403): The site key ${key.slice(0, 12)}… of the ministry "health" may not be used from ${NEWS_PAGE}: the key does not allow that origin. Create a key for this origin: civic-contact-server keys create --ministry health --origin ${NEWS_PAGE}, and use it as the site key on that site.`,
      ]);
      expect(errors.map((event) => [event.kind, event.operation, event.error.name])).to.deep.equal([['configuration', 'load-catalogue', 'ForbiddenError']]);
      // Later renders report nothing new.
      el.setAttribute('lang', 'fr');
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).to.have.length(1);
      expect(warnings).to.have.length(1);
    });
  }

  it('two elements on one page with the same unknown key warn once between them, each reports it, and neither talks of the network', async () => {
    const key = `pk_live_nosuchkey${++counter}`;
    const root = place(html`${widget('civic-complaint-form', { 'api-base': mock.baseUrl, 'site-key': key }, mock.fetch)}
    ${widget('civic-ticket-status', { 'api-base': mock.baseUrl, 'site-key': key }, mock.fetch)}`);
    const form = root.querySelector<Widget>('civic-complaint-form')!;
    const status = root.querySelector<Widget>('civic-ticket-status')!;
    for (const el of [form, status]) {
      // A 401 names no ministry: the citizen is pointed to its other ways, without invented details.
      expect(textOf(await untilNotice(el))).to.equal(`${NOT_HERE} Contact the ministry another way, such as by phone or email.`);
    }
    await untilTold(warnings, errors, { warnings: 1, errors: 2 });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[civic-contact\] <civic-complaint-form> cannot use the contact centre at .* \(HTTP 401\): The site key pk_live_nosu… is not known to this contact centre: check it against the one issued for this site\.$/);
    expect(errors.map((event) => [(event.target as Element).localName, event.kind])).to.deep.equal([
      ['civic-complaint-form', 'configuration'],
      ['civic-ticket-status', 'configuration'],
    ]);
    await expectAccessible(status, 'not available here, with a help slot');
  });

  it('under a provider, every element shows the notice and reports it; the console hears it once', async () => {
    const key = `pk_live_nosuchkey${++counter}`;
    const root = place(html`<civic-contact-provider api-base=${mock.baseUrl} site-key=${key} .fetch=${mock.fetch}>
      <civic-faq-search></civic-faq-search>
      <civic-callback-request></civic-callback-request>
    </civic-contact-provider>`);
    for (const tag of ['civic-faq-search', 'civic-callback-request']) await untilNotice(root.querySelector<Widget>(tag)!);
    await untilTold(warnings, errors, { warnings: 1, errors: 3 });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/Fix|check it against/);
    expect(errors.map((event) => [(event.target as Element).localName, event.kind]).sort()).to.deep.equal([
      ['civic-callback-request', 'configuration'],
      ['civic-contact-provider', 'configuration'],
      ['civic-faq-search', 'configuration'],
    ]);
  });

  it('a malformed api-base is warned once, saying what was given and what is expected', async () => {
    const root = place(html`${widget('civic-ticket-status', { 'api-base': 'ftp://contact.gov.example', 'site-key': 'pk_live_any' }, mock.fetch)}
    ${widget('civic-faq-search', { 'api-base': 'ftp://contact.gov.example', 'site-key': 'pk_live_any' }, mock.fetch)}`);
    for (const tag of ['civic-ticket-status', 'civic-faq-search']) {
      expect(textOf(await untilNotice(root.querySelector<Widget>(tag)!))).to.not.match(NETWORK_WORDING);
    }
    await untilTold(warnings, errors, { warnings: 1, errors: 2 });
    expect(warnings).to.deep.equal([
      '[civic-contact] <civic-ticket-status> cannot reach a contact centre: api-base="ftp://contact.gov.example" uses ftp: where https: is expected. Fix: set api-base on <civic-ticket-status> to the address of the contact-centre API, such as "https://contact.gov.example" (or a path of this site, such as "/contact-api/").',
    ]);
    expect(errors.map((event) => [event.kind, event.operation, event.error.name])).to.deep.equal([
      ['configuration', 'configure', 'ConfigurationError'],
      ['configuration', 'configure', 'ConfigurationError'],
    ]);
  });

  it('an api-base without https:// (a path of the page’s own site, which answers 404) is told as such, not as a network failure', async () => {
    // The page's own site: no contact centre there.
    const site: typeof globalThis.fetch = async () => new Response('<h1>Not found</h1>', { status: 404, headers: { 'Content-Type': 'text/html' } });
    const root = place(widget('civic-faq-search', { 'api-base': 'contact.gov.example', 'site-key': mock.keys.site['health']! }, site));
    const el = root.querySelector<Widget>('civic-faq-search')!;
    expect(textOf(await untilNotice(el))).to.not.match(NETWORK_WORDING);
    const services = new URL('contact.gov.example/v1/services', document.baseURI).href;
    await untilTold(warnings, errors, { warnings: 1, errors: 1 });
    expect(warnings).to.deep.equal([
      `[civic-contact] <civic-faq-search> cannot use the contact centre at ${new URL('contact.gov.example', document.baseURI).href}: ${services} answered 404 Not Found, so api-base="contact.gov.example" is not the address of a contact-centre API. Fix: set api-base on <civic-faq-search> to the contact centre's address, in full, such as "https://contact.gov.example".`,
    ]);
    expect(errors.map((event) => [event.kind, event.operation, event.error.name, (event.error.cause as Error).name])).to.deep.equal([
      ['configuration', 'load-catalogue', 'ElementConfigurationError', 'NotFoundError'],
    ]);
  });

  for (const tag of ['civic-complaint-form', 'civic-callback-request'] as const) {
    it(`<${tag}> with a service the ministry does not have warns once, naming the services it has, and lets the citizen choose`, async () => {
      const root = place(widget(tag, { 'api-base': mock.baseUrl, 'site-key': mock.keys.site['health']!, service: 'road-defects' }, mock.fetch));
      const el = root.querySelector<Widget>(tag)!;
      await until(() => el.shadowRoot!.querySelector('[part~="service-picker"]') !== null, 'the service picker');
      // The complaint form takes any service; callbacks are not offered about environmental concerns.
      const known =
        tag === 'civic-complaint-form'
          ? 'health-clinic-services, health-hospital-waiting-times, health-vaccination, health-card, health-environmental-concern, health-urgent-care'
          : 'health-clinic-services, health-hospital-waiting-times, health-vaccination, health-card, health-urgent-care';
      await untilTold(warnings, errors, { warnings: 1, errors: 1 });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.equal(
        `[civic-contact] <${tag}> service="road-defects" is not a service of the ministry "health" that this element can use: use one of ${known}, or leave service out to let the citizen choose.`,
      );
      el.setAttribute('lang', 'ar');
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors.map((event) => [event.kind, event.operation])).to.deep.equal([['configuration', 'configure']]);
      expect(warnings).to.have.length(1);
      await expectAccessible(el, 'picker after an unknown service');
    });
  }

  it('a key revoked during the session: the next request shows the ministry’s phone from the catalogue, focused, and warns once', async () => {
    const key = await healthSiteKey(mock);
    const root = place(widget('civic-ticket-status', { 'api-base': mock.baseUrl, 'site-key': key, lang: 'en' }, mock.fetch));
    const el = root.querySelector<Widget>('civic-ticket-status')!;
    await until(() => el.shadowRoot!.querySelector('#reference-hint')?.textContent?.includes('MOH-') === true, 'the form with the catalogue');
    await mock.storage.transaction(async (tx) => {
      const record = (await tx.findSiteKey(key))!;
      await tx.upsertSiteKey({ ...record, revokedAt: new Date().toISOString() });
    });
    const shadow = el.shadowRoot!;
    shadow.querySelector<HTMLInputElement>('#reference')!.value = 'MOH-7K3D-9QX6';
    shadow.querySelector<HTMLInputElement>('#reference')!.dispatchEvent(new InputEvent('input'));
    shadow.querySelector<HTMLInputElement>('#verifier')!.value = 'ana@example.com';
    shadow.querySelector<HTMLInputElement>('#verifier')!.dispatchEvent(new InputEvent('input'));
    shadow.querySelector<HTMLButtonElement>('#submit')!.focus();
    shadow.querySelector<HTMLButtonElement>('#submit')!.click();
    const notice = await untilNotice(el);
    expect(textOf(notice)).to.equal(`${NOT_HERE} Call ${HEALTH_PHONE} or email ${HEALTH_EMAIL}.`);
    expect(shadow.activeElement?.id, 'focus moves to the notice that replaced the form').to.equal('civic-unavailable');
    await untilTold(warnings, errors, { warnings: 1, errors: 1 });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`was revoked on ${new Date().toISOString().slice(0, 10)} and no longer works`);
    expect(errors.map((event) => [event.kind, event.operation, event.error.name])).to.deep.equal([['configuration', 'lookup-ticket', 'AuthError']]);
  });

  it('speaks the citizen’s language, with the ministry’s phone and email still links', async () => {
    const key = await healthSiteKey(mock);
    const root = place(widget('civic-callback-request', { 'api-base': mock.baseUrl, 'site-key': key, lang: 'ar' }, fromNewsPage(mock)));
    const el = root.querySelector<Widget>('civic-callback-request')!;
    const { text } = arabicOf(sharedArabic);
    await until(() => textOf(noticeOf(el)).startsWith(text('shared.unavailable-here')), 'the Arabic notice');
    const notice = noticeOf(el)!;
    const [before, between, after] = text('shared.unavailable-call').split('…');
    expect(textOf(notice)).to.equal(`${text('shared.unavailable-here')} ${before}${HEALTH_PHONE}${between}${HEALTH_EMAIL}${after}`);
    expect([...notice.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('dir')])).to.deep.equal([
      [HEALTH_PHONE, 'ltr'],
      [HEALTH_EMAIL, 'ltr'],
    ]);
    await expectAccessible(el, 'not available here, in Arabic');
  });
});

describe('misconfiguration strings', () => {
  it('has an Arabic template for every string of the notice, with the same values', async () => {
    await expectArabicForEveryString({
      sources: ['/packages/elements/src/base/misconfiguration.ts', '/packages/elements/src/base/misconfiguration-report.ts'],
      prefix: 'shared',
      arabic: sharedArabic,
      own: {},
      minimum: 2,
    });
  });
});
