import { expect } from 'chai';
import type { MockContactCentre } from '@civic-contact/mock';
import './complaint-form.ts';
import {
  $,
  $$,
  arabicPhrase,
  choose,
  press,
  complaintsFetch,
  control,
  createMock,
  expectAccessible,
  fillEnquiry,
  focused,
  group,
  LANGS,
  linkKey,
  mount,
  pressContinue,
  problem,
  summaryKeys,
  summaryLinks,
  text,
  type,
  until,
  WORDS,
} from './test-fixtures.ts';

const PAGE_TITLE = 'Make a complaint – Civil Registry Office';

describe('<civic-complaint-form> validation', function () {
  // Several steps and axe runs per test, in a browser that may be running another test file beside it.
  this.timeout(20_000);
  let mock: MockContactCentre;

  before(async () => {
    mock = await createMock();
  });

  beforeEach(() => {
    document.title = PAGE_TITLE;
  });

  for (const lang of LANGS) {
    const words = WORDS[lang];

    describe(`in ${lang}`, () => {
      it('lists the errors in a summary that takes focus, links to each field and marks the page title', async () => {
        const form = await mount({ mock, lang, service: 'civil-registry-enquiry' });
        await type(form, 'citizen.phone', '0123');
        await pressContinue(form);

        const summary = $(form, '#cf-error-summary');
        await until(() => focused() === summary, 'the summary to take focus');
        expect(text(summary.querySelector('h2')!)).to.equal(words.problem);
        expect(document.title).to.equal(`${words.errorPrefix} ${PAGE_TITLE}`);
        expect(text($(form, '#cf-form-title'))).to.match(new RegExp(`^${words.errorPrefix}`));

        const links = summaryLinks(form);
        const keys = summaryKeys(form);
        expect(keys).to.deep.equal(['subject', 'description', 'answers.topic', 'answers.question', 'citizen.phone']);
        // The same order as the fields on the page.
        const pageOrder = $$(form, '[data-field]').map((element) => element.dataset['field']).filter((key) => keys.includes(key));
        expect(pageOrder).to.deep.equal(keys);
        expect(text(links[0]!)).to.equal(words.subjectRequired);
        expect(text(links[1]!)).to.equal(words.descriptionRequired);
        if (lang === 'ar') {
          expect(text(links[2]!)).to.contain('بماذا يتعلق سؤالك؟');
          expect(text(links[4]!)).to.contain(arabicPhrase('complaint-form.error.phone-format').slice(0, 20));
        } else {
          // The service's own questions keep the contact centre's wording.
          expect(text(links[2]!)).to.equal('Select an answer to “What is your question about?”');
          expect(text(links[4]!)).to.equal('Enter a phone number with the country code, like +1 212 555 0100');
        }

        for (const link of links) {
          link.click();
          await form.updateComplete;
          const key = linkKey(form, link)!;
          expect(focused(), key).to.equal(group(form, key).querySelector('input, textarea, select'));
          const message = group(form, key).querySelector('.error-message')!;
          expect(text(message)).to.equal(`${words.errorPrefix} ${text(link)}`);
          const described = key === 'answers.topic' ? $(form, '[data-field="answers.topic"] fieldset') : control(form, key);
          expect(described.getAttribute('aria-describedby')!.split(' ')).to.include(message.id);
          if (key !== 'answers.topic') expect(described.getAttribute('aria-invalid')).to.equal('true');
          expect(group(form, key).classList.contains('form-group--error')).to.equal(true);
        }
        // Fragment navigation would have sent the page to a hash it does not have.
        expect(location.hash).to.equal('');
        await expectAccessible(form, 'client-side errors');

        await fillEnquiry(form);
        await type(form, 'citizen.phone', '');
        await pressContinue(form);
        expect(form.shadowRoot!.querySelector('#cf-error-summary')).to.equal(null);
        expect(document.title).to.equal(PAGE_TITLE);
      });

      it('puts an error only the contact centre finds on the field it names', async () => {
        const { fetch, state } = complaintsFetch(mock);
        state.answer = () =>
          problem(422, {
            type: 'urn:civic-contact:problem:validation',
            title: 'The complaint is not valid',
            errors: [{ field: 'answers.question', code: 'invalid_value', message: 'We cannot answer adoption questions here: call the adoption team.' }],
          });
        const form = await mount({ mock, lang, service: 'civil-registry-enquiry', fetch });
        await fillEnquiry(form);
        await pressContinue(form);
        await press(form, '[part="submit-button"]');
        await until(() => form.shadowRoot!.querySelector('#cf-error-summary') !== null, 'the server’s errors');
        await until(() => focused()?.matches('#cf-error-summary') === true, 'the summary to take focus');

        expect($(form, 'form[part="form"]').hidden).to.equal(false);
        const links = summaryLinks(form);
        expect(summaryKeys(form)).to.deep.equal(['answers.question']);
        const expected = lang === 'en' ? 'We cannot answer adoption questions here: call the adoption team.' : 'تحقّق من إجابتك عن «سؤالك»';
        expect(text(links[0]!)).to.equal(expected);
        expect(text(group(form, 'answers.question').querySelector('.error-message')!)).to.contain(expected);
        // Everything typed is still there.
        expect(control(form, 'subject').value).to.equal('How to register a birth abroad');
        expect(control(form, 'citizen.email').value).to.equal('amira@example.com');
        expect(document.title).to.equal(`${words.errorPrefix} ${PAGE_TITLE}`);
        await expectAccessible(form, 'a server error');
      });

      it('asks for more when an answer calls for it, and requires what it then needs', async () => {
        const form = await mount({ mock, lang, ministry: 'health', service: 'health-clinic-services' });
        const prompt = $(form, '[data-field="answers.clinic"] [part="prompt"]');
        expect(prompt.getAttribute('aria-live')).to.equal('polite');
        expect(text(prompt)).to.equal('');
        expect(text($(form, '[data-field="answers.clinic_other"] label'))).to.contain(words.optional);

        await choose(form, 'answers.clinic', 'other');
        expect(text(prompt)).to.equal('Give the name and town of the clinic so we can pass your message to the right team.');
        // The ministry has no Arabic: its own words keep their language, for the screen reader's voice.
        if (lang === 'ar') expect(prompt.querySelector('[lang="en"]')).to.not.equal(null);
        const clinicSet = $(form, '[data-field="answers.clinic"] fieldset');
        expect(clinicSet.getAttribute('aria-describedby')).to.contain(prompt.id);
        expect(text($(form, '[data-field="answers.clinic_other"] label'))).to.not.contain(words.optional);
        await expectAccessible(form, 'a prompt for more information');

        await pressContinue(form);
        expect(summaryKeys(form)).to.include('answers.clinic_other');
        if (lang === 'en') {
          expect(text(group(form, 'answers.clinic_other').querySelector('.error-message')!)).to.contain('Enter the name and town of the clinic');
        }

        await choose(form, 'answers.clinic', 'castries');
        expect(text(prompt)).to.equal('');
        expect(text($(form, '[data-field="answers.clinic_other"] label'))).to.contain(words.optional);
      });
    });
  }

  it('asks for an email address or a phone number when the service takes either', async () => {
    const form = await mount({ mock, service: 'civil-registry-enquiry' });
    await pressContinue(form);
    const link = $<HTMLAnchorElement>(form, '#cf-error-summary a[href="#cf-citizen-email"]');
    expect(text(link)).to.equal('Enter an email address or a phone number so we can reply to you');
    expect(text($(form, 'fieldset.contact legend'))).to.equal('How can we reply to you?');
    await type(form, 'citizen.phone', '+44 20 7946-0311');
    await pressContinue(form);
    expect(form.shadowRoot!.querySelector('#cf-error-summary a[href^="#cf-citizen-"]')).to.equal(null);
  });

  it('takes text with nothing visible in it (zero-width characters only) for no text at all', async () => {
    const form = await mount({ mock, service: 'civil-registry-enquiry' });
    await fillEnquiry(form, '\u200B\u200B');
    await type(form, 'description', '\u2060 \u200D\uFEFF');
    await type(form, 'answers.question', '\u200B\u200E');
    await pressContinue(form);
    expect(summaryLinks(form).map((link) => [linkKey(form, link), text(link)])).to.deep.equal([
      ['subject', WORDS.en.subjectRequired],
      ['description', WORDS.en.descriptionRequired],
      ['answers.question', 'Enter your question'],
    ]);
  });

  it('reads numbers and dates as the service’s rules do', async () => {
    const form = await mount({ mock, ministry: 'health', service: 'health-hospital-waiting-times' });
    await type(form, 'answers.hours_waited', 'five');
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await choose(form, 'answers.department', 'emergency');
    await type(form, 'answers.visit_date', tomorrow);
    await pressContinue(form);
    const message = (key: string) => text(group(form, key).querySelector('.error-message')!);
    expect(message('answers.hours_waited')).to.contain('The answer to “How long did you wait, in hours?” must be a number');
    expect(message('answers.visit_date')).to.contain('Date of your visit must be today or in the past');
    // A year of another century is a slip, not a date in the past.
    await type(form, 'answers.visit_date', '1826-11-02');
    await pressContinue(form);
    expect(message('answers.visit_date')).to.contain('Date of your visit must be between 1900 and 2100');

    // A decimal comma, as the French help text suggests, is a number.
    await type(form, 'answers.hours_waited', '5,5');
    await pressContinue(form);
    expect(group(form, 'answers.hours_waited').querySelector('.error-message')).to.equal(null);
  });
});
