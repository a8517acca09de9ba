/**
 * Callbacks: the calendar of free places, booking one ("as soon as possible" or in a slot),
 * and cancelling it with the phone number as the verifier.
 *
 * @module
 */
import {
  CallbackCreateRequestSchema,
  LIMITS,
  SlotsQuerySchema,
  type Callback,
  type CallbackSlots,
  type Ministry,
} from '@civic-contact/contract';
import { badRequest, conflict, notFound, parseOrThrow, rateLimited, slotFull, validationFailed } from '../errors.ts';
import type { Principal } from '../keys.ts';
import { refuseHoneypot } from '../proof-of-work.ts';
import { parseQuery, type QueryInput } from '../query.ts';
import { asapStatus, computeSlotDays, findSlot } from '../slots.ts';
import type { CallbackRecord, StorageTx } from '../storage.ts';
import { addDaysToDate, todayIn } from '../timezone.ts';
import { ministryOf } from './access.ts';
import type { CentreContext } from './context.ts';
import { idempotent, readIdempotencyKey, storeUnderNewReference } from './creates.ts';
import { consume, guardWrite, lookup } from './guards.ts';
import { canonicalReference, jsonObject, phoneMatches, readVerifier, serviceOf } from './requests.ts';
import type { IdempotentResult, RequestContext } from './types.ts';

/** The same answer for an unknown callback and a wrong phone number, so neither can be told from the other. */
const CALLBACK_NOT_FOUND = 'No callback matches this reference and phone number. Check both and try again.';

export async function callbackSlots(centre: CentreContext, principal: Principal, query: QueryInput): Promise<CallbackSlots> {
  const ministry = await ministryOf(centre, principal);
  const { service: serviceId, from: fromQuery, days: daysQuery } = parseQuery(SlotsQuerySchema, query);
  const service = await centre.storage.getService(serviceId);
  if (!service || service.ministryId !== ministry.id) throw notFound('There is no such service.');
  if (!service.callbacks) {
    throw badRequest('This service does not offer callbacks.', [
      { field: 'service', code: 'not_allowed', message: 'This service does not offer callbacks.' },
    ]);
  }
  const now = centre.now();
  const from = fromQuery ?? todayIn(ministry.timeZone, now);
  const days = daysQuery ?? LIMITS.slotDaysDefault;
  // A day either side covers every slot of the listed local days, whatever the offset.
  const [booked, queue] = await Promise.all([
    centre.storage.countBookedSlots(
      ministry.id,
      new Date(`${addDaysToDate(from, -1)}T00:00:00Z`).toISOString(),
      new Date(`${addDaysToDate(from, days + 1)}T00:00:00Z`).toISOString(),
    ),
    centre.storage.countAsapQueue(ministry.id),
  ]);
  return {
    service: service.id,
    timeZone: ministry.timeZone,
    days: computeSlotDays({ ministry, from, days, now, booked }),
    asap: asapStatus(ministry, now, queue),
  };
}

