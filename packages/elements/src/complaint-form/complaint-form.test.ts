import { expect } from 'chai';
import type { MockContactCentre } from '@civic-contact/mock';
import '../index.ts';
import { getLocale } from '../i18n/localization.ts';
import { templates as arabicTemplates } from '../i18n/locales/ar.ts';
import { templates as arabicForm } from '../i18n/locales/ar/complaint-form.ts';
import { expectArabicForEveryString, namedForms } from '../test-support/fixtures.ts';
import {
  $,
  $$,
  arabic,
  choose,
  press,
  control,
  createMock,
  expectAccessible,
  fillEnquiry,
  focused,
  LANGS,
  mount,
  mountStandalone,
  pressContinue,
  text,
  type,
  until,
  WORDS,
} from './test-fixtures.ts';

describe('<civic-complaint-form>', function () {
  // Several steps and axe runs per test, in a browser that may be running another test file beside it.
  this.timeout(20_000);
  let mock: MockContactCentre;
  let many: MockContactCentre;

  before(async () => {
    mock = await createMock();
    many = await createMock({ manyServices: true });
  });

  for (const lang of LANGS) {
    const words = WORDS[lang];

    describe(`in ${lang}`, () => {
      it('asks which service first, grouped, when it has none', async () => {
        const form = await mount({ mock, lang });
        expect(text($(form, 'h2'))).to.equal(words.pickerTitle);
        // Five services: no search box.
        expect(form.shadowRoot!.querySelector('input[type="search"]')).to.equal(null);
        const legends = $$(form, 'fieldset legend').map(text);
        expect(legends).to.include(lang === 'ar' ? 'الشهادات' : 'Certificates');
        const certificates = $$(form, 'fieldset').find((set) => text(set.querySelector('legend')!) === legends[0]);
        expect(certificates!.querySelectorAll('input[type="radio"]').length).to.equal(3);
        await expectAccessible(form, 'service picker');

        // Continue with nothing chosen: an error, then a choice leads to the form.
        await press(form, '[part~="continue-button"]');
        await until(() => focused()?.matches('#cf-error-summary') === true, 'the error summary to take focus');
        await expectAccessible(form, 'service picker with an error');
        $<HTMLInputElement>(form, '#cf-service-civil-registry-enquiry').click();
        await press(form, '[part~="continue-button"]');
        await until(() => form.shadowRoot!.querySelector('[data-field="answers.topic"]') !== null, 'the enquiry form');
        expect(text($(form, '#cf-form-title'))).to.equal(lang === 'ar' ? 'المتطلبات والأسئلة العامة' : 'Requirements and general questions');
        expect(focused()?.id).to.equal('cf-form-title');
      });

      it('filters the services with a search box when there are many', async () => {
        const form = await mount({ mock: many, lang });
        const search = $<HTMLInputElement>(form, 'input[type="search"]');
        expect(text($(form, 'label[for="cf-service-search"]'))).to.not.equal('');
        expect($$(form, 'input[name="service"]')).to.have.length(8);
        search.value = lang === 'ar' ? 'الأرشيف' : 'archive';
        search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await form.updateComplete;
        const shown = $$<HTMLInputElement>(form, 'input[name="service"]').map((radio) => radio.value);
        expect(shown).to.include('registry-every-field');
        expect(shown).to.not.include('civil-registry-enquiry');
        await until(() => text($(form, '[role="status"]')) !== '', 'the count to be announced');
        // Two services: English says the number, Arabic its dual form (no number).
        expect(text($(form, '[role="status"]'))).to.equal(lang === 'ar' ? 'خدمتان تطابقان بحثك' : '2 services match your search');
        await expectAccessible(form, 'filtered service picker');
      });

      it('shows the empty form with every field labelled', async () => {
        const form = await mount({ mock, lang, service: 'civil-registry-enquiry' });
        expect($(form, 'form').hasAttribute('novalidate')).to.equal(true);
        for (const key of ['subject', 'description', 'answers.topic', 'answers.event_year', 'answers.question', 'citizen.name', 'citizen.email', 'citizen.phone']) {
          expect(form.shadowRoot!.querySelector(`[data-field="${key}"]`), key).to.not.equal(null);
        }
        // Anonymous complaints are allowed here: the name is optional, and says so.
        expect(text($(form, '[data-field="citizen.name"] label'))).to.contain(words.optional);
        expect(text($(form, '[data-field="subject"] label'))).to.not.contain(words.optional);
        expect(control(form, 'citizen.email').getAttribute('autocomplete')).to.equal('email');
        expect(control(form, 'citizen.phone').getAttribute('autocomplete')).to.equal('tel');
        expect(control(form, 'citizen.name').getAttribute('autocomplete')).to.equal('name');
        await expectAccessible(form, 'empty form');
      });

      it('lays out right to left in Arabic, with addresses and numbers left to right', async () => {
        const form = await mount({ mock, lang, service: 'civil-registry-enquiry' });
        const root = $(form, '[part="base"]');
        expect(root.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(root.getAttribute('lang')).to.equal(lang);
        expect(getComputedStyle(control(form, 'subject')).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(control(form, 'citizen.email').getAttribute('dir')).to.equal('ltr');
        expect(control(form, 'citizen.phone').getAttribute('dir')).to.equal('ltr');
        expect(text($(form, '[part~="continue-button"]'))).to.equal(words.continue);
      });

      it('shows every kind of field accessibly', async () => {
        const form = await mount({ mock: many, lang, service: 'registry-every-field' });
        expect(text($(form, '[data-field="answers.notes"] label'))).to.equal(lang === 'ar' ? `ملاحظات ${words.optional}` : 'Notes (optional)');
        await expectAccessible(form, 'every field');
      });

      it('says plainly when it cannot load, and while it loads', async () => {
        let release: (() => void) | undefined;
        const slow: typeof globalThis.fetch = async (input, init) => {
          if (!release && new Request(input, init).url.endsWith('/v1/services')) await new Promise<void>((resolve) => (release = resolve));
          return mock.fetch(input, init);
        };
        const container = document.createElement('main');
        document.body.append(container);
        try {
          container.innerHTML = `<civic-contact-provider api-base="${mock.baseUrl}" site-key="${mock.keys.site['civil-registry']}" lang="${lang}">
            <civic-complaint-form service="${'civil-registry-enquiry'}"></civic-complaint-form></civic-contact-provider>`;
          const provider = container.querySelector('civic-contact-provider')!;
          provider.fetch = slow;
          const form = container.querySelector('civic-complaint-form')!;
          await until(() => release !== undefined && getLocale() === lang, 'the catalogue request');
          await form.updateComplete;
          expect(text($(form, '[aria-busy="true"]'))).to.equal(lang === 'ar' ? arabic('complaint-form.loading') : 'Loading the complaint form…');
          await expectAccessible(form, 'loading');
          release!();
          await until(() => Boolean(form.shadowRoot!.querySelector('form')), 'the form');

          // The network fails: the citizen's connection may be at fault.
          provider.fetch = async () => {
            throw new TypeError('Failed to fetch');
          };
          await until(() => form.shadowRoot!.querySelector('[role="alert"]') !== null, 'the error state');
          expect(text($(form, '[role="alert"] h2'))).to.equal(lang === 'ar' ? arabic('complaint-form.unavailable-title') : 'The complaint form cannot be shown');
          await expectAccessible(form, 'unavailable');

          // The key is wrong: that is the page's mistake, and the citizen is not sent to check their connection.
          provider.fetch = mock.fetch;
          provider.siteKey = 'pk_test_nobody';
          await until(() => form.shadowRoot!.querySelector('[part="unavailable"] [role="alert"]') !== null, 'the notice');
          expect(text($(form, '[role="alert"] h2'))).to.equal(lang === 'ar' ? arabic('shared.unavailable-here') : 'This service is not available on this page.');
          await expectAccessible(form, 'not available here');
        } finally {
          container.remove();
        }
      });
    });
  }

  it('marks its own words English in a language it has no strings for, so that a screen reader reads them in an English voice', async () => {
    const form = await mount({ mock, service: 'civil-registry-enquiry' });
    form.setAttribute('lang', 'de-CH');
    await form.updateComplete;
    const root = $(form, '[part="base"]');
    // It said lang="de-CH" over English words.
    expect([root.getAttribute('lang'), root.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(text($(form, '[part~="continue-button"]'))).to.equal('Continue');
  });

  it('renders every kind of field as its native control, with its label, hint and optional marker', async () => {
    const form = await mount({ mock: many, service: 'registry-every-field' });
    const label = (key: string) => text($(form, `[data-field="${key}"] label, [data-field="${key}"] legend`));

    const string = control(form, 'answers.register_ref');
    expect([string.tagName, string.type]).to.deep.equal(['INPUT', 'text']);
    expect(label('answers.register_ref')).to.equal('Register reference');
    const hint = $(form, '[data-field="answers.register_ref"] .hint');
    expect(text(hint)).to.equal('Printed on the letter we sent you.');
    expect(string.getAttribute('aria-describedby')).to.equal(hint.id);

    expect(control(form, 'answers.notes').tagName).to.equal('TEXTAREA');
    expect(label('answers.notes')).to.equal('Notes (optional)');

    const number = control(form, 'answers.copies');
    expect([number.type, number.inputMode]).to.deep.equal(['text', 'numeric']);
    expect(label('answers.copies')).to.equal('Copies (optional)');

    const date = control(form, 'answers.search_date');
    expect(date.type).to.equal('date');
    expect(date.max, 'a date in the past cannot be picked in the future').to.match(/^\d{4}-\d{2}-\d{2}$/);

    // Ten options: a select. Two: radios in a fieldset with a legend.
    const select = control<HTMLSelectElement>(form, 'answers.office');
    expect(select.tagName).to.equal('SELECT');
    expect(select.options).to.have.length(11);
    expect(text($(form, `label[for="${select.id}"]`))).to.equal('Register office');
    const radios = $$<HTMLInputElement>(form, '[data-field="answers.reply_by"] fieldset input');
    expect(radios.map((radio) => radio.type)).to.deep.equal(['radio', 'radio']);
    expect(text($(form, '[data-field="answers.reply_by"] legend'))).to.equal('How should we send the result?');
    expect(radios.map((radio) => text($(form, `label[for="${radio.id}"]`)))).to.deep.equal(['By post', 'By email']);

    const boxes = $$<HTMLInputElement>(form, '[data-field="answers.records"] fieldset input');
    expect(boxes.map((box) => box.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox']);
    const legendHint = $(form, '[data-field="answers.records"] .hint');
    expect($(form, '[data-field="answers.records"] fieldset').getAttribute('aria-describedby')).to.equal(legendHint.id);

    // Only asked for when "Other records" is ticked.
    expect(label('answers.other_records')).to.equal('Other records (optional)');
    // The service wants an email only, no phone; a location is optional; files are accepted.
    expect(form.shadowRoot!.querySelector('[data-field="citizen.phone"]')).to.equal(null);
    expect(label('citizen.name')).to.equal('Full name');
    expect(label('location.address')).to.equal('Address or location of the problem (optional)');
    expect($<HTMLInputElement>(form, 'input[type="file"]').accept).to.contain('image/png');
    await expectAccessible(form, 'every field');

    // Typed numbers are read as the citizen's keyboard writes them.
    await type(form, 'answers.copies', '٣');
    await choose(form, 'answers.office', 'office_10');
    expect(control<HTMLSelectElement>(form, 'answers.office').value).to.equal('office_10');
  });

  it('asks which service when the page names one it does not have, and lets the citizen choose again', async () => {
    const form = await mount({ mock, service: 'no-such-service' });
    expect(text($(form, 'h2'))).to.equal(WORDS.en.pickerTitle);
    $<HTMLInputElement>(form, '#cf-service-civil-birth-certificate').click();
    await press(form, '[part~="continue-button"]');
    await until(() => form.shadowRoot!.querySelector('#cf-form-title') !== null, 'the form');
    expect(text($(form, '#cf-form-title'))).to.equal('Birth certificates');
    await type(form, 'subject', 'Kept when the service changes');
    await press(form, '#cf-change-service');
    await until(() => focused()?.id === 'cf-picker-title', 'the picker heading to take focus');
    $<HTMLInputElement>(form, '#cf-service-civil-registry-enquiry').click();
    await press(form, '[part~="continue-button"]');
    expect(text($(form, '#cf-form-title'))).to.equal('Requirements and general questions');
    expect(control(form, 'subject').value).to.equal('Kept when the service changes');
  });

  it('works on its own, with its own api-base and site-key, or inside a provider with the provider’s client', async () => {
    const requests: string[] = [];
    const counting: typeof globalThis.fetch = (input, init) => {
      requests.push(new Request(input, init).url);
      return mock.fetch(input, init);
    };
    const alone = await mountStandalone(mock, 'civil-registry-enquiry', counting);
    expect(requests.filter((url) => url.endsWith('/v1/services'))).to.have.length(1);
    expect(text($(alone, '#cf-form-title'))).to.equal('Requirements and general questions');
    alone.closest('main')!.remove();

    requests.length = 0;
    const provided = await mount({ mock, service: 'civil-registry-enquiry', fetch: counting });
    // One catalogue request, the provider's: the element has none of its own.
    expect(requests.filter((url) => url.endsWith('/v1/services'))).to.have.length(1);
    expect(text($(provided, '#cf-form-title'))).to.equal('Requirements and general questions');
  });

  it('uses the ministry’s own wording where it has some', async () => {
    const form = await mount({
      mock,
      service: 'civil-registry-enquiry',
      strings: { en: { 'complaint-form.continue': 'Next step', 'complaint-form.subject': 'What is it about?' } },
    });
    expect(text($(form, '[part~="continue-button"]'))).to.equal('Next step');
    expect(text($(form, '[data-field="subject"] label'))).to.equal('What is it about?');
  });

  it('starts its headings at heading-level, below the page’s own, looking the same at any level', async () => {
    const form = await mount({ mock, service: 'civil-registry-enquiry' });
    const title = () => $(form, '#cf-form-title');
    const parts = () => $$(form, 'form[part="form"] .sub');
    expect(title().localName).to.equal('h2');
    expect(parts().map((part) => part.localName)).to.include('h3');
    const sizes = [getComputedStyle(title()).fontSize, getComputedStyle(parts()[0]!).fontSize];
    form.setAttribute('heading-level', '3');
    await form.updateComplete;
    expect(title().localName).to.equal('h3');
    expect(new Set(parts().map((part) => part.localName))).to.deep.equal(new Set(['h4']));
    expect([getComputedStyle(title()).fontSize, getComputedStyle(parts()[0]!).fontSize]).to.deep.equal(sizes);
    // The error summary's heading is a step's heading too.
    await press(form, 'form:not([hidden]) [part="continue-button"]');
    await until(() => focused()?.id === 'cf-error-summary', 'the error summary');
    expect($(form, '#cf-error-summary-title').localName).to.equal('h3');
    await expectAccessible(form, 'headings from level 3');
  });

  it('names each of its forms by its heading, so a screen reader lists them by name', async () => {
    const picker = await mount({ mock });
    expect(await namedForms()).to.deep.equal([WORDS.en.pickerTitle]);
    picker.remove();
    const form = await mount({ mock, service: 'civil-registry-enquiry' });
    expect(await namedForms()).to.deep.equal(['Requirements and general questions']);
    await fillEnquiry(form);
    await pressContinue(form);
    await until(() => focused()?.id === 'cf-check-title', 'the check-answers step');
    expect(await namedForms(), 'the form of the step shown (the questions are hidden)').to.deep.equal(['Now send your complaint']);
  });

  it('fits a 320 px wide screen without scrolling sideways', async () => {
    const form = await mount({ mock, ministry: 'transport', service: 'transport-road-defects' });
    const main = form.closest('main')!;
    main.style.width = '320px';
    await form.updateComplete;
    const root = $(form, '[part="base"]');
    expect(root.scrollWidth).to.be.at.most(320);
    for (const element of $$(form, 'input, textarea, select, button, label, legend')) {
      expect(element.getBoundingClientRect().right, element.outerHTML.slice(0, 80)).to.be.at.most(main.getBoundingClientRect().right + 1);
    }
  });

  it('has an Arabic template for every string it uses, with the same values', async () => {
    const files = ['complaint-form', 'form-view', 'picker-view', 'attachments', 'suggestions', 'check-view', 'confirmation-view', 'messages', 'model', 'later'];
    await expectArabicForEveryString({
      sources: [...files.map((file) => `/packages/elements/src/complaint-form/${file}.ts`), '/packages/elements/src/base/error-summary.ts'],
      prefix: 'complaint-form',
      arabic: arabicTemplates,
      own: arabicForm,
      minimum: 80,
    });
  });
});
