import { expect } from 'chai';
import { LitElement, html, render } from 'lit';
import { customElement } from 'lit/decorators.js';
import { consume } from '@lit/context';
import axe from 'axe-core';
import { ServicesResource, type BaseClient } from '@civic-contact/sdk';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import './provider.ts';
import type { CivicContactProvider } from './provider.ts';
import { catalogueContext, clientContext, localeContext, type CatalogueState } from '../context/contexts.ts';
import type { LocaleInfo } from '../locale.ts';
import type { CivicErrorEvent } from '../events/civic-error-event.ts';

/** What a Civic Contact element sees through context. */
@customElement('test-context-reader')
class TestContextReader extends LitElement {
  @consume({ context: clientContext, subscribe: true }) client: BaseClient | undefined;
  @consume({ context: localeContext, subscribe: true }) locale: LocaleInfo | undefined;
  @consume({ context: catalogueContext, subscribe: true }) catalogue: CatalogueState | undefined;

  protected override render() {
    return html`<p lang=${this.locale?.lang ?? ''} dir=${this.locale?.dir ?? 'ltr'}>
      ${this.catalogue?.status === 'ready' ? this.catalogue.catalogue.ministry.name.en : 'Loading'}
    </p>`;
  }
}

/** A reader nested inside another element's shadow root, as in a real page's components. */
@customElement('test-shadow-host')
class TestShadowHost extends LitElement {
  protected override render() {
    return html`<test-context-reader></test-context-reader>`;
  }
}

let mock: MockContactCentre;
let container: HTMLElement;

before(async () => {
  mock = await createMockContactCentre();
});

beforeEach(() => {
  container = document.createElement('main');
  document.body.append(container);
});

afterEach(() => container.remove());

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = performance.now() + 5000;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function mount(siteKey: string, lang = 'en'): Promise<{ provider: CivicContactProvider; readers: TestContextReader[] }> {
  render(
    html`<civic-contact-provider api-base=${mock.baseUrl} site-key=${siteKey} lang=${lang} .fetch=${mock.fetch}>
      <section>
        <test-context-reader></test-context-reader>
        <test-shadow-host></test-shadow-host>
      </section>
    </civic-contact-provider>`,
    container,
  );
  const provider = container.querySelector('civic-contact-provider')!;
  const host = container.querySelector<TestShadowHost>('test-shadow-host')!;
  await host.updateComplete;
  return { provider, readers: [container.querySelector('test-context-reader')!, host.shadowRoot!.querySelector('test-context-reader')!] };
}

describe('<civic-contact-provider>', () => {
  it('gives every element inside, even in a shadow root, the same client, the locale and the catalogue', async () => {
    const { provider, readers } = await mount(mock.keys.site.health!);
    await until(() => readers.every((r) => r.catalogue?.status === 'ready'), 'the catalogue');
    const [light, shadowed] = readers as [TestContextReader, TestContextReader];
    expect(light.client).to.exist;
    expect(light.client).to.equal(shadowed.client);
    expect(light.client).to.equal(provider.client);
    expect(light.locale).to.deep.equal({ lang: 'en', dir: 'ltr' });
    const state = light.catalogue as Extract<CatalogueState, { status: 'ready' }>;
    expect(state.catalogue.ministry.id).to.equal('health');
    expect(state.catalogue.services.length).to.be.greaterThan(2);
    await light.updateComplete;
    expect(light.shadowRoot!.textContent).to.contain(state.catalogue.ministry.name.en);
    // The shared client really talks to the contact centre it was configured for.
    const { services } = await light.client!.use(ServicesResource).list();
    expect(services.map((s) => s.id)).to.deep.equal(state.catalogue.services.map((s) => s.id));
  });

  it('passes a change of lang on to every element, with the writing direction', async () => {
    const { provider, readers } = await mount(mock.keys.site.health!);
    await until(() => readers.every((r) => r.catalogue?.status === 'ready'), 'the catalogue');
    const before = readers[0]!.catalogue;
    provider.lang = 'ar';
    await until(() => readers.every((r) => r.locale?.lang === 'ar'), 'the new locale');
    for (const reader of readers) {
      expect(reader.locale).to.deep.equal({ lang: 'ar', dir: 'rtl' });
      await reader.updateComplete;
      expect(reader.shadowRoot!.querySelector('p')!.getAttribute('dir')).to.equal('rtl');
    }
    // The catalogue already holds every language: no reload, no loading flash.
    expect(readers[0]!.catalogue).to.equal(before);
    provider.setAttribute('lang', 'fr');
    await until(() => readers.every((r) => r.locale?.lang === 'fr' && r.locale?.dir === 'ltr'), 'French');
  });

  it('follows the page language when it has no lang of its own', async () => {
    container.setAttribute('lang', 'es');
    const { provider, readers } = await mount(mock.keys.site.health!, '');
    await until(() => readers.every((r) => r.locale?.lang === 'es'), 'the page language');
    expect(provider.locale).to.deep.equal({ lang: 'es', dir: 'ltr' });
  });

  it('accepts any spelling of a language tag the page may use', async () => {
    const { provider, readers } = await mount(mock.keys.site.health!, 'AR-eg');
    await until(() => readers[0]!.catalogue?.status === 'ready', 'the catalogue');
    expect(readers[0]!.locale).to.deep.equal({ lang: 'ar-EG', dir: 'rtl' });
    for (const [tag, expected] of [['zh-Hant-TW', 'zh-TW'], ['es-419', 'es'], ['not a tag!', 'en']]) {
      provider.lang = tag!;
      await until(() => readers[0]!.locale?.lang === expected, `${tag} as ${expected}`);
      expect(provider.client, tag).to.exist;
    }
    expect(readers[0]!.catalogue?.status).to.equal('ready');
  });

  it('loads the catalogue of the ministry whose key it holds, and reloads when the key changes', async () => {
    const { provider, readers } = await mount(mock.keys.site.health!);
    await until(() => readers[0]!.catalogue?.status === 'ready', 'the catalogue');
    provider.siteKey = mock.keys.site.transport!;
    await until(
      () => readers[0]!.catalogue?.status === 'ready' && readers[0]!.catalogue.catalogue.ministry.id === 'transport',
      'the transport catalogue',
    );
  });

  it('reports an unknown key as an error state and a civic-error event', async () => {
    const errors: CivicErrorEvent[] = [];
    container.addEventListener('civic-error', (event) => errors.push(event));
    const { readers } = await mount('pk_not_a_real_key');
    await until(() => readers[0]!.catalogue?.status === 'error', 'the error state');
    expect(errors).to.have.length(1);
    expect(errors[0]!.operation).to.equal('load-catalogue');
    expect(errors[0]!.error.name).to.equal('AuthError');
    expect(errors[0]!.composed && errors[0]!.bubbles).to.equal(true);
  });

  it('refuses a secret key at once, before any request', async () => {
    const errors: CivicErrorEvent[] = [];
    container.addEventListener('civic-error', (event) => errors.push(event));
    const { provider, readers } = await mount(mock.keys.secret.health!);
    await until(() => readers[0]!.catalogue?.status === 'error', 'the error state');
    expect(provider.client).to.equal(undefined);
    expect(errors[0]!.operation).to.equal('configure');
    expect(errors[0]!.error.message).to.match(/secret/i);
  });

  it('adds nothing to the page that assistive technology would trip over', async () => {
    const { provider, readers } = await mount(mock.keys.site.health!);
    await until(() => readers[0]!.catalogue?.status === 'ready', 'the catalogue');
    const results = await axe.run(provider);
    expect(results.violations.map((v) => v.id)).to.deep.equal([]);
  });
});
