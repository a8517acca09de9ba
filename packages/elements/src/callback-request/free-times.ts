/**
 * The free times of the service being booked: loaded when the form shows, a week at a time
 * as the citizen moves through the calendar, again after a failure or when the slot chosen
 * was taken. A load started while another runs replaces it, and one the element leaves the
 * page during is dropped (base/task.ts); it loads again when the element is back on a page.
 *
 * ```ts
 * readonly #times = new FreeTimes(this, { client: () => this.client, misconfiguration, loaded: (listing) => … });
 * …
 * this.#times.need(service.id);   // in willUpdate: loads once per service
 * this.#times.task                // in render: pending, complete (its value), error
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CallbackSlots } from '@civic-contact/contract';
import { CallbacksResource, type BaseClient } from '@civic-contact/sdk';
import type { Misconfiguration } from '../base/misconfiguration.ts';
import { Task } from '../base/task.ts';
import { CivicErrorEvent } from '../events/civic-error-event.ts';
import { asError } from '../shared/failure.ts';
import { daysToAsk } from './model.ts';

export interface FreeTimesOptions {
  /** The element's client, once it has one. */
  client(): BaseClient | undefined;
  misconfiguration: Misconfiguration;
  /** A listing has come (the answers keep what they can of it). */
  loaded(listing: CallbackSlots): void;
}

export class FreeTimes implements ReactiveController {
  readonly task: Task<CallbackSlots>;
  /** The first day listed now ('' until the times have come). */
  from = '';
  /** The first day the centre listed at all: today, or the next day it takes calls. */
  first = '';
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: FreeTimesOptions;
  /** The service whose times are loaded or loading. */
  #service = '';
  /** The first day last asked for ('' for today), for a retry. */
  #asked = '';

  constructor(host: ReactiveControllerHost & HTMLElement, options: FreeTimesOptions) {
    this.#host = host;
    this.#options = options;
    this.task = new Task(host);
    host.addController(this);
  }

  /** The listing, once it has come (none while the next one loads). */
  get listing(): CallbackSlots | undefined {
    return this.task.status === 'complete' ? this.task.value : undefined;
  }

  /** Loads the times of `service`, unless they are loaded or loading. */
  need(service: string): void {
    if (service !== this.#service) void this.load(service, '');
  }

  /** The days of the service being booked from `from` ('' for today; the first day listed now unless said); undefined when they did not come. */
  async load(service = this.#service, from = this.from): Promise<CallbackSlots | undefined> {
    if (!service) return undefined;
    this.#service = service;
    this.#asked = from;
    const { client, misconfiguration } = this.#options;
    const connected = client();
    if (!connected) {
      misconfiguration.noConnection('load-slots');
      return undefined;
    }
    try {
      const days = daysToAsk(this.first, from);
      return await this.task.run(async (signal) => {
        const listing = await connected.use(CallbacksResource).slots({ service, ...(from ? { from } : {}), days }, { signal });
        // With the listing, in the same render: the days it starts from, and the answers settled on it.
        if (!signal.aborted) {
          this.from = listing.days[0]?.date ?? from;
          this.first ||= this.from;
          this.#options.loaded(listing);
        }
        return listing;
      });
    } catch (error) {
      if (misconfiguration.take(error, 'load-slots')) this.task.reset();
      else this.#host.dispatchEvent(new CivicErrorEvent(asError(error), 'load-slots'));
      return undefined;
    }
  }

  /** The days last asked for, again. */
  retry(): void {
    void this.load(this.#service, this.#asked);
  }

  /** Forgets the times, e.g. for another service. */
  reset(): void {
    this.task.reset();
    this.#service = this.#asked = this.from = this.first = '';
  }

  hostDisconnected(): void {
    this.#service = '';
  }
}
