import { expect } from 'chai';
import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { emulateMedia } from '@web/test-runner-commands';
import { baseStyles, tokens } from './tokens.ts';
import { place } from '../test-support/fixtures.ts';

@customElement('test-tokens-host')
class TestTokensHost extends LitElement {
  static override styles = [tokens, baseStyles];
  protected override render() {
    return html`<p>Words</p>`;
  }
}

async function textColour(pageScheme: string): Promise<string> {
  const container = place(html`<test-tokens-host></test-tokens-host>`);
  container.style.colorScheme = pageScheme;
  const host = container.querySelector('test-tokens-host') as TestTokensHost;
  await host.updateComplete;
  return getComputedStyle(host.shadowRoot!.querySelector('p')!).color;
}

describe('tokens', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('stay light on a page that stays light, even when the reader’s system is dark (no light text on a white page)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(await textColour('normal')).to.equal('rgb(11, 12, 12)');
  });

  it('go dark where the page goes dark with the system (color-scheme: light dark)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(await textColour('light dark')).to.equal('rgb(243, 242, 241)');
    await emulateMedia({ colorScheme: 'light' });
    expect(await textColour('light dark')).to.equal('rgb(11, 12, 12)');
  });
});
