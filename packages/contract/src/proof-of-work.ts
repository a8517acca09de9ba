/**
 * The proof of work asked of public writes made with a site key (complaints, attachments,
 * callback bookings), which makes a flood of them costly without a third-party service.
 *
 * It is ALTCHA's (https://altcha.org, "PoW v1"), so its field names are
 * ALTCHA's: `GET /v1/challenge` answers a SHA-256 `challenge` of `salt` followed by a secret
 * whole number from 0 to `maxnumber`, and an HMAC `signature` of it. The client finds the
 * number by trying each in turn, and sends
 * `base64(JSON.stringify({ algorithm, challenge, number, salt, signature }))` in the
 * `X-Civic-Proof` header of the write. Each proof is good for one write (and the retries of
 * that write, which carry the same `Idempotency-Key`), for one ministry, until `expires`.
 *
 * @module
 */
import * as v from 'valibot';
import { int, object } from './schema.ts';
import { DateTimeSchema } from './common.ts';

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** `GET /v1/challenge` answer: a proof-of-work challenge, in ALTCHA's format. */
export const ChallengeSchema = object({
  algorithm: v.literal('SHA-256'),
  /** Lower-case hex SHA-256 of `salt` followed by the secret number in decimal. */
  challenge: v.pipe(v.string(), v.regex(HEX_SHA256)),
  /** The secret number is a whole number from 0 to this. */
  maxnumber: v.pipe(int(), v.minValue(1)),
  /** Random, with the challenge's terms signed into it as ALTCHA does (`…?expires=…&`). */
  salt: v.string(),
  /** Lower-case hex HMAC-SHA-256 of `challenge` with the contact centre's key. */
  signature: v.pipe(v.string(), v.regex(HEX_SHA256)),
  /** When the contact centre stops accepting a proof of this challenge. */
  expires: DateTimeSchema,
});
export interface Challenge extends v.InferOutput<typeof ChallengeSchema> {}
