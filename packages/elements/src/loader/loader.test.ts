// The loader in a page of its own (each test file gets a fresh page): nothing is defined
// until a tag appears, so the order of these tests matters and each says what it relies on.
import { expect } from 'chai';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import { discover, ELEMENT_TAGS } from './loader.ts';
import { fetchedModules, keepEveryResourceEntry, until } from '../test-support/fixtures.ts';
import type { CivicContactProvider } from '../provider/provider.ts';

const WIDGET_FOLDERS = /\/packages\/elements\/src\/(complaint-form|ticket-status|callback-request|faq-search|service-dashboard)\//;

/** The element folders whose modules the page has fetched. */
function fetchedElementFolders(): string[] {
  const folders = fetchedModules(WIDGET_FOLDERS).map((path) => WIDGET_FOLDERS.exec(path)![1]!);
  return [...new Set(folders)].sort();
}


let mock: MockContactCentre;
let container: HTMLElement;

before(async () => {
  keepEveryResourceEntry();
  mock = await createMockContactCentre();
});

beforeEach(() => {
  container = document.createElement('main');
  document.body.append(container);
});

afterEach(() => container.remove());

describe('the loader', () => {
  it('knows every element', () => {
    expect([...ELEMENT_TAGS].sort()).to.deep.equal([
      'civic-callback-request',
      'civic-complaint-form',
      'civic-contact-provider',
      'civic-faq-search',
      'civic-service-dashboard',
      'civic-ticket-status',
    ]);
  });

  it('defines an element inside a provider, the provider first, and fetches no other element', async function () {
    // The test server compiles each source module on first request.
    this.timeout(60_000);
    // Nothing is defined yet: the loader has seen no tag in this page.
    expect(ELEMENT_TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
    // Set before the upgrade, as a page script may: Lit keeps it.
    container.innerHTML = `<civic-contact-provider api-base="${mock.baseUrl}" site-key="${mock.keys.site.transport}">
        <section><civic-complaint-form></civic-complaint-form></section>
      </civic-contact-provider>`;
    const provider = container.querySelector('civic-contact-provider') as CivicContactProvider;
    provider.fetch = mock.fetch;
    await until(() => customElements.get('civic-complaint-form') !== undefined, 'the complaint form to be defined', 50_000);
    expect(customElements.get('civic-contact-provider'), 'the provider').to.exist;
    // The form reached the provider's catalogue through context: its service picker lists the ministry's services.
    const form = container.querySelector('civic-complaint-form')!;
    await until(() => (form.shadowRoot?.textContent ?? '').includes('Report a pothole or road defect'), "the provider's services in the form");
    expect(fetchedElementFolders()).to.deep.equal(['complaint-form']);
  });

  it('defines elements a page adds later, however deep', async function () {
    this.timeout(30_000);
    container.innerHTML = '<section><div><civic-ticket-status></civic-ticket-status></div></section>';
    await until(() => customElements.get('civic-ticket-status') !== undefined, 'the status tracker to be defined', 25_000);
    expect(container.querySelector('civic-ticket-status')!.shadowRoot, 'upgraded').to.exist;
    expect(fetchedElementFolders()).to.deep.equal(['complaint-form', 'ticket-status']);
  });

  it('defines elements in a shadow root it is given', async function () {
    this.timeout(30_000);
    const host = document.createElement('div');
    container.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<civic-faq-search></civic-faq-search>';
    // Not observed: shadow roots are the page's own business.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(customElements.get('civic-faq-search')).to.equal(undefined);
    await discover(shadow);
    expect(customElements.get('civic-faq-search')).to.exist;
    expect(shadow.querySelector('civic-faq-search')!.shadowRoot, 'upgraded').to.exist;
  });

  it('leaves other tags alone', async () => {
    container.innerHTML = '<civic-unknown-thing></civic-unknown-thing><my-widget></my-widget>';
    await discover(container);
    expect(customElements.get('civic-unknown-thing')).to.equal(undefined);
    expect(fetchedElementFolders()).to.not.include('callback-request');
  });
});
