/**
 * The embed as a ministry really does it, in Chromium, with two origins on loopback: the
 * ministry's own site (origin A: hand-written pages under a strict CSP with Trusted Types,
 * naming only the contact centre) and the contact centre (origin B, behind a proxy that
 * counts what it really served). The key, the script tag and the import map come from the
 * CLI's `keys create`, as an operator hands them to the ministry.
 *
 * It proves that:
 * - with that one script tag (the versioned loader, its SRI hash, crossorigin), a citizen
 *   files a complaint with a photo, tracks it and searches the FAQs on origin A, with no CSP
 *   or Trusted Types violation, no page error and nothing axe-core objects to;
 * - the code comes brotli, readable by any origin and cached for good, so a second visit
 *   asks the contact centre for nothing but API calls: no code, no revalidation;
 * - a page with only `<civic-ticket-status>` downloads that element's chunks, no other's;
 * - an unknown key, or the ministry's key used from another origin, shows "This service is
 *   not available on this page." and one `[civic-contact]` warning;
 * - the integrity hashes are enforced: a wrong hash on the script tag runs no code, and a
 *   wrong hash for a chunk in the import map keeps that chunk out.
 *
 * The requests and bytes until the complaint form is usable, and on a second visit, are
 * printed and written to `.test-results/embed-figures.json`.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import type { Locator } from 'playwright-core';
import { agentTicket, axeViolations, BUNDLE, openPage, startSite, type Site, type WatchedPage } from './harness.ts';
import { checkStatus, complaintForm, confirmedReference, continueToCheck, faqSearch, fillRoadDefect, pothole, roadDefect, ticketStatus } from './citizen.ts';
import { createSiteKeyWithCli, startCountingProxy, startMinistrySite, type CountingProxy, type CreatedKey, type MinistrySite, type Served } from './two-origins.ts';

/** What the test reads of the build's `manifest.json`. */
interface Manifest {
  version: string;
  entry: string;
  elements: Record<string, string[]>;
  files: Record<string, { integrity: string }>;
}

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const NOT_AVAILABLE = 'This service is not available on this page.';
const RENEWAL = 'How do I renew my driving licence and how much does it cost?';

let site: Site;
let ministry: MinistrySite;
let proxy: CountingProxy;
let created: CreatedKey;
let manifest: Manifest;
/** Inline import maps the ministry's CSP allows, by hash. */
const importMapHashes: string[] = [];
/** The citizen's browser, kept from the complaint to its tracking and the second visit. */
let citizen: WatchedPage | undefined;
/** Console errors of the pages where every widget works (see the last test). */
const workingPageErrors: string[] = [];
/** What `.test-results/embed-figures.json` gets. */
const figures: Record<string, unknown> = {};

