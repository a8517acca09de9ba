import { expect } from 'chai';
import { html, LitElement, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { BaseClient } from '@civic-contact/sdk';
import { Announcer } from './announcer.ts';
import { errorSummary } from './error-summary.ts';
import { Focus } from './focus.ts';
import type { IdempotentOutbox, Sent } from './outbox.ts';
import { OutboxController } from './outbox-controller.ts';
import { Task } from './task.ts';
import type { View } from '../shared/view.ts';
import { focused, place, sleep, until } from '../test-support/fixtures.ts';

/** Renders whatever the test gives it between tall spacers (so scrolling can be seen), with the live region. */
@customElement('test-controllers-host')
class TestControllersHost extends LitElement {
  readonly announcer = new Announcer(this);
  readonly moveFocus = new Focus(this);
  content: () => TemplateResult = () => html``;

  protected override render(): TemplateResult {
    return html`${this.announcer.region()}
      <div style="height: 3000px"></div>
      ${this.content()}
      <div style="height: 3000px"></div>`;
  }
}

async function host(content?: () => TemplateResult): Promise<TestControllersHost> {
  const element = document.createElement('test-controllers-host') as TestControllersHost;
  if (content) element.content = content;
  place(html`${element}`);
  await element.updateComplete;
  return element;
}

const region = (element: TestControllersHost) => element.shadowRoot!.querySelector('[role="status"]')!.textContent;

/** The wording a widget's view gives: the shipped English. */
const view = { m: (_id: string, template: unknown) => String(template) } as unknown as View;

const field = () => html`<div class="form-group"><label for="name">Name</label><p class="hint">As on your passport</p><input id="name" /></div>`;

describe('Announcer', () => {
  it('says the same words twice, emptying the region between them', async () => {
    const element = await host();
    element.announcer.announce('Reference copied');
    await until(() => region(element) === 'Reference copied', 'the first announcement');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(region(element) ?? ''));
    observer.observe(element.shadowRoot!, { subtree: true, characterData: true, childList: true });
    element.announcer.announce('Reference copied');
    await until(() => seen.includes('') && region(element) === 'Reference copied', 'the region emptied, then the words again');
    observer.disconnect();
  });

  it('with a delay, says only the last of words that come quickly, once they stop', async () => {
    const element = await host();
    element.announcer.announce('1 result', { delay: 50 });
    element.announcer.announce('2 results', { delay: 50 });
    await element.updateComplete;
    expect(region(element)).to.equal('');
    await until(() => region(element) === '2 results', 'the last count');
    await sleep(80);
    expect(region(element)).to.equal('2 results');
  });

  it('clear drops words still waiting for a render, as well as words waiting for their delay', async () => {
    const element = await host();
    element.announcer.announce('Checking your complaint…');
    element.announcer.clear();
    element.announcer.announce('later', { delay: 30 });
    element.announcer.clear();
    await sleep(60);
    await element.updateComplete;
    expect(region(element)).to.equal('');
  });
});

describe('Focus', () => {
  it('focuses what a selector names once the host has rendered it', async () => {
    let shown = false;
    const element = await host(() => (shown ? html`<h2 id="title" tabindex="-1">Check your answers</h2>` : html``));
    shown = true;
    element.moveFocus.next('#title');
    await element.updateComplete;
    expect(focused()?.id).to.equal('title');
  });

  it('moves to a field as GOV.UK does: its question scrolled to the top, then its control focused', async () => {
    const element = await host(field);
    window.scrollTo(0, 0);
    element.moveFocus.field('#name');
    await element.updateComplete;
    expect(focused()?.id).to.equal('name');
    const group = element.shadowRoot!.querySelector('.form-group')!.getBoundingClientRect();
    expect(Math.abs(group.top), 'the label at the top of the window, not only the box').to.be.lessThan(2);
  });
});

