/**
 * The elements in a Vue 3 app, as docs/frameworks.md tells a ministry to use them: the tags
 * marked as custom elements (`compilerOptions.isCustomElement`), properties bound with `:`,
 * events with `@civic-submitted`, against the mock contact centre. The props and handlers
 * written here are typed by `@civic-contact/elements/vue` (vue/index.ts): `tsc -p
 * tsconfig.test.json` compiles this file, wrong props included under `@ts-expect-error`.
 */
import { expect } from 'chai';
import type * as Vue from 'vue';
import type { GlobalComponents } from 'vue';
import type {} from '../vue/index.ts';
import type { MockContactCentre } from '@civic-contact/mock';
import '../provider/provider.ts';
import '../complaint-form/complaint-form.ts';
import type { CivicComplaintForm } from '../complaint-form/complaint-form.ts';
import type { CivicStepEvent } from '../events/civic-step-event.ts';
import type { CivicSubmittedEvent } from '../events/civic-submitted-event.ts';
import { $, createMock, fillEnquiry, press, pressContinue, text, until } from '../complaint-form/test-fixtures.ts';
import { startOn } from '../test-support/dom.ts';

// Vue's browser build, which compiles templates at run time (the package's own entry is for
// bundlers, which replace `process.env.NODE_ENV`); its types are the package's.
const { createApp, h, ref } = (await import('vue/dist/vue.esm-browser.js' as string)) as typeof Vue;

/** What a template may give `<civic-complaint-form>`, from the GlobalComponents declaration. */
type ComplaintFormProps = InstanceType<GlobalComponents['civic-complaint-form']>['$props'];
type ProviderProps = InstanceType<GlobalComponents['civic-contact-provider']>['$props'];

const SERVICE = 'civil-registry-enquiry';
const SERVICE_NAME = 'Requirements and general questions';
const later = () => import('../complaint-form/later.ts');

describe('Vue 3', function () {
  this.timeout(20_000);
  let mock: MockContactCentre;
  let container: HTMLElement;
  let unmount: () => void = () => {};
  /** Vue's own warnings (an unknown component, a failed prop): none expected. */
  let warnings: string[];

  before(async () => {
    mock = await createMock();
  });
  beforeEach(() => {
    warnings = [];
    container = document.body.appendChild(document.createElement('main'));
  });
  afterEach(() => {
    unmount();
    container.remove();
  });

  function mountApp(component: Vue.Component): void {
    const app = createApp(component);
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('civic-');
    app.config.warnHandler = (message) => warnings.push(message);
    app.mount(container);
    unmount = () => app.unmount();
  }

  async function renderedForm(): Promise<CivicComplaintForm> {
    const form = container.querySelector('civic-complaint-form')!;
    await until(() => Boolean(form?.shadowRoot?.querySelector('form')), 'the form, rendered inside the Vue app');
    await startOn(form, later);
    return form;
  }

  it('a template binds the properties and @civic-submitted: the handler gets the event, and Vue shows its reference', async () => {
    mountApp({
      setup() {
        const reference = ref('');
        return {
          apiBase: mock.baseUrl,
          siteKey: mock.keys.site['civil-registry']!,
          fetch: mock.fetch,
          reference,
          filed: (event: CivicSubmittedEvent) => (reference.value = event.reference),
        };
      },
      template: `
        <civic-contact-provider :api-base="apiBase" :site-key="siteKey" :fetch="fetch" lang="en">
          <civic-complaint-form service="${SERVICE}" @civic-submitted="filed"></civic-complaint-form>
        </civic-contact-provider>
        <p v-if="reference" role="status">Your reference is {{ reference }}</p>`,
    });
    const form = await renderedForm();
    // `:fetch` reached the element as a property: the service's name came from the mock through it.
    expect(text($(form, 'h2'))).to.equal(SERVICE_NAME);

    await fillEnquiry(form);
    await pressContinue(form);
    await until(() => form.shadowRoot!.querySelector('[part="check-answers"]') !== null, 'check your answers');
    await press(form, '[part="submit-button"]');
    await until(() => container.querySelector('[role="status"]') !== null, 'the reference, shown by Vue', 8000);

    const shown = text($(form, '[part="reference"]'));
    expect(shown).to.match(/^CRO-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(container.querySelector('[role="status"]')!.textContent).to.equal(`Your reference is ${shown}`);
    expect(warnings).to.deep.equal([]);
  });

  it('a render function gives the typed props and handlers: properties set, onCivicStep called with each step', async () => {
    const steps: CivicStepEvent[] = [];
    const provider: ProviderProps = { apiBase: mock.baseUrl, siteKey: mock.keys.site['civil-registry']!, fetch: mock.fetch, lang: 'en' };
    const form: ComplaintFormProps = { service: SERVICE, headingLevel: 3, onCivicStep: (event) => steps.push(event) };
    // @ts-expect-error — a heading level is a number
    const wrongType: ComplaintFormProps = { headingLevel: 'three' };
    // @ts-expect-error — the complaint form fires no civic-status-loaded
    const wrongEvent: ComplaintFormProps = { onCivicStatusLoaded: () => {} };
    expect([wrongType, wrongEvent]).to.have.length(2);

    mountApp({ render: () => h('civic-contact-provider', provider, [h('civic-complaint-form', form)]) });
    const element = await renderedForm();
    // headingLevel, a number property: the service's name is an h3.
    expect(text($(element, 'h3'))).to.equal(SERVICE_NAME);
    expect(element.shadowRoot!.querySelector('h2')).to.equal(null);

    await fillEnquiry(element);
    await pressContinue(element);
    await until(() => steps.some((step) => step.step === 'check'), 'the check step, told to the handler');
    expect(steps.map((step) => step.step)).to.include('check');
    expect(steps.every((step) => step.type === 'civic-step')).to.equal(true);
    expect(warnings).to.deep.equal([]);
  });
});
