import { expect } from 'chai';
import type { MockContactCentre } from '@civic-contact/mock';
import './complaint-form.ts';
import type { CivicComplaintForm } from './complaint-form.ts';
import {
  $,
  $$,
  agentTicket,
  arabicPhrase,
  choose,
  press,
  createMock,
  expectAccessible,
  focused,
  group,
  LANGS,
  mount,
  pressContinue,
  summaryKeys,
  text,
  type,
  until,
} from './test-fixtures.ts';

const SERVICE = 'transport-road-defects';
const MB = 1024 * 1024;

async function png(name = 'pothole.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 4;
  canvas.height = 4;
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((result) => resolve(result!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

/** The mock's fetch, counting the uploads that reach it, and able to hold or drop them. */
function uploadsFetch(mock: MockContactCentre) {
  const state = { uploads: 0, mode: 'pass' as 'pass' | 'hold' | 'offline', release: undefined as (() => void) | undefined };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname === '/v1/attachments') {
      state.uploads += 1;
      if (state.mode === 'offline') throw new TypeError('Failed to fetch');
      if (state.mode === 'hold') await new Promise<void>((resolve) => (state.release = resolve));
    }
    return mock.fetch(request);
  };
  return { fetch, state };
}

/** Chooses files with the file input, as the picker would. */
async function pick(form: CivicComplaintForm, files: File[]): Promise<void> {
  const input = $<HTMLInputElement>(form, 'input[type="file"]');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await form.updateComplete;
}

async function fillRoadDefect(form: CivicComplaintForm): Promise<void> {
  await type(form, 'subject', 'Deep pothole on Fulton Street');
  await type(form, 'description', 'A pothole about a foot wide in the right-hand lane, outside number 120.');
  await choose(form, 'answers.defect_type', 'pothole');
  await choose(form, 'answers.size', 'medium');
  await choose(form, 'answers.position', 'traffic_lane');
  await type(form, 'location.address', '120 Fulton Street, Brooklyn');
  await type(form, 'citizen.email', 'lee@example.com');
}

describe('<civic-complaint-form> attachments', function () {
  // Several steps and axe runs per test, in a browser that may be running another test file beside it.
  this.timeout(20_000);
  let mock: MockContactCentre;

  before(async () => {
    mock = await createMock();
  });

  for (const lang of LANGS) {
    describe(`in ${lang}`, () => {
      it('refuses a file of the wrong type or too big before any upload', async () => {
        const { fetch, state } = uploadsFetch(mock);
        const form = await mount({ mock, lang, ministry: 'transport', service: SERVICE, fetch });
        const input = $<HTMLInputElement>(form, 'input[type="file"]');
        expect(input.multiple).to.equal(true);
        expect(input.accept.split(',')).to.include.members(['image/jpeg', 'image/png', '.jpg', '.heic']);
        expect(input.accept).to.not.contain('pdf');

        const big = new File([new Uint8Array(10 * MB + 1)], 'big.png', { type: 'image/png' });
        await pick(form, [new File(['my notes'], 'notes.txt', { type: 'text/plain' }), big]);
        const refused = $$(form, '#cf-attachments-refused .error-message').map(text);
        expect(refused).to.have.length(2);
        if (lang === 'en') {
          expect(refused[0]).to.equal('Error: notes.txt was not added: choose a JPEG, PNG, WebP, or HEIC file');
          expect(refused[1]).to.equal('Error: big.png was not added: it must be smaller than 10 MB');
        } else {
          expect(refused[0]).to.contain('notes.txt').and.contain(arabicPhrase('complaint-form.file-wrong-type'));
          expect(refused[1]).to.contain('big.png').and.contain(arabicPhrase('complaint-form.file-too-big'));
        }
        expect($(form, '#cf-attachments-refused').getAttribute('aria-live')).to.equal('polite');
        expect(input.getAttribute('aria-describedby')).to.contain('cf-attachments-refused');
        expect(state.uploads, 'nothing was sent').to.equal(0);
        expect(form.shadowRoot!.querySelector('[part="attachment"]')).to.equal(null);
        await expectAccessible(form, 'refused files');
      });

      it('uploads a file at once, shows it honestly, and cites it in the complaint', async () => {
        const { fetch, state } = uploadsFetch(mock);
        const form = await mount({ mock, lang, ministry: 'transport', service: SERVICE, fetch });
        await fillRoadDefect(form);
        state.mode = 'hold';
        await pick(form, [await png()]);
        await until(() => state.release !== undefined, 'the upload to start');
        const progress = $<HTMLProgressElement>(form, '[part="attachment"] progress');
        expect(progress.hasAttribute('value'), 'no byte progress exists: indeterminate').to.equal(false);
        expect(progress.position).to.equal(-1);
        await expectAccessible(form, 'uploading');

        // Continuing while it uploads would cite nothing: it waits.
        await pressContinue(form);
        expect(summaryKeys(form)).to.deep.equal(['attachments']);

        state.release!();
        await until(() => $(form, '[part="attachment"]').classList.contains('attachment--uploaded'), 'the upload to finish');
        expect($<HTMLProgressElement>(form, '[part="attachment"] progress').value).to.equal(1);
        await until(() => text($(form, '[role="status"]')).includes('pothole.png'), 'the upload to be announced');
        await expectAccessible(form, 'uploaded');

        await pressContinue(form);
        expect(text($(form, '[data-row="attachments"] dd'))).to.equal('pothole.png');
        await press(form, '[part="submit-button"]');
        await until(() => form.shadowRoot!.querySelector('[part="reference"]') !== null, 'the confirmation');
        const ticket = await agentTicket(mock, 'transport', text($(form, '[part="reference"]')));
        expect(ticket.attachments.map((attachment) => [attachment.filename, attachment.contentType])).to.deep.equal([['pothole.png', 'image/png']]);
        expect(ticket.location?.address).to.equal('120 Fulton Street, Brooklyn');
        expect(state.uploads).to.equal(1);
      });
    });
  }

  it('offers Retry for a failed upload and keeps everything else', async () => {
    const { fetch, state } = uploadsFetch(mock);
    const form = await mount({ mock, ministry: 'transport', service: SERVICE, fetch });
    await fillRoadDefect(form);
    state.mode = 'offline';
    await pick(form, [await png('sign.png')]);
    await until(() => form.shadowRoot!.querySelector('[part="retry-button"]') !== null, 'the Retry button');
    expect(text($(form, '[part="attachment"] .error-message'))).to.contain('could not be uploaded');
    expect(text($(form, '[part="retry-button"]'))).to.equal('Retry sign.png');
    expect($<HTMLInputElement>(form, '[data-field="subject"] input').value).to.equal('Deep pothole on Fulton Street');
    await expectAccessible(form, 'failed upload');

    await pressContinue(form);
    expect(text(group(form, 'attachments').querySelector('.error-message')!)).to.contain('A file could not be uploaded: try again or remove it');

    state.mode = 'pass';
    await press(form, '[part="retry-button"]');
    await until(() => $(form, '[part="attachment"]').classList.contains('attachment--uploaded'), 'the retried upload');
    await pressContinue(form);
    expect(form.shadowRoot!.querySelector('[part="check-answers"]')).to.not.equal(null);
  });

  it('takes dropped files, removes a file on request, and stops at the service’s number of files', async () => {
    const form = await mount({ mock, ministry: 'transport', service: SERVICE });
    const zone = $(form, '[part="drop-zone"]');
    const transfer = new DataTransfer();
    transfer.items.add(await png('one.png'));
    const over = new DragEvent('dragover', { bubbles: true, composed: true, cancelable: true, dataTransfer: transfer });
    zone.dispatchEvent(over);
    expect(over.defaultPrevented, 'the browser must not open the file itself').to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, composed: true, cancelable: true, dataTransfer: transfer }));
    await form.updateComplete;
    expect($$(form, '[part="attachment"]')).to.have.length(1);

    await pick(form, await Promise.all(['two.png', 'three.png', 'four.png', 'five.png', 'six.png'].map((name) => png(name))));
    expect($$(form, '[part="attachment"]')).to.have.length(5);
    expect(text($(form, '#cf-attachments-refused'))).to.contain('six.png was not added: you can attach up to 5 files');
    await until(() => $$(form, '.attachment--uploaded').length === 5, 'the uploads');

    await press(form, '[data-file="1"] [part="remove-button"]');
    expect($$(form, '[part="attachment"]').map(text).join(' ')).to.not.contain('one.png');
    await until(() => focused() === $(form, 'input[type="file"]'), 'focus back on the file input');
    await until(() => text($(form, '[role="status"]')) === 'one.png removed', 'the removal to be announced');
  });
});
