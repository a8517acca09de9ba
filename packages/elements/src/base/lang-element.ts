import { LitElement } from 'lit';

/**
 * A LitElement that updates when its `lang` attribute changes. `lang` is a native attribute:
 * observing it, rather than shadowing HTMLElement's own property, lets `el.lang = 'ar'` and
 * `setAttribute('lang', 'ar')` both work.
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