before(
  async () => {
    [proxy, ministry] = await Promise.all([startCountingProxy(), startMinistrySite(ministryHeaders)]);
    // The operator creates the ministry's key before the first start, for origin A, giving
    // the contact centre's address as the ministry's pages reach it: the proxy's.
    site = await startSite({
      prepareData: async (dataDir) => {
        created = await createSiteKeyWithCli({ dataDir, ministry: 'transport', origin: ministry.url, publicUrl: proxy.url });
      },
    });
    proxy.target = site.url;
    manifest = JSON.parse(readFileSync(join(BUNDLE, '../manifest.json'), 'utf8')) as Manifest;
    assert.ok(created.scriptTag.includes(`src="${proxy.url}/elements/${manifest.version}/${manifest.entry}"`), created.scriptTag);
    assert.ok(created.scriptTag.includes(`integrity="${manifest.files[manifest.entry]!.integrity}"`), created.scriptTag);

    const complaint = inProvider(`<civic-complaint-form service="transport-road-defects" track-url="track.html"></civic-complaint-form>`);
    ministry.pages.set('/complaint.html', ministryPage('Make a complaint', complaint));
    const standalone = `<civic-ticket-status api-base="${proxy.url}" site-key="${created.key}" reference-param="reference"></civic-ticket-status>`;
    ministry.pages.set('/track.html', ministryPage('Track a complaint', standalone));
    ministry.pages.set('/help.html', ministryPage('Help', inProvider('<civic-faq-search complaint-href="complaint.html"></civic-faq-search>')));

    // The complaint page with a key the contact centre never issued, and with the demo key,
    // which is the transport ministry's but allows no origin but the contact centre's own.
    ministry.pages.set('/unknown-key.html', ministryPage('Make a complaint', complaint.replace(created.key, 'pk_live_neverissued7k3d9qx6')));
    ministry.pages.set('/other-origin-key.html', ministryPage('Make a complaint', complaint.replace(created.key, 'pk_test_transport')));

    // Tampering, as the browser meets it: the script tag with another file's hash, and the
    // import map with the complaint form's chunk pinned to another chunk's hash.
    const [formChunk, statusChunk, runtime] = [
      manifest.elements['civic-complaint-form']!.find((chunk) => chunk.includes('complaint-form'))!,
      manifest.elements['civic-ticket-status']!.find((chunk) => chunk.includes('ticket-status'))!,
      manifest.elements['civic-complaint-form']!.find((chunk) => chunk.includes('runtime'))!,
    ];
    const hash = (file: string) => manifest.files[file]!.integrity;
    ministry.pages.set('/tampered-loader.html', ministryPage('Make a complaint', complaint, created.scriptTag.replace(hash(manifest.entry), hash(runtime))));
    importMapHashes.push(created.importMapHash);
    ministry.pages.set('/pinned.html', ministryPage('Make a complaint', complaint, `${created.importMap}\n${created.scriptTag}`));
    const tamperedMap = created.importMap.replace(hash(formChunk), hash(statusChunk));
    assert.notEqual(tamperedMap, created.importMap);
    importMapHashes.push(`sha256-${createHash('sha256').update(/^<script type="importmap">(.*)<\/script>$/.exec(tamperedMap)![1]!).digest('base64')}`);
    ministry.pages.set('/tampered-chunk.html', ministryPage('Make a complaint', complaint, `${tamperedMap}\n${created.scriptTag}`));
  },
  { timeout: 240_000 },
);

