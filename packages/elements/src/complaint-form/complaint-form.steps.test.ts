import { expect } from 'chai';
import type { MockContactCentre } from '@civic-contact/mock';
import { CivicStepEvent } from '../events/civic-step-event.ts';
import { recordSteps } from '../test-support/fixtures.ts';
import { $, createMock, fillEnquiry, focused, LANGS, mount, press, pressContinue, until, WORDS } from './test-fixtures.ts';

const PAGE_TITLE = 'Make a complaint – Civil Registry Office';
const SERVICE = 'civil-registry-enquiry';

describe('<civic-complaint-form> steps and the page title', function () {
  this.timeout(20_000);
  let mock: MockContactCentre;
  const steps = recordSteps(PAGE_TITLE);

  before(async () => {
    mock = await createMock();
  });

  for (const lang of LANGS) {
    const words = WORDS[lang];

    it(`fires civic-step at each step with its heading, and with update-title names the step in the page title (${lang})`, async () => {
      const form = await mount({ mock, lang, service: SERVICE, updateTitle: true });
      expect(document.title, 'the first step keeps the page’s own title').to.equal(PAGE_TITLE);
      await fillEnquiry(form);
      await pressContinue(form);
      await until(() => focused()?.id === 'cf-check-title', 'the check-answers step');
      expect(document.title).to.equal(`${words.checkTitle} – ${PAGE_TITLE}`);
      await press(form, '[part="submit-button"]');
      await until(() => focused()?.id === 'cf-done-title', 'the confirmation');
      expect(document.title).to.equal(`${words.doneTitle} – ${PAGE_TITLE}`);
      expect(steps.map((event) => [event.step, event.title])).to.deep.equal([
        ['check', words.checkTitle],
        ['done', words.doneTitle],
      ]);
      expect(steps[0]).to.be.instanceOf(CivicStepEvent);
      expect(steps[0]!.bubbles && steps[0]!.composed).to.equal(true);

      // Off the page: the page's own title again.
      form.remove();
      expect(document.title).to.equal(PAGE_TITLE);
    });
  }

  it('leaves the page title alone without update-title, and still fires civic-step', async () => {
    const form = await mount({ mock, service: SERVICE });
    await fillEnquiry(form);
    await pressContinue(form);
    await until(() => focused()?.id === 'cf-check-title', 'the check-answers step');
    expect(document.title).to.equal(PAGE_TITLE);
    expect(steps.map((event) => event.step)).to.deep.equal(['check']);
    // Back to the form to change an answer: the first step again.
    await press(form, '[data-row="subject"] [part="change-button"]');
    expect(steps.map((event) => event.step)).to.deep.equal(['check', 'form']);
  });

  it('keeps "Error: " in front of the title with update-title, the step named after it, and the page’s title back at the first step', async () => {
    const form = await mount({ mock, updateTitle: true });
    // The service picker is the first step: with nothing chosen, only "Error: ".
    await press(form, '[part~="continue-button"]');
    await until(() => document.title === `Error: ${PAGE_TITLE}`, '"Error: " in the title');
    $<HTMLInputElement>(form, `#cf-service-${SERVICE}`).click();
    await press(form, '[part~="continue-button"]');
    await until(() => focused()?.id === 'cf-form-title', 'the form');
    const service = 'Requirements and general questions';
    expect(document.title).to.equal(`${service} – ${PAGE_TITLE}`);
    expect(steps.map((event) => [event.step, event.title])).to.deep.equal([['form', service]]);
    // Continue with nothing filled in: errors on a step past the first.
    await pressContinue(form);
    await until(() => focused()?.id === 'cf-error-summary', 'the error summary');
    expect(document.title).to.equal(`Error: ${service} – ${PAGE_TITLE}`);
    // The heading says "Error:" to screen readers only: the step's title stays the service's name.
    expect(steps.map((event) => event.title)).to.deep.equal([service]);
    // Back to the picker, the first step: the page's own title.
    await press(form, '#cf-change-service');
    expect(document.title).to.equal(PAGE_TITLE);
    expect(steps.map((event) => event.step)).to.deep.equal(['form', 'service']);
  });

  it('leaves a title the page set meanwhile alone', async () => {
    const form = await mount({ mock, service: SERVICE, updateTitle: true });
    await fillEnquiry(form);
    await pressContinue(form);
    await until(() => document.title.endsWith(PAGE_TITLE) && document.title !== PAGE_TITLE, 'the step in the title');
    document.title = 'Another page';
    form.remove();
    expect(document.title).to.equal('Another page');
  });
});
