/**
 * A widget's side of an {@link IdempotentOutbox}: one outbox from the first press of the
 * button until the contact centre has answered (a new one for the next request), and the
 * retry when the browser comes back online after a send that could not get through.
 *
 * The outbox's code comes with a widget's later steps, so the controller only knows its type
 * and is handed a way to make one at the first send: the widget's first screen stays small.
 *
 * ```ts
 * readonly #sending = new OutboxController<ComplaintCreateRequest, ComplaintCreated>(this, {
 *   resend: () => void this.#send(),
 *   waiting: () => this.submission.status === 'failed' && this.submission.reason === 'unreachable',
 * });
 * …
 * const filed = await this.#sending.send(() => new later.Outbox(), client, body);
 * ```
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BaseClient } from '@civic-contact/sdk';
import type { IdempotentOutbox, Sent } from './outbox.ts';

export interface OutboxControllerOptions {
  /** Sends the request again (the widget's own send, which re-reads the answers). */
  resend(): void;
  /** Whether the widget is waiting for a connection to send again: the last send could not get through. */
  waiting(): boolean;
}

export class OutboxController<B, R> implements ReactiveController {
  readonly #options: OutboxControllerOptions;
  #outbox: IdempotentOutbox<B, R> | undefined;

  constructor(host: ReactiveControllerHost, options: OutboxControllerOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** Whether a request is on its way now (a second press then does nothing). */
  get sending(): boolean {
    return this.#outbox?.sending ?? false;
  }

  /** Whether a request has been tried and has no result yet. */
  get pending(): boolean {
    return this.#outbox?.pending ?? false;
  }

  /** Sends `body` through the outbox, made by `make` at the first send. */
  send(make: () => IdempotentOutbox<B, R>, client: BaseClient, body: B): Promise<Sent<R>> {
    this.#outbox ??= make();
    return this.#outbox.send(client, body);
  }

  /** A new request from here on: another complaint, another booking. */
  reset(): void {
    this.#outbox = undefined;
  }

  hostConnected(): void {
    globalThis.addEventListener('online', this.#online);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('online', this.#online);
  }

  #online = (): void => {
    if (this.pending && !this.sending && this.#options.waiting()) this.#options.resend();
  };
}
