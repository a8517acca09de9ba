import { expect } from 'chai';
import { DEFAULT_MAX_NUMBER } from '@civic-contact/core';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import './complaint-form.ts';
import type { CivicComplaintForm } from './complaint-form.ts';
import { $, control, expectAccessible, fillEnquiry, mount, press, pressContinue, text, ticketsOf, until } from './test-fixtures.ts';
import { expectHoneypotHidden, expectSolved, recordingFetch } from '../test-support/fixtures.ts';

const SERVICE = 'civil-registry-enquiry';

async function toCheckAnswers(form: CivicComplaintForm): Promise<void> {
  await fillEnquiry(form);
  await pressContinue(form);
  await until(() => form.shadowRoot!.querySelector('[part="check-answers"]') !== null, 'the check-answers step');
}

describe('<civic-complaint-form> and the proof of work', function () {
  this.timeout(30_000);
  let mock: MockContactCentre;

  beforeEach(async () => {
    // The reference server's default difficulty: what citizens' browsers solve.
    mock = await createMockContactCentre({ proofOfWork: { maxNumber: DEFAULT_MAX_NUMBER } });
  });

  it('solves it while the citizen fills in the form, with no step of its own: Submit sends once, with the proof', async () => {
    const { fetch, requests } = recordingFetch(mock.fetch);
    const form = await mount({ mock, service: SERVICE, fetch });
    // Starting on the form (focus entered it) asked for a challenge.
    await until(() => requests.some((r) => r.path === '/v1/challenge'), 'the challenge');
    await toCheckAnswers(form);
    await press(form, '[part="submit-button"]');
    await until(() => form.shadowRoot!.querySelector('[part="reference"]') !== null, 'the confirmation', 15_000);

    const reference = text($(form, '[part="reference"]'));
    expect(await ticketsOf(mock, 'civil-registry', SERVICE)).to.deep.equal([reference]);
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.path)).to.deep.equal(['/v1/complaints']);
    await expectSolved(posts[0]!.proof);
    expect(JSON.parse(posts[0]!.body)).to.not.have.property('website');
    expect(requests.filter((r) => r.path === '/v1/challenge')).to.have.length(1);
  });

  it('a proof refused even after a fresh solve (the centre restarted meanwhile) is a failure to try again: the answers and the key are kept, and Try again files once', async () => {
    let refusals = 2;
    const keys: (string | null)[] = [];
    const refusing: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method !== 'POST') return mock.fetch(request);
      keys.push(request.headers.get('Idempotency-Key'));
      if (refusals-- <= 0) return mock.fetch(request);
      const problem = { type: 'urn:civic-contact:problem:proof-required', title: 'Proof of work needed', status: 400, detail: 'This proof of work was signed by another key.' };
      return new Response(JSON.stringify(problem), { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
    };
    const form = await mount({ mock, service: SERVICE, fetch: refusing });
    await toCheckAnswers(form);
    await press(form, '[part="submit-button"]');
    await until(() => form.shadowRoot!.querySelector('[part="submission-error"]') !== null, 'the failure');
    const said = text($(form, '[part="submission-error"]'));
    expect(said).to.match(/Your answers are kept/);
    expect(said).to.not.match(/Check your answers/);
    expect(form.shadowRoot!.querySelector('[part="check-answers"]'), 'still on the answers, not sent back to the form').to.not.equal(null);
    await press(form, '[part="submit-button"]');
    await until(() => form.shadowRoot!.querySelector('[part="reference"]') !== null, 'the confirmation', 15_000);
    expect(await ticketsOf(mock, 'civil-registry', SERVICE)).to.deep.equal([text($(form, '[part="reference"]'))]);
    expect(keys).to.have.length(3);
    expect(new Set(keys).size, 'every attempt carried the same Idempotency-Key').to.equal(1);
  });

  it('has a honeypot no person sees or reaches, and axe still finds nothing wrong', async () => {
    const form = await mount({ mock, service: SERVICE });
    await expectHoneypotHidden(form, 'Subject');
    await expectAccessible(form, 'form with its honeypot');
  });

  it('sends what a program put in the honeypot, and the contact centre refuses it', async () => {
    const { fetch, requests } = recordingFetch(mock.fetch);
    const form = await mount({ mock, service: SERVICE, fetch });
    control(form, 'subject'); // the form is there
    form.shadowRoot!.querySelector<HTMLInputElement>('input[name="website"]')!.value = 'https://cheap-pills.example';
    await toCheckAnswers(form);
    await press(form, '[part="submit-button"]');
    await until(() => requests.some((r) => r.method === 'POST'), 'the submission');
    await until(() => form.shadowRoot!.querySelector('[part="reference"]') === null && form.shadowRoot!.querySelector('#cf-error-summary') !== null, 'the refusal');
    expect(JSON.parse(requests.find((r) => r.method === 'POST')!.body).website).to.equal('https://cheap-pills.example');
    expect(await ticketsOf(mock, 'civil-registry', SERVICE)).to.deep.equal([]);
  });
});
