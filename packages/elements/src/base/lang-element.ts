import { LitElement } from 'lit';

/**
 * A LitElement that updates when its `lang` attribute changes. `lang` is a native attribute:
 * observing it, rather than shadowing HTMLElement's own property, lets `el.lang = 'ar'` and
 * `setAttribute('lang', 'ar')` both work.
 *
 * @attr {string} lang - The language the element speaks, a BCP 47 tag (`fr`, `ar`): one the elements ship (en, fr, es, ar) or one the provider's `strings` add. Without it, the nearest ancestor's `lang` (a provider's, the page's), else the browser's language.
 */
export class LangElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }
}
