/**
 * Filing a complaint: checked against the contract, then against its service (every field
 * error at once), with the attachments it cites.
 *
 * @module
 */
import { ComplaintCreateRequestSchema, type ComplaintCreated, type FieldError, type Ministry, type Service } from '@civic-contact/contract';
import { responseDue } from '../calendar.ts';
import { parseOrThrow, validationFailed } from '../errors.ts';
import type { Principal } from '../keys.ts';
import { refuseHoneypot } from '../proof-of-work.ts';
import type { StorageTx, TicketRecord, TimelineRecord } from '../storage.ts';
import { todayIn } from '../timezone.ts';
import { validateComplaint } from '../validation.ts';
import { ministryOf } from './access.ts';
import type { CentreContext } from './context.ts';
import { idempotent, readIdempotencyKey, storeUnderNewReference } from './creates.ts';
import { guardWrite } from './guards.ts';
import { jsonObject, serviceOf } from './requests.ts';
import type { IdempotentResult, RequestContext } from './types.ts';

export async function createComplaint(
  centre: CentreContext,
  principal: Principal,
  body: unknown,
  idempotencyKey: string | null,
  context: RequestContext,
): Promise<IdempotentResult<ComplaintCreated>> {
  const ministry = await ministryOf(centre, principal);
  const key = readIdempotencyKey(idempotencyKey);
  const request = parseOrThrow(ComplaintCreateRequestSchema, jsonObject(body));
  refuseHoneypot(request);
  const now = centre.now();
  const guard = () => guardWrite(centre, 'complaint', principal, ministry, context, key);
  return idempotent(centre, 'createComplaint', ministry.id, key, body, guard, async (tx) => {
    const service = await serviceOf(tx, ministry, request.service);
    const errors: FieldError[] = validateComplaint(service, request, { today: todayIn(ministry.timeZone, now) });
    if (principal.kind === 'site' && request.channel !== undefined && request.channel !== 'web') {
      errors.push({ field: 'channel', code: 'not_allowed', message: 'Complaints filed with a site key come through the web channel.' });
    }
    const attachmentIds = request.attachments ?? [];
    if (service.attachments.maxFiles > 0) errors.push(...(await checkAttachments(tx, ministry, service, attachmentIds)));
    if (errors.length > 0) throw validationFailed(errors);

    const submittedAt = now.toISOString();
    const { citizen } = request;
    const ticket: Omit<TicketRecord, 'reference'> = {
      ministryId: ministry.id,
      serviceId: service.id,
      entityId: service.entityId,
      status: 'received',
      channel: request.channel ?? 'web',
      subject: request.subject,
      description: request.description,
      answers: request.answers ?? {},
      citizen: {
        name: citizen.name ?? null,
        email: citizen.email ?? null,
        phone: citizen.phone ?? null,
        preferredLocale: citizen.preferredLocale ?? null,
      },
      location: request.location ?? null,
      attachmentIds: [...attachmentIds],
      locale: request.locale ?? citizen.preferredLocale ?? ministry.defaultLocale,
      submittedAt,
      updatedAt: submittedAt,
      expectedResponseBy: responseDue(now, service, ministry).toISOString(),
      firstResponseAt: null,
      resolvedAt: null,
    };
    const first: TimelineRecord = { at: submittedAt, kind: 'created', status: 'received', note: null, entityId: service.entityId };
    const reference = await storeUnderNewReference(centre, ministry, (reference) => tx.insertTicket({ reference, ...ticket }, first));
    if (attachmentIds.length > 0) await tx.citeAttachments(attachmentIds, reference);
    return { reference, status: ticket.status, submittedAt, expectedResponseBy: ticket.expectedResponseBy };
  });
}

/** The cited uploads' errors: each must be this service's, uncited so far, and cited once. */
async function checkAttachments(tx: StorageTx, ministry: Ministry, service: Service, ids: readonly string[]): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    const field = `attachments.${index}`;
    if (seen.has(id)) {
      errors.push({ field, code: 'invalid_value', message: 'This file is listed twice.' });
      continue;
    }
    seen.add(id);
    const attachment = await tx.getAttachment(id);
    if (!attachment || attachment.ministryId !== ministry.id || attachment.serviceId !== service.id) {
      errors.push({ field, code: 'invalid_value', message: 'This file was not uploaded for this service. Upload it again.' });
    } else if (attachment.ticketReference !== null) {
      errors.push({ field, code: 'invalid_value', message: 'This file is already part of another complaint. Upload it again.' });
    }
  }
  return errors;
}
