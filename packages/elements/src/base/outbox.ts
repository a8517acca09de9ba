/**
 * A request that must take effect exactly once — a complaint filed, a callback booked — sent
 * with one `Idempotency-Key` from the first press of the button until the contact centre has
 * answered, so that no retry (a Try again, the browser coming back online, the SDK's own) can
 * make it twice. Nothing is stored: the key lives as long as the element does.
 */
import { PROBLEM_TYPES } from '@civic-contact/contract';
import { createIdempotencyKey, isConflictError, isValidationError, type BaseClient } from '@civic-contact/sdk';

/** What the contact centre made of the request. */
export interface Sent<R> {
  created: R;
  /**
   * True when an earlier attempt had reached the contact centre after all, before the
   * citizen changed their answers: that version is the one that took effect.
   */
  earlierVersion: boolean;
}

/** Sends one body with one key: the SDK call the outbox makes. */
export type IdempotentCreate<B, R> = (client: BaseClient, body: B, idempotencyKey: string) => Promise<R>;

function isKeyReused(error: unknown): boolean {
  return isConflictError(error) && error.problemType === PROBLEM_TYPES.idempotencyConflict;
}

/** A refusal the contact centre answered (it validates before it stores anything under the key). */
function isValidationRefusal(error: unknown): boolean {
  return isValidationError(error) && error.status !== undefined;
}

/**
 * One key for every attempt of one request, kept through network failures; a new key only
 * once the contact centre has answered with a result, or has refused the request outright
 * (then nothing was stored under the key, and a new one is safe).
 */
export class IdempotentOutbox<B, R> {
  readonly #create: IdempotentCreate<B, R>;
  readonly #refused: (error: unknown) => boolean;
  #key: string | undefined;
  /** Bodies sent with the current key whose fate is unknown (the answer never came). */
  #tried: string[] = [];
  #inFlight: Promise<Sent<R>> | undefined;

  /**
   * @param create - the SDK call, given the key to send.
   * @param refused - errors, besides a validation refusal, after which nothing was stored under the key.
   */
  constructor(create: IdempotentCreate<B, R>, refused: (error: unknown) => boolean = () => false) {
    this.#create = create;
    this.#refused = refused;
  }

  /** Whether a request has been sent, or tried, and has no result yet. */
  get pending(): boolean {
    return this.#key !== undefined;
  }

  /** Whether a request is on its way now. */
  get sending(): boolean {
    return this.#inFlight !== undefined;
  }

  /** The key every attempt carries, once the first has been made. */
  get key(): string | undefined {
    return this.#key;
  }

  /**
   * Sends the body; while one send is in flight, another call gets the same promise, so a
   * double click sends once.
   *
   * @throws whatever the SDK throws; the key is kept for the next try unless the contact
   * centre refused the request outright.
   */
  send(client: BaseClient, body: B): Promise<Sent<R>> {
    this.#inFlight ??= this.#send(client, body).finally(() => {
      this.#inFlight = undefined;
    });
    return this.#inFlight;
  }

  async #send(client: BaseClient, body: B): Promise<Sent<R>> {
    this.#key ??= createIdempotencyKey();
    const idempotencyKey = this.#key;
    const json = JSON.stringify(body);
    if (!this.#tried.includes(json)) this.#tried.push(json);
    try {
      const created = await this.#create(client, body, idempotencyKey);
      this.#reset();
      return { created, earlierVersion: false };
    } catch (error) {
      if (isValidationRefusal(error) || this.#refused(error)) this.#reset();
      if (!isKeyReused(error)) throw error;
      // The key already made another version of the request: an attempt whose answer was lost
      // got through. Asking again with that version returns its result instead of a second one.
      for (const earlier of this.#tried.filter((tried) => tried !== json)) {
        try {
          const created = await this.#create(client, JSON.parse(earlier) as B, idempotencyKey);
          this.#reset();
          return { created, earlierVersion: true };
        } catch (retryError) {
          if (!isKeyReused(retryError)) throw retryError;
        }
      }
      throw error;
    }
  }

  #reset(): void {
    this.#key = undefined;
    this.#tried = [];
  }
}
