/**
 * The complaint's way out: one `Idempotency-Key` from the first press of Submit until the
 * contact centre has answered with a reference, so that no retry — a Try again, the browser
 * coming back online, the SDK's own — can file the complaint twice. Nothing is stored: the
 * key lives as long as the form does.
 */
import { PROBLEM_TYPES, type ComplaintCreateRequest, type ComplaintCreated } from '@civic-contact/contract';
import { createIdempotencyKey, isConflictError, isValidationError, type CivicContactClient } from '@civic-contact/sdk';

/** What the contact centre filed. */
export interface Filed {
  created: ComplaintCreated;
  /**
   * True when an earlier attempt had reached the contact centre after all, before the
   * citizen changed their answers: that version is the one filed.
   */
  earlierVersion: boolean;
}

function isKeyReused(error: unknown): boolean {
  return isConflictError(error) && error.problemType === PROBLEM_TYPES.idempotencyConflict;
}

export class Outbox {
  #key: string | undefined;
  /** Bodies sent with the current key whose fate is unknown (the answer never came). */
  #tried: string[] = [];
  #inFlight: Promise<Filed> | undefined;

  /** Whether a complaint has been sent, or tried, and not yet filed. */
  get pending(): boolean {
    return this.#key !== undefined;
  }

  /** Whether a request is on its way now. */
  get sending(): boolean {
    return this.#inFlight !== undefined;
  }

  /** The key every attempt of this complaint carries, once the first has been made. */
  get key(): string | undefined {
    return this.#key;
  }

  /**
   * Sends the complaint; while one send is in flight, another call gets the same promise,
   * so a double click files once.
   *
   * @throws whatever the SDK throws; the key is kept for the next try unless the contact
   * centre refused the complaint outright (then nothing was filed and a new key is safe).
   */
  send(client: CivicContactClient, body: ComplaintCreateRequest): Promise<Filed> {
    this.#inFlight ??= this.#send(client, body).finally(() => {
      this.#inFlight = undefined;
    });
    return this.#inFlight;
  }

  async #send(client: CivicContactClient, body: ComplaintCreateRequest): Promise<Filed> {
    this.#key ??= createIdempotencyKey();
    const idempotencyKey = this.#key;
    const json = JSON.stringify(body);
    if (!this.#tried.includes(json)) this.#tried.push(json);
    try {
      const created = await client.complaints.create(body, { idempotencyKey });
      this.#reset();
      return { created, earlierVersion: false };
    } catch (error) {
      // The contact centre checks the key before the answers: a refusal means this key filed nothing.
      if (isValidationError(error) && error.status !== undefined) this.#reset();
      if (!isKeyReused(error)) throw error;
      // The key already filed another version of the answers: an attempt whose answer was lost
      // got through. Asking again with that version returns its reference instead of a second ticket.
      for (const earlier of this.#tried.filter((tried) => tried !== json)) {
        try {
          const created = await client.complaints.create(JSON.parse(earlier) as ComplaintCreateRequest, { idempotencyKey });
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