export async function createCallback(
  centre: CentreContext,
  principal: Principal,
  body: unknown,
  idempotencyKey: string | null,
  context: RequestContext,
): Promise<IdempotentResult<Callback>> {
  const ministry = await ministryOf(centre, principal);
  const key = readIdempotencyKey(idempotencyKey);
  const request = parseOrThrow(CallbackCreateRequestSchema, jsonObject(body));
  refuseHoneypot(request);
  const now = centre.now();
  // Secret keys (an agent booking for a caller) are not capped, and leave no client behind.
  const client = principal.kind === 'site' ? (await centre.sha256(`client\n${ministry.id}\n${context.clientId}`)).slice(0, 32) : null;
  const guard = () => guardWrite(centre, 'callback', principal, ministry, context, key);
  return idempotent(centre, 'createCallback', ministry.id, key, body, guard, async (tx) => {
    if (client !== null) await checkActiveCallbacks(centre, tx, ministry, request.phone, client, now);
    const service = await serviceOf(tx, ministry, request.service);
    if (!service.callbacks) {
      throw validationFailed([{ field: 'service', code: 'not_allowed', message: 'This service does not offer callbacks.' }]);
    }
    let slot: { start: string; end: string } | null = null;
    if (request.schedule.type === 'slot') {
      slot = findSlot(ministry, request.schedule.start, now);
      if (slot === null) {
        throw validationFailed([
          { field: 'schedule.start', code: 'invalid_value', message: 'This time is not offered. Choose one of the listed slots.' },
        ]);
      }
    }
    const record: Omit<CallbackRecord, 'reference'> = {
      ministryId: ministry.id,
      serviceId: service.id,
      status: 'scheduled',
      slotStart: slot?.start ?? null,
      slotEnd: slot?.end ?? null,
      name: request.name,
      phone: request.phone,
      locale: request.locale,
      reason: request.reason,
      createdAt: now.toISOString(),
      cancelledAt: null,
      client,
    };
    const reference = await storeUnderNewReference(centre, ministry, async (reference) => {
      const outcome = await tx.bookCallback({ reference, ...record }, ministry.callbackCapacity);
      if (outcome === 'full') throw slotFull();
      return outcome === 'booked';
    });
    return callbackView(ministry, { reference, ...record });
  });
}

/**
 * 429 when the phone number, or the client, already holds as many callbacks not yet due as
 * the ministry allows: so nobody can book every place of the calendar, whatever the rate.
 * Checked in the booking's transaction, so bookings sent at once cannot pass it together.
 */
async function checkActiveCallbacks(centre: CentreContext, tx: StorageTx, ministry: Ministry, phone: string, client: string, now: Date): Promise<void> {
  const { perPhone, perClient } = centre.limits(ministry.id).activeCallbacks;
  const at = now.toISOString();
  const [byPhone, byClient] = await Promise.all([
    tx.countActiveCallbacks(ministry.id, { phone }, at),
    tx.countActiveCallbacks(ministry.id, { client }, at),
  ]);
  const refuse = (count: number, who: string) =>
    rateLimited(
      3600,
      `${who} already ${count === 1 ? 'has a callback' : `has ${count} callbacks`} booked. Cancel one with its reference, or wait until it has taken place, before booking another.`,
    );
  if (byPhone >= perPhone) throw refuse(byPhone, 'This phone number');
  if (byClient >= perClient) throw refuse(byClient, 'This device or network');
}

function callbackView(ministry: Ministry, record: CallbackRecord): Callback {
  return {
    reference: record.reference,
    service: record.serviceId,
    status: record.status,
    slot: record.slotStart !== null && record.slotEnd !== null ? { start: record.slotStart, end: record.slotEnd } : null,
    timeZone: ministry.timeZone,
    locale: record.locale,
    createdAt: record.createdAt,
  };
}

export async function cancelCallback(centre: CentreContext, principal: Principal, reference: string, verifier: string | null, clientId: string): Promise<Callback> {
  const ministry = await ministryOf(centre, principal);
  await consume(centre, `cancel:client:${ministry.id}:${clientId}`, centre.limits(ministry.id).lookups.perClient);
  const canonical = canonicalReference(reference, [ministry.code]);
  const phone = readVerifier(verifier);
  const now = centre.now();
  return lookup(centre, 'cancel', ministry, canonical, clientId, () => centre.storage.transaction(async (tx) => {
    const callback = await tx.getCallback(canonical);
    if (!callback || callback.ministryId !== ministry.id || !phoneMatches(phone, callback.phone)) {
      throw notFound(CALLBACK_NOT_FOUND);
    }
    if (callback.status === 'cancelled') return callbackView(ministry, callback);
    if (callback.status !== 'scheduled') throw conflict(`This callback is ${callback.status} and can no longer be cancelled.`);
    if (callback.slotStart !== null && callback.slotStart <= now.toISOString()) {
      throw conflict('This callback’s time has begun, so it can no longer be cancelled.');
    }
    const cancelled = await tx.cancelCallback(canonical, now.toISOString());
    if (!cancelled) throw new Error(`Callback ${canonical} changed during the transaction`);
    return callbackView(ministry, cancelled);
  }));
}
