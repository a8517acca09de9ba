import { expect } from 'chai';
import { DEFAULT_MAX_NUMBER } from '@civic-contact/core';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import { $, click, DRIVING_TEST, expectAccessible, fillForm, mount, NOW, until, untilBooked } from './test-fixtures.ts';
import { expectHoneypotHidden, expectSolved, recordingFetch } from '../test-support/fixtures.ts';

describe('<civic-callback-request> and the proof of work', function () {
  this.timeout(30_000);
  let mock: MockContactCentre;

  beforeEach(async () => {
    // The reference server's default difficulty: what citizens' browsers solve.
    mock = await createMockContactCentre({ now: () => new Date(NOW.open), proofOfWork: { maxNumber: DEFAULT_MAX_NUMBER } });
  });

  it('solves it while the citizen fills in the form, with no step of its own: Request callback books once, with the proof', async () => {
    const { fetch, requests } = recordingFetch(mock.fetch);
    const el = await mount({ mock, service: DRIVING_TEST, fetch });
    await until(() => requests.some((r) => r.path === '/v1/challenge'), 'the challenge');
    await fillForm(el);
    await click($(el, '#cb-submit'));
    expect(await untilBooked(el)).to.match(/^MOT-/);
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.path)).to.deep.equal(['/v1/callbacks']);
    await expectSolved(posts[0]!.proof);
    // Focus moved to the confirmation: no further proof is solved for a form that is done.
    await el.updateComplete;
    expect(requests.filter((r) => r.path === '/v1/challenge')).to.have.length(1);
  });

  it('has a honeypot no person sees or reaches, and axe still finds nothing wrong', async () => {
    const el = await mount({ mock, service: DRIVING_TEST });
    await expectHoneypotHidden(el, 'Your name');
    await expectAccessible(el, 'form with its honeypot');
  });

  it('sends what a program put in the honeypot, and the contact centre refuses it', async () => {
    const { fetch, requests } = recordingFetch(mock.fetch);
    const el = await mount({ mock, service: DRIVING_TEST, fetch });
    await fillForm(el);
    $<HTMLInputElement>(el, 'input[name="website"]').value = 'https://cheap-pills.example';
    await click($(el, '#cb-submit'));
    await until(() => requests.some((r) => r.method === 'POST'), 'the booking');
    await until(() => el.shadowRoot!.querySelector('#cb-error-summary') !== null, 'the refusal');
    expect(JSON.parse(requests.find((r) => r.method === 'POST')!.body).website).to.equal('https://cheap-pills.example');
    expect(el.shadowRoot!.querySelector('[part~="reference"]')).to.equal(null);
  });
});
