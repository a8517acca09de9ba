// The floor the widgets are measured against, in the size budgets (scripts/size.mjs) and in
// bench:render (bench/render.mjs): the least a Lit element with one labelled input can be.
import { LitElement, html } from 'lit';

class BareLitElement extends LitElement {
  static properties = { value: { type: String } };

  constructor() {
    super();
    this.value = '';
  }

  render() {
    return html`<label for="name">Your name</label>
      <input id="name" .value=${this.value} @input=${(event) => (this.value = event.target.value)} />`;
  }
}

customElements.define('bare-lit-element', BareLitElement);
