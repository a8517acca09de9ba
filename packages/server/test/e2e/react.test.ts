/**
 * The elements in a React 19 app, in Chromium against the real server: the React example
 * (examples/react), built with esbuild as its `npm run example:react` builds it and served by
 * the server's example site at `/react/` under the site's strict CSP. A citizen files a
 * complaint through `<CivicComplaintForm>`, and the app's `onCivicSubmitted` handler gets the
 * typed event and React shows its reference. And every wrapper calls each `on…` prop for its
 * element's event, and only that one.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { buildReactExample } from '../../../../examples/react/build.ts';
import { ELEMENT_EVENTS, eventProp } from '../../../elements/src/frameworks/elements.ts';
import { agentTicket, openPage, startSite, type Site } from './harness.ts';
import { complaintForm, confirmedReference, continueToCheck, fillRoadDefect, roadDefect } from './citizen.ts';

let site: Site;
/** The page of every wrapper (react-wrappers.ts), bundled once. */
let wrappersScript: string;

before(
  async () => {
    // The server first: it builds the packages (tsc -b) when they are stale, and the example
    // imports @civic-contact/react from its dist, as an app would from npm.
    site = await startSite();
    const [, bundled] = await Promise.all([
      buildReactExample(),
      build({
        entryPoints: [fileURLToPath(new URL('./react-wrappers.ts', import.meta.url))],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'warning',
      }),
    ]);
    wrappersScript = bundled.outputFiles[0]!.text;
  },
  { timeout: 240_000 },
);
after(() => site?.close());

test('a complaint filed in the React app reaches its onCivicSubmitted handler with the typed event, and React shows the reference', async () => {
  const { page, context, problems, consoleErrors } = await openPage(site);
  try {
    await page.goto(`${site.url}/react/`);
    const complaint = roadDefect('react');
    // The app names the service: the form opens on its questions, no picker.
    await complaintForm(page).getByRole('heading', { level: 2, name: 'Report a pothole or road defect' }).waitFor();
    await fillRoadDefect(page, complaint);
    await continueToCheck(page);
    // The ministry's wording, an object in the `strings` prop: set as the provider's property.
    await complaintForm(page).getByRole('button', { name: 'Send my complaint' }).click();
    const reference = await confirmedReference(page);

    const said = page.getByRole('status').filter({ hasText: 'Thank you. Keep your reference' });
    await said.waitFor();
    assert.equal(await said.locator('strong').textContent(), reference, 'React rendered the reference from event.reference');
    assert.match((await said.textContent()) ?? '', /we will answer by \w+ \d{1,2}, \d{4}\.$/, 'and the date from event.expectedResponseBy');
    assert.equal((await agentTicket(site, reference)).subject, complaint.subject);
    assert.deepEqual(problems, [], 'no CSP violation or page error under the site’s strict policy');
  } catch (error) {
    if (consoleErrors.length > 0) console.error(consoleErrors.join('\n'));
    throw error;
  } finally {
    await context.close();
  }
});

test('each wrapper calls the on… prop of each of its element’s events, and no other', async () => {
  const { page, context, problems } = await openPage(site);
  try {
    // A page of the site's origin, made here: the wrappers test page is no part of the site.
    const base = `${site.url}/react-wrappers-test/`;
    await page.route(`${base}**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path.endsWith('/main.js')) return route.fulfill({ contentType: 'text/javascript', body: wrappersScript });
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><title>Wrappers</title><div id="app"></div><script type="module" src="main.js"></script>',
      });
    });
    await page.goto(base);
    const tags = Object.keys(ELEMENT_EVENTS) as (keyof typeof ELEMENT_EVENTS)[];
    await page.waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)), tags);

    const heard = await page.evaluate((elementEvents) => {
      const received = (window as unknown as { received: Map<string, Event[]> }).received;
      const result: string[] = [];
      for (const [tag, names] of Object.entries(elementEvents)) {
        for (const name of names) {
          // Bubbling and composed, as the elements fire theirs; marked, so that the
          // elements' own events (a widget with no contact centre reports one) do not count.
          const event = new Event(name, { bubbles: true, composed: true });
          document.querySelector(tag)!.dispatchEvent(event);
          for (const [key, events] of received) if (events.includes(event)) result.push(`${name} → ${key}`);
        }
      }
      return result;
    }, ELEMENT_EVENTS);

    const expected = Object.entries(ELEMENT_EVENTS).flatMap(([tag, names]) => names.map((name) => `${name} → ${tag} ${eventProp(name)}`));
    assert.deepEqual(heard, expected);
    assert.ok(expected.includes('civic-submitted → civic-complaint-form onCivicSubmitted'));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
