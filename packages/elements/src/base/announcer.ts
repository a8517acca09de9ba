/**
 * What a widget says to a screen reader without moving focus: "3 results", "Reference
 * copied", "photo.jpg uploaded". One polite live region per widget, rendered by
 * {@link Announcer.region}; {@link Announcer.announce} puts words in it.
 *
 * ```ts
 * readonly #announcer = new Announcer(this);
 * …
 * this.#announcer.announce(m('…', 'Reference copied'));          // now
 * this.#announcer.announce(countText, { delay: 300 });           // once the typing stops
 * …
 * html`<div class="root">${this.#announcer.region()} …</div>`    // in render
 * ```
 *
 * @module
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export interface AnnounceOptions {
  /**
   * Milliseconds to wait before speaking; a newer announcement in the meantime replaces this
   * one. For words that follow typing, so a screen reader is not interrupted at each key.
   */
  delay?: number;
}

export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #text = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts what was asked, so that words waiting for a render are dropped once newer ones (or a clear) come. */
  #asked = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Says `text`; the same words twice are said twice (the region is emptied first). */
  announce(text: string, { delay = 0 }: AnnounceOptions = {}): void {
    clearTimeout(this.#timer);
    const asked = ++this.#asked;
    const speak = (): void => {
      this.#set('');
      void this.#host.updateComplete.then(() => {
        if (asked === this.#asked) this.#set(text);
      });
    };
    if (delay > 0) this.#timer = setTimeout(speak, delay);
    else speak();
  }

  /** Forgets what was said and anything waiting to be said. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#asked += 1;
    this.#set('');
  }

  /** The live region, once in each widget's root. */
  region(): TemplateResult {
    return html`<div class="visually-hidden" role="status">${this.#text}</div>`;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  #set(text: string): void {
    this.#text = text;
    this.#host.requestUpdate();
  }
}
