/**
 * What the complaint form needs once the citizen presses Continue, and not before: the check
 * of their answers (the contract's schema and the service's rules), the error messages,
 * "Check your answers", the outbox that sends the complaint, and the confirmation. A chunk
 * of its own, fetched when the citizen starts on the form (see base/on-demand.ts), so that a
 * page that is only looked at does not pay for it.
 */
import {
  ComplaintCreateRequestSchema,
  fieldErrorsFromIssues,
  safeParse,
  type ComplaintCreateRequest,
  type ComplaintCreated,
  type FieldError,
  type Service,
} from '@civic-contact/contract';
import { validateComplaint } from '@civic-contact/core/validation';
import { ComplaintsResource } from '@civic-contact/sdk';
import { IdempotentOutbox } from '../base/outbox.ts';
import { inPageOrder } from './model.ts';

export { checkView } from './check-view.ts';
export { confirmationView } from './confirmation-view.ts';
export { errorMessage } from './messages.ts';

/**
 * Every problem the browser can find before sending, in page order: the contract's own
 * checks (subject, description, formats of e-mail and phone, lengths) and the service's
 * (`validateComplaint`). The contact centre runs the same rules, and may still find more.
 */
export function checkComplaint(service: Service, request: ComplaintCreateRequest, context: { today: string; attachmentCount: number }): FieldError[] {
  const parsed = safeParse(ComplaintCreateRequestSchema, request);
  const structural = parsed.success ? [] : fieldErrorsFromIssues(parsed.issues).filter((error) => !error.field.startsWith('answers.'));
  return inPageOrder([...structural, ...validateComplaint(service, request, context)], service);
}

/**
 * The complaint's way out: one `Idempotency-Key` from the first press of Submit until the
 * contact centre has answered with a reference, so that no retry can file the complaint
 * twice (see {@link IdempotentOutbox}).
 */
export class Outbox extends IdempotentOutbox<ComplaintCreateRequest, ComplaintCreated> {
  constructor() {
    super((client, body, idempotencyKey) => client.use(ComplaintsResource).create(body, { idempotencyKey }));
  }
}
