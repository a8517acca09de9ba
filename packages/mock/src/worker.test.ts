// The mock in a real browser, through msw's service worker: what an offline demo page does.
import { expect } from 'chai';
import { setupWorker } from 'msw/browser';
import { parse, ServiceCatalogueSchema } from '@civic-contact/contract';
import { createMockContactCentre, type MockContactCentre } from './index.ts';

describe('the mock contact centre with setupWorker in Chromium', () => {
  let mock: MockContactCentre;
  let worker: ReturnType<typeof setupWorker>;

  before(async () => {
    mock = await createMockContactCentre();
    worker = setupWorker(...mock.handlers);
    await worker.start({ quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
  });

  after(() => worker.stop());

  it('answers the page’s own fetch with the seeded catalogue', async () => {
    const response = await fetch(`${mock.baseUrl}/v1/services`, { headers: { 'X-Site-Key': mock.keys.site['civil-registry']! } });
    expect(response.status).to.equal(200);
    const catalogue = parse(ServiceCatalogueSchema, await response.json());
    expect(catalogue.ministry.id).to.equal('civil-registry');
    expect(catalogue.ministry.locales).to.include('ar');
  });

  it('answers FAQ searches in Arabic from the same handlers', async () => {
    const response = await fetch(`${mock.baseUrl}/v1/faq/search?q=${encodeURIComponent('شهادة ميلاد')}&lang=ar`, {
      headers: { 'X-Site-Key': mock.keys.site['civil-registry']! },
    });
    expect(response.status).to.equal(200);
    const result = (await response.json()) as { lang: string; hits: unknown[] };
    expect(result.lang).to.equal('ar');
    expect(result.hits.length).to.be.greaterThan(0);
  });
});