after(async () => {
  await citizen?.context.close();
  await site?.close();
  await Promise.all([proxy?.close(), ministry?.close()]);
  if (Object.keys(figures).length > 0) {
    mkdirSync(join(root, '.test-results'), { recursive: true });
    writeFileSync(join(root, '.test-results/embed-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  }
});

/** Origin A's policy: its own files, the contact centre's code and API, no inline code but the import maps, Trusted Types. */
function ministryHeaders(): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${proxy.url} ${importMapHashes.map((hash) => `'${hash}'`).join(' ')}`,
    `connect-src ${proxy.url}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
  ].join('; ');
  return { 'Content-Security-Policy': csp, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
}

/** `widget` inside the provider `keys create` printed (the contact centre's address and the key). */
function inProvider(widget: string): string {
  return `${created.providerTag}\n  ${widget}\n</civic-contact-provider>`;
}

/** A page of the ministry's site: the script tag `keys create` printed, in its head, and one widget. */
function ministryPage(title: string, widget: string, scripts = created.scriptTag): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Ministry of Transport</title>
<link rel="icon" href="data:,">
${scripts}
</head>
<body>
<main>
<h1>${title}</h1>
${widget}
</main>
</body>
</html>
`;
}

/** Sums of what the contact centre served. */
interface Tally {
  requests: number;
  /** Bodies as they crossed the network (brotli for the code). */
  bodyBytes: number;
  /** Bodies plus status lines and headers. */
  transferBytes: number;
}

function tally(served: Served[]): Tally {
  return {
    requests: served.length,
    bodyBytes: served.reduce((sum, s) => sum + s.bodyBytes, 0),
    transferBytes: served.reduce((sum, s) => sum + s.bodyBytes + s.headerBytes, 0),
  };
}

const isCode = (s: Served) => s.path.startsWith('/elements/');
const isApi = (s: Served) => s.path.startsWith('/v1/');
const describeServed = (s: Served) => `${s.method} ${s.path} ${s.status} ${s.bodyBytes} B${s.headers['content-encoding'] ? ` ${s.headers['content-encoding']}` : ''}`;

function report(heading: string, groups: Record<string, Served[]>): string {
  const lines = [heading];
  for (const [name, served] of Object.entries(groups)) {
    const { requests, bodyBytes, transferBytes } = tally(served);
    lines.push(`  ${name}: ${requests} requests, ${bodyBytes} B of bodies, ${transferBytes} B with headers`, ...served.map((s) => `    ${describeServed(s)}`));
  }
  return lines.join('\n');
}

const subjectField = (watched: WatchedPage) => complaintForm(watched.page).getByRole('textbox', { name: 'Subject', exact: true });

/** The complaint form is usable: its first field shows and can be typed into. */
async function usable(field: Locator): Promise<void> {
  await field.waitFor();
  const deadline = Date.now() + 15_000;
  while (!(await field.isEnabled())) {
    assert.ok(Date.now() < deadline, 'the subject field became enabled');
    await delay(10);
  }
}

/** The chunks (`chunks/…`) among what the contact centre served. */
function chunksIn(served: Served[]): string[] {
  return served
    .map((s) => /^\/elements\/[^/]+\/(chunks\/.+)$/.exec(s.path)?.[1])
    .filter((chunk): chunk is string => chunk !== undefined)
    .sort();
}

let reference = '';
const complaint = { ...roadDefect('embed'), photo: pothole() };

test('cold: a citizen on the ministry’s page files a complaint with a photo; the code comes brotli, from one script tag', async () => {
  citizen = await openPage(site, { axe: true });
  const { page } = citizen;
  const from = proxy.log.length;
  const started = performance.now();
  await page.goto(`${ministry.url}/complaint.html`);
  await usable(subjectField(citizen));
  const usableAfterMs = Math.round(performance.now() - started);
  // What had reached the contact centre when the form became usable, each answer complete.
  const untilUsable = await proxy.served(from);
  const code = untilUsable.filter(isCode);
  const api = untilUsable.filter(isApi);
  assert.deepEqual(untilUsable.filter((s) => !isCode(s) && !isApi(s)).map(describeServed), [], 'the page asked the contact centre for code and API calls only');

  assert.equal(code[0]?.path, `/elements/${manifest.version}/${manifest.entry}`, 'the loader comes first, under its version');
  for (const served of code) {
    assert.equal(served.status, 200, describeServed(served));
    assert.equal(served.headers['content-encoding'], 'br', `brotli: ${describeServed(served)}`);
    assert.equal(served.headers['access-control-allow-origin'], '*', `readable by any origin: ${describeServed(served)}`);
    assert.match(served.headers['cache-control'] ?? '', /max-age=31536000.*immutable/, `cached for good: ${describeServed(served)}`);
  }
  assert.deepEqual(chunksIn(code), [...manifest.elements['civic-complaint-form']!].sort(), 'the chunks the manifest lists for the complaint form, and no others');
  for (const served of api) assert.ok(served.status < 400, describeServed(served));

  const pageBytes = Buffer.byteLength(ministry.pages.get('/complaint.html')!);
  figures.firstVisitUntilFormUsable = {
    usableAfterMs,
    ministryPageBytes: pageBytes,
    code: { ...tally(code), responses: code.map(describeServed) },
    api: { ...tally(api), responses: api.map(describeServed) },
    total: tally(untilUsable),
  };
  console.log(report(`First visit, until the complaint form is usable (${usableAfterMs} ms; the page itself, ${pageBytes} B, from the ministry):`, { 'widget code': code, 'API calls': api }));

  assert.deepEqual(await axeViolations(page), [], 'axe on the form as it first shows');
  await fillRoadDefect(page, complaint);
  await continueToCheck(page);
  await complaintForm(page).getByRole('button', { name: 'Submit complaint' }).click();
  reference = await confirmedReference(page);
  assert.deepEqual(await axeViolations(page), [], 'axe on the confirmation');

  const filed = await agentTicket(site, reference);
  assert.equal(filed.subject, complaint.subject);
  assert.deepEqual(
    filed.attachments.map((a) => [a.filename, a.size]),
    [['pothole.png', complaint.photo.buffer.length]],
    'the photo crossed origins with the complaint',
  );
  assert.deepEqual(citizen.problems, [], 'no CSP or Trusted Types violation, no page error');
});

test('the citizen follows the confirmation’s link to the ministry’s track page and sees the complaint', async () => {
  assert.ok(citizen && reference, 'the complaint was filed');
  const { page } = citizen;
  await complaintForm(page).getByRole('link', { name: 'Track your complaint' }).click();
  await page.waitForURL((url) => url.origin === ministry.url && url.pathname === '/track.html' && url.searchParams.get('reference') === reference);
  const shown = await checkStatus(page, reference, complaint.email);
  assert.match(shown.status, /Received/);
  assert.equal(shown.timeline.length, 1);
  assert.match(shown.timeline[0]!, /Complaint received/);
  assert.deepEqual(await axeViolations(page), [], 'axe on the status found');
  assert.deepEqual(citizen.problems, []);
});

test('a second visit to the complaint page asks the contact centre for API calls only: no code, no revalidation', async () => {
  assert.ok(citizen, 'the first visit happened');
  const { page } = citizen;
  await page.waitForLoadState('networkidle');
  const from = proxy.log.length;
  await page.goto(`${ministry.url}/complaint.html`);
  await usable(subjectField(citizen));
  await page.waitForLoadState('networkidle');
  const served = await proxy.served(from);
  assert.deepEqual(served.filter((s) => !isApi(s)).map(describeServed), [], 'no code was asked for: the browser kept it');
  assert.deepEqual(served.filter((s) => s.status === 304).map(describeServed), [], 'nothing was revalidated');
  const api = served.filter(isApi);
  figures.secondVisit = { code: tally([]), api: { ...tally(api), responses: api.map(describeServed) } };
  console.log(report('Second visit (the same browser, after the first visit):', { 'widget code': [], 'API calls': api }));
  assert.deepEqual(citizen.problems, []);
  workingPageErrors.push(...citizen.consoleErrors);
});

test('a citizen searches the FAQs on the ministry’s help page and reads an answer', async () => {
  const { page, context, problems, consoleErrors } = await openPage(site, { axe: true });
  try {
    await page.goto(`${ministry.url}/help.html`);
    const faq = faqSearch(page);
    await faq.getByRole('combobox', { name: 'Search for an answer' }).fill('renew licence');
    await faq.getByRole('option', { name: new RegExp(RENEWAL.replace(/[?]/g, '\\?')) }).click();
    await faq.getByRole('heading', { level: 2, name: RENEWAL }).waitFor();
    await faq.getByText('Class D licence, 8 years').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'axe on the answer');
    assert.deepEqual(problems, []);
    workingPageErrors.push(...consoleErrors);
  } finally {
    await context.close();
  }
});

test('a page with only <civic-ticket-status> downloads that element’s chunks and no other widget’s', async () => {
  const { page, context, problems, consoleErrors } = await openPage(site);
  try {
    const from = proxy.log.length;
    await page.goto(`${ministry.url}/track.html`);
    await ticketStatus(page).getByRole('button', { name: 'Check status' }).waitFor();
    await page.waitForLoadState('networkidle');
    const chunks = chunksIn(await proxy.served(from));
    figures.ticketStatusOnlyChunks = chunks;
    console.log(`Chunks loaded by a page with only <civic-ticket-status>:\n  ${chunks.join('\n  ')}`);
    const own = manifest.elements['civic-ticket-status']!;
    const othersOnly = [...new Set(Object.values(manifest.elements).flat())].filter((chunk) => !own.includes(chunk));
    assert.ok(othersOnly.length >= 3, `each other widget has a chunk of its own: ${othersOnly.join(', ')}`);
    assert.deepEqual(chunks, [...own].sort(), 'exactly the chunks the manifest lists for the element: no other widget’s, nothing loaded on demand');
    assert.deepEqual(problems, []);
    workingPageErrors.push(...consoleErrors);
  } finally {
    await context.close();
  }
});

for (const [path, what, showsContact] of [
  ['/unknown-key.html', 'a key the contact centre never issued', false],
  ['/other-origin-key.html', 'the ministry’s key for another origin', true],
] as const) {
  test(`the complaint page with ${what} says the service is not available here, and warns the developer once`, async () => {
    const { page, context, problems } = await openPage(site, { axe: true });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' && message.text().startsWith('[civic-contact]')) warnings.push(message.text());
    });
    try {
      await page.goto(`${ministry.url}${path}`);
      const notice = complaintForm(page).locator('[part~="unavailable"]');
      await notice.getByText(NOT_AVAILABLE).waitFor();
      await page.waitForLoadState('networkidle');
      const text = await notice.innerText();
      assert.doesNotMatch(text, /connection/i, 'the citizen is not sent to check their connection');
      if (showsContact) assert.match(text, /Call \+1 212-555-0168.*email contact@transport\.example\.gov/s, `the ministry’s contact, from the refusal: ${text}`);
      assert.equal(warnings.length, 1, `one [civic-contact] warning:\n${warnings.join('\n')}`);
      assert.deepEqual(await axeViolations(page), [], 'axe on the notice');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test('a script tag whose integrity hash is not the loader’s runs no code', async () => {
  const { page, context, problems, consoleErrors } = await openPage(site);
  try {
    const from = proxy.log.length;
    await page.goto(`${ministry.url}/tampered-loader.html`);
    await page.waitForLoadState('networkidle');
    const served = await proxy.served(from);
    assert.deepEqual(served.map((s) => s.path), [`/elements/${manifest.version}/${manifest.entry}`], 'the loader was fetched, and nothing it would have loaded');
    assert.deepEqual(await page.evaluate(() => ['civic-contact-provider', 'civic-complaint-form'].filter((tag) => customElements.get(tag))), []);
    assert.ok(
      consoleErrors.some((error) => error.includes("Failed to find a valid digest in the 'integrity' attribute")),
      `Chromium says why it refused the script:\n${consoleErrors.join('\n')}`,
    );
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('with the import map keys create prints, the pinned chunks load, and a chunk pinned to another hash is refused', async () => {
  const pinned = await openPage(site);
  const tampered = await openPage(site);
  try {
    await pinned.page.goto(`${ministry.url}/pinned.html`);
    await usable(subjectField(pinned));
    assert.deepEqual(pinned.problems, [], 'the CSP hash keys create printed allows the import map');

    await tampered.page.goto(`${ministry.url}/tampered-chunk.html`);
    await tampered.page.waitForLoadState('networkidle');
    assert.deepEqual(await tampered.page.evaluate(() => ['civic-contact-provider', 'civic-complaint-form'].filter((tag) => customElements.get(tag))), ['civic-contact-provider']);
    const formChunk = manifest.elements['civic-complaint-form']!.find((chunk) => chunk.includes('complaint-form'))!;
    assert.ok(
      tampered.consoleErrors.some((error) => error.includes("Failed to find a valid digest in the 'integrity' attribute") && error.includes(formChunk)),
      `Chromium refused the complaint form's chunk:\n${tampered.consoleErrors.join('\n')}`,
    );
    assert.deepEqual(tampered.problems, []);
  } finally {
    await pinned.context.close();
    await tampered.context.close();
  }
});

test('the contact centre met no unexpected error', () => {
  assert.deepEqual(site.serverErrors, []);
});

test('the loader logs no error on pages where every widget works', () => {
  assert.deepEqual(workingPageErrors.filter((error) => error.startsWith('[civic-contact]')).map((error) => error.split('\n')[0]), []);
});
