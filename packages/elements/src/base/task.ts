/**
 * One asynchronous job of a widget — looking a ticket up, loading the free times, loading an
 * answer — with its state for render and its abort: starting it again, or the widget leaving
 * the page, cancels the run before, whose late answer is then ignored. A thin cousin of
 * `@lit/task` (about a tenth of its size), run from event handlers rather than from
 * arguments.
 *
 * ```ts
 * readonly #lookup = new Task<Ticket>(this);
 * …
 * const ticket = await this.#lookup.run((signal) => tickets.get(reference, { signal })); // undefined when superseded
 * …
 * this.#lookup.pending ? html`…Checking…` : …                                             // in render
 * ```
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type TaskStatus = 'initial' | 'pending' | 'complete' | 'error';

export class Task<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #status: TaskStatus = 'initial';
  #value: T | undefined;
  #error: unknown;
  #run: AbortController | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get status(): TaskStatus {
    return this.#status;
  }

  /** Whether a run is on its way. */
  get pending(): boolean {
    return this.#status === 'pending';
  }

  /** The last run's result, once complete. */
  get value(): T | undefined {
    return this.#value;
  }

  /** Why the last run failed. */
  get error(): unknown {
    return this.#error;
  }

  /**
   * Runs `work`, cancelling the run before. Resolves to its result; to `undefined` when
   * cancelled or superseded meanwhile (whatever the work threw then is of no interest).
   *
   * @throws what `work` threw, when this run is still the current one.
   */
  async run(work: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    this.#run?.abort();
    const run = new AbortController();
    this.#run = run;
    this.#set('pending');
    try {
      const value = await work(run.signal);
      if (run.signal.aborted) return undefined;
      this.#value = value;
      this.#set('complete');
      return value;
    } catch (error) {
      if (run.signal.aborted) return undefined;
      this.#error = error;
      this.#set('error');
      throw error;
    } finally {
      if (this.#run === run) this.#run = undefined;
    }
  }

  /** Cancels the run on its way, if any, and forgets the last result. */
  reset(): void {
    this.#run?.abort();
    this.#run = undefined;
    this.#value = undefined;
    this.#error = undefined;
    this.#set('initial');
  }

  hostDisconnected(): void {
    if (this.#run) this.reset();
  }

  #set(status: TaskStatus): void {
    this.#status = status;
    this.#host.requestUpdate();
  }
}
