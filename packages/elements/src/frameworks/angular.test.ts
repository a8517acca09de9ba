/**
 * The elements in an Angular app, as docs/frameworks.md tells a ministry to use them: a
 * standalone component with `schemas: [CUSTOM_ELEMENTS_SCHEMA]`, properties bound with
 * `[apiBase]`, the event with `(civic-submitted)`, against the mock contact centre. Compiled
 * in the browser (JIT, `@angular/compiler` loaded first), without zone.js.
 */
import '@angular/compiler';
import { expect } from 'chai';
import { ApplicationRef, Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import type { MockContactCentre } from '@civic-contact/mock';
import '../provider/provider.ts';
import '../complaint-form/complaint-form.ts';
import type { CivicSubmittedEvent } from '../events/civic-submitted-event.ts';
import { $, createMock, fillEnquiry, press, pressContinue, text, until } from '../complaint-form/test-fixtures.ts';
import { startOn } from '../test-support/dom.ts';

const later = () => import('../complaint-form/later.ts');

describe('Angular', function () {
  this.timeout(20_000);
  let mock: MockContactCentre;
  let app: ApplicationRef | undefined;

  before(async () => {
    mock = await createMock();
  });
  afterEach(() => {
    app?.destroy();
    document.querySelector('ministry-complaint-page')?.remove();
  });

  it('a standalone component with CUSTOM_ELEMENTS_SCHEMA binds the properties and (civic-submitted): Angular shows the reference', async () => {
    @Component({
      selector: 'ministry-complaint-page',
      schemas: [CUSTOM_ELEMENTS_SCHEMA],
      template: `
        <civic-contact-provider [apiBase]="apiBase" [siteKey]="siteKey" [fetch]="fetch" lang="en">
          <civic-complaint-form service="civil-registry-enquiry" [headingLevel]="3" (civic-submitted)="filed($event)"></civic-complaint-form>
        </civic-contact-provider>
        @if (reference()) {
          <p role="status">Your reference is {{ reference() }}</p>
        }`,
    })
    class ComplaintPage {
      readonly apiBase = mock.baseUrl;
      readonly siteKey = mock.keys.site['civil-registry']!;
      readonly fetch = mock.fetch;
      readonly reference = signal('');

      filed(event: Event): void {
        this.reference.set((event as CivicSubmittedEvent).reference);
      }
    }

    document.body.append(document.createElement('ministry-complaint-page'));
    app = await bootstrapApplication(ComplaintPage, { providers: [provideZonelessChangeDetection()] });

    const page = document.querySelector('ministry-complaint-page')!;
    const form = page.querySelector('civic-complaint-form')!;
    await until(() => Boolean(form.shadowRoot?.querySelector('form')), 'the form, rendered inside the Angular app');
    await startOn(form, later);
    // [fetch] and [headingLevel] reached the element as properties: the mock's catalogue, an h3.
    expect(text($(form, 'h3'))).to.equal('Requirements and general questions');

    await fillEnquiry(form);
    await pressContinue(form);
    await until(() => form.shadowRoot!.querySelector('[part="check-answers"]') !== null, 'check your answers');
    await press(form, '[part="submit-button"]');
    await until(() => page.querySelector('[role="status"]') !== null, 'the reference, shown by Angular', 8000);

    const shown = text($(form, '[part="reference"]'));
    expect(shown).to.match(/^CRO-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(page.querySelector('[role="status"]')!.textContent?.trim()).to.equal(`Your reference is ${shown}`);
  });
});
