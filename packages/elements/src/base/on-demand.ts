/**
 * Code that a widget needs only once the citizen acts — a later step of the form, the check
 * of their answers, what to say when something has gone wrong — kept in a chunk of its own
 * and fetched when it is first needed, so that a page that is only looked at never pays for
 * it. With `startOnFocus`, the fetch starts as soon as the citizen starts on the widget
 * (focus enters it), so the chunk is there by the time they press Continue.
 *
 * ```ts
 * readonly #later = new OnDemand(this, () => import('./later.ts'), { startOnFocus: true });
 * …
 * const later = await this.#later.load(); // in an event handler
 * this.#later.module?.confirmationView(…) // in render, once loaded
 * ```
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface OnDemandOptions {
  /** Start fetching when focus first enters the host. */
  startOnFocus?: boolean;
}

export class OnDemand<M> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #import: () => Promise<M>;
  readonly #startOnFocus: boolean;
  #module: M | undefined;
  #pending: Promise<M> | undefined;
  #failed = false;

  constructor(host: ReactiveControllerHost & HTMLElement, load: () => Promise<M>, options: OnDemandOptions = {}) {
    this.#host = host;
    this.#import = load;
    this.#startOnFocus = options.startOnFocus ?? false;
    host.addController(this);
  }

  /** The module, once it has come. */
  get module(): M | undefined {
    return this.#module;
  }

  /** Whether the last fetch failed (the next {@link load} tries again). */
  get failed(): boolean {
    return this.#failed;
  }

  /**
   * Fetches the module, once however often it is asked for, and updates the host when it has
   * come. A failed fetch (the connection dropped) is forgotten, so the next call tries again.
   */
  load(): Promise<M> {
    if (this.#module) return Promise.resolve(this.#module);
    this.#pending ??= this.#import().then(
      (module) => {
        this.#module = module;
        this.#failed = false;
        this.#host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.#pending = undefined;
        this.#failed = true;
        this.#host.requestUpdate();
        throw error;
      },
    );
    return this.#pending;
  }

  hostConnected(): void {
    if (this.#startOnFocus && !this.#module) this.#host.addEventListener('focusin', this.#start);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('focusin', this.#start);
  }

  #start = (): void => {
    this.#host.removeEventListener('focusin', this.#start);
    // A failure here is met again, and told, by whoever needs the module.
    this.load().catch(() => undefined);
  };
}
