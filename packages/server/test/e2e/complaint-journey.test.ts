/**
 * The path that matters most, in Chromium against the real server: a citizen files a
 * complaint with a photo on the example site and reads the reference off the page; an agent
 * changes its status with a note on the agent console; the citizen's tracker shows the new
 * status and the note. And when the network drops while the complaint is sent, it is filed
 * exactly once when the connection is back.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { agentTicket, axeViolations, changeStatusOnAgentPage, openPage, startSite, ticketsWithSubject, type Site } from './harness.ts';
import {
  checkStatus,
  chooseService,
  complaintForm,
  confirmedReference,
  continueToCheck,
  fillRoadDefect,
  pothole,
  roadDefect,
  ROAD_DEFECTS,
  ticketStatus,
} from './citizen.ts';

let site: Site;
before(async () => (site = await startSite()), { timeout: 240_000 });
after(() => site?.close());

test('a complaint with a photo, filed on the site, shows the status and note an agent gave it', async () => {
  // axe runs at each step, on the whole page: the widget inside the site, as a citizen meets it.
  // The citizen's pages also require Trusted Types, so every state the widgets reach is held to it.
  const [citizen, agent] = await Promise.all([openPage(site, { axe: true, trustedTypes: true }), openPage(site, { axe: true })]);
  try {
    const { page } = citizen;
    const complaint = { ...roadDefect('journey'), photo: pothole() };
    // The server asks a proof of work of each write with a site key: the widget solves it unseen.
    const proofs: Array<[string, string | undefined]> = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') proofs.push([new URL(request.url()).pathname, request.headers()['x-civic-proof']]);
    });
    await page.goto(`${site.url}/complaint.html`);
    await chooseService(page, ROAD_DEFECTS);
    await fillRoadDefect(page, complaint);
    // The contact centre's FAQs offered while the citizen wrote: one opens in place.
    const suggestions = complaintForm(page).locator('[part~="suggestions"]');
    await suggestions.getByRole('heading', { name: 'These may answer your question' }).waitFor();
    await suggestions.locator('[part~="suggestion"]').first().click();
    await suggestions.locator('details[open] p').filter({ hasNotText: /Loading the answer|could not be loaded/ }).first().waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the filled form, with its photo uploaded and an FAQ open');
    await continueToCheck(page);
    assert.deepEqual(await axeViolations(page), [], 'check your answers');
    // An impatient double click: the outbox sends once.
    await complaintForm(page).getByRole('button', { name: 'Submit complaint' }).dblclick();
    const reference = await confirmedReference(page);
    assert.deepEqual(await axeViolations(page), [], 'the confirmation');

    const filed = await agentTicket(site, reference);
    assert.equal(filed.subject, complaint.subject);
    assert.equal(filed.status, 'received');
    assert.deepEqual(
      filed.attachments.map((a) => [a.filename, a.contentType, a.size]),
      [['pothole.png', 'image/png', complaint.photo.buffer.length]],
      'the photo reached the contact centre with the complaint',
    );
    assert.equal((await ticketsWithSubject(site, complaint.subject)).length, 1, 'a double click files one ticket');
    assert.deepEqual(
      proofs.map(([path]) => path),
      ['/v1/attachments', '/v1/complaints'],
      'the upload and the complaint each went once: their proofs were ready, none was refused',
    );
    assert.ok(proofs.every(([, proof]) => proof), 'each carried its X-Civic-Proof');
    assert.notEqual(proofs[0]![1], proofs[1]![1], 'a proof of its own each');

    const note = 'Our inspector could not find the pothole at number 212. Which side of the junction is it on?';
    await changeStatusOnAgentPage(site, agent.page, { reference, status: 'awaiting_citizen', statusLabel: 'Awaiting citizen', note });
    assert.deepEqual(await axeViolations(agent.page), [], 'the agent console with the ticket open');

    // The confirmation's link opens the tracker with the reference filled in; the citizen adds their email.
    await complaintForm(page).getByRole('link', { name: 'Track your complaint' }).click();
    await page.waitForURL((url) => url.pathname === '/track.html' && url.searchParams.get('reference') === reference);
    await ticketStatus(page).getByRole('textbox', { name: 'Complaint reference' }).waitFor();
    assert.equal(await ticketStatus(page).getByRole('textbox', { name: 'Complaint reference' }).inputValue(), reference);
    const shown = await checkStatus(page, reference, complaint.email);

    assert.match(shown.status, /Waiting for your reply/);
    assert.equal(shown.timeline.length, 2);
    const [latest, first] = shown.timeline as [string, string];
    assert.match(latest, /Status changed to: Waiting for your reply/, 'newest first');
    assert.ok(latest.includes(note), `the agent's note is shown with the change: ${latest}`);
    assert.match(first, /Complaint received/);
    assert.deepEqual(await axeViolations(page), [], 'the status found');

    assert.deepEqual([...citizen.problems, ...agent.problems], []);
  } finally {
    await citizen.context.close();
    await agent.context.close();
  }
});

test('the network drops while the complaint is sent; when it is back, exactly one ticket exists', async () => {
  const { page, context, problems, consoleErrors } = await openPage(site);
  try {
    const complaint = roadDefect('network drop');
    const form = complaintForm(page);
    const keys: string[] = [];
    const proofs: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/complaints') {
        keys.push(request.headers()['idempotency-key'] ?? '(none)');
        proofs.push(request.headers()['x-civic-proof'] ?? '(none)');
      }
    });
    await page.goto(`${site.url}/complaint.html`);
    await chooseService(page, ROAD_DEFECTS);
    await fillRoadDefect(page, complaint);
    await continueToCheck(page);

    await context.setOffline(true);
    await form.getByRole('button', { name: 'Submit complaint' }).click();
    const failure = form.locator('[part~="submission-error"]');
    await failure.getByRole('heading', { name: 'Your complaint has not been sent' }).waitFor();
    assert.match(await failure.innerText(), /Your answers are kept/);
    assert.match(await failure.innerText(), /You seem to be offline/);
    assert.ok((await form.locator('[part~="check-answers"]').innerText()).includes(complaint.subject), 'the answers are still there');
    assert.equal((await ticketsWithSubject(site, complaint.subject)).length, 0);

    // Back online, but the first answer is lost on its way back: the contact centre filed the
    // complaint and the browser never heard. Only the idempotency key can keep it to one ticket.
    let lostAnswers = 0;
    await page.route('**/v1/complaints', async (route) => {
      if (lostAnswers > 0) return route.fallback();
      lostAnswers += 1;
      await route.fetch();
      return route.abort('connectionreset');
    });
    // The form sends again by itself when the browser says it is online.
    await context.setOffline(false);
    const reference = await confirmedReference(page);

    assert.equal(lostAnswers, 1, 'an answer was lost after the complaint reached the contact centre');
    const tickets = await ticketsWithSubject(site, complaint.subject);
    assert.deepEqual(
      tickets.map((t) => t.reference),
      [reference],
      'exactly one ticket, the one whose reference the citizen sees',
    );
    assert.ok(keys.length >= 2, `the complaint was sent more than once (${keys.length} requests)`);
    assert.equal(new Set(keys).size, 1, `every attempt carried the same Idempotency-Key: ${keys.join(', ')}`);
    // The retry of a request the contact centre had filed carries its proof again, and is not refused for it.
    assert.equal(new Set(proofs).size, 1, 'every attempt carried the same proof of work');
    assert.notEqual(proofs[0], '(none)');
    assert.deepEqual(problems, [], consoleErrors.join('\n'));
  } finally {
    await context.close();
  }
});

test('the server met no unexpected error', () => {
  assert.deepEqual(site.serverErrors, []);
});
