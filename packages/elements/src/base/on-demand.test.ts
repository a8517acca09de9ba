import { expect } from 'chai';
import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { OnDemand } from './on-demand.ts';
import { place, until } from '../test-support/fixtures.ts';

/** A fetch of a module the test answers by hand. */
function manualImport<M>() {
  const calls: Array<{ resolve(module: M): void; reject(error: Error): void }> = [];
  const load = () => new Promise<M>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

@customElement('test-on-demand-host')
class TestOnDemandHost extends LitElement {
  later!: OnDemand<{ word: string }>;

  protected override render() {
    return html`<input /><p>${this.later?.module?.word ?? (this.later?.failed ? 'failed' : 'not yet')}</p>`;
  }
}

async function host(load: () => Promise<{ word: string }>, startOnFocus = false): Promise<TestOnDemandHost> {
  const element = document.createElement('test-on-demand-host') as TestOnDemandHost;
  element.later = new OnDemand(element, load, { startOnFocus });
  place(html`${element}`);
  await element.updateComplete;
  return element;
}

const shown = (element: TestOnDemandHost) => element.shadowRoot!.querySelector('p')!.textContent;

describe('OnDemand', () => {
  it('fetches nothing until asked, then once however often it is asked, and updates the host when it comes', async () => {
    const { load, calls } = manualImport<{ word: string }>();
    const element = await host(load);
    expect(calls.length).to.equal(0);
    const first = element.later.load();
    const second = element.later.load();
    expect(calls.length).to.equal(1);
    calls[0]!.resolve({ word: 'here' });
    expect(await first).to.deep.equal({ word: 'here' });
    expect(await second).to.equal(await first);
    await until(() => shown(element) === 'here', 'the host to show the module');
    expect(await element.later.load(), 'from then on without fetching').to.equal(await first);
    expect(calls.length).to.equal(1);
  });

  it('forgets a failed fetch, says so, and tries again when asked again', async () => {
    const { load, calls } = manualImport<{ word: string }>();
    const element = await host(load);
    const failing = element.later.load();
    calls[0]!.reject(new Error('offline'));
    let error: unknown;
    await failing.catch((caught: unknown) => (error = caught));
    expect(error).to.be.an('error');
    expect(element.later.failed).to.equal(true);
    await until(() => shown(element) === 'failed', 'the host to show the failure');
    const retry = element.later.load();
    expect(calls.length).to.equal(2);
    calls[1]!.resolve({ word: 'back' });
    await retry;
    expect(element.later.failed).to.equal(false);
    await until(() => shown(element) === 'back', 'the host to show the module');
  });

  it('with startOnFocus, starts fetching when focus first enters the host, and only then', async () => {
    const { load, calls } = manualImport<{ word: string }>();
    const element = await host(load, true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.length, 'before focus').to.equal(0);
    // Dispatched rather than focus(): a page the test runner keeps in the background gets no focus events.
    const focusIn = () => element.shadowRoot!.querySelector('input')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    focusIn();
    expect(calls.length, 'after focus').to.equal(1);
    focusIn();
    expect(calls.length, 'focus again').to.equal(1);
    calls[0]!.resolve({ word: 'ready' });
    await until(() => shown(element) === 'ready', 'the host to show the module');
  });
});