describe('errorSummary', () => {
  it('links each problem to its field, which the link scrolls into view and focuses; a problem without a field is no link', async () => {
    const element = await host(
      () =>
        html`${errorSummary(view, {
          id: 'summary',
          items: [{ text: 'Enter your name', target: '#name' }, { text: 'The contact centre could not be reached' }],
          after: html`<button>Try again</button>`,
        })}${field()}`,
    );
    const root = element.shadowRoot!;
    const box = root.querySelector<HTMLElement>('#summary')!;
    expect(box.getAttribute('tabindex')).to.equal('-1');
    expect(root.querySelector('#summary-title')!.textContent).to.equal('There is a problem');
    expect(box.getAttribute('aria-labelledby')).to.equal('summary-title');
    expect(root.querySelector('#summary [role="alert"] button'), 'Try again is not read out as part of the alert').to.equal(null);
    const links = root.querySelectorAll<HTMLAnchorElement>('#summary a');
    expect([...links].map((a) => a.getAttribute('href'))).to.deep.equal(['#name']);
    expect(root.querySelectorAll('#summary li').length).to.equal(2);
    window.scrollTo(0, 0);
    links[0]!.click();
    expect(focused()?.id).to.equal('name');
    expect(Math.abs(root.querySelector('.form-group')!.getBoundingClientRect().top)).to.be.lessThan(2);
  });
});

describe('Task', () => {
  it('gives the last run only: an earlier run is aborted and resolves to undefined, its error unheard', async () => {
    const element = await host();
    const task = new Task<string>(element);
    const signals: AbortSignal[] = [];
    let fail: (error: Error) => void = () => undefined;
    const first = task.run((signal) => {
      signals.push(signal);
      return new Promise<string>((_, reject) => (fail = reject));
    });
    expect(task.pending).to.equal(true);
    const second = task.run(async (signal) => {
      signals.push(signal);
      return 'second';
    });
    fail(new Error('too late to matter'));
    expect(await first).to.equal(undefined);
    expect(await second).to.equal('second');
    expect(signals.map((signal) => signal.aborted)).to.deep.equal([true, false]);
    expect([task.status, task.value]).to.deep.equal(['complete', 'second']);
  });

  it('throws the current run’s error and keeps it; reset and leaving the page abort the run on its way', async () => {
    const element = await host();
    const task = new Task<string>(element);
    const refused = new Error('refused');
    let thrown: unknown;
    await task.run(() => Promise.reject(refused)).catch((error: unknown) => (thrown = error));
    expect([thrown, task.status, task.error]).to.deep.equal([refused, 'error', refused]);
    let signal: AbortSignal | undefined;
    const run = task.run((s) => {
      signal = s;
      return new Promise<string>(() => undefined);
    });
    element.remove();
    expect(signal?.aborted).to.equal(true);
    expect(task.status).to.equal('initial');
    void run;
  });
});

describe('OutboxController', () => {
  /** An outbox the test drives: each send waits for the test to answer it. */
  function manualOutbox() {
    const sends: Array<{ resolve(sent: Sent<string>): void; reject(error: Error): void }> = [];
    let key: string | undefined;
    let inFlight = false;
    const outbox = {
      get pending() {
        return key !== undefined;
      },
      get sending() {
        return inFlight;
      },
      send: () => {
        key ??= 'key-1';
        inFlight = true;
        return new Promise<Sent<string>>((resolve, reject) => sends.push({ resolve, reject })).finally(() => (inFlight = false));
      },
    } as unknown as IdempotentOutbox<string, string>;
    return { outbox, sends };
  }

  it('makes its outbox at the first send only, and sends again when the browser comes back online while it waits', async () => {
    const element = await host();
    let waiting = false;
    let resends = 0;
    const controller = new OutboxController<string, string>(element, { resend: () => (resends += 1), waiting: () => waiting });
    const { outbox, sends } = manualOutbox();
    let made = 0;
    const make = () => ((made += 1), outbox);
    const client = {} as BaseClient;
    const first = controller.send(make, client, 'body').catch(() => undefined);
    expect(controller.sending).to.equal(true);
    window.dispatchEvent(new Event('online'));
    expect(resends, 'no resend while a send is on its way').to.equal(0);
    sends[0]!.reject(new TypeError('Failed to fetch'));
    await first;
    window.dispatchEvent(new Event('online'));
    expect(resends, 'no resend unless the widget is waiting for the connection').to.equal(0);
    waiting = true;
    window.dispatchEvent(new Event('online'));
    expect(resends).to.equal(1);
    void controller.send(make, client, 'body');
    expect(made, 'one outbox, one key, for every attempt').to.equal(1);
    controller.reset();
    expect(controller.pending).to.equal(false);
    element.remove();
    window.dispatchEvent(new Event('online'));
    expect(resends, 'nothing once the element has left the page').to.equal(1);
  });
});
