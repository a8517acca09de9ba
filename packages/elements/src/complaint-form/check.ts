/**
 * The complaint form's own check before the "check your answers" step: the contract's
 * schema and the service's rules, as the contact centre applies them. Fetched with the
 * steps after the form (see later.ts), not with the form.
 */
import { ComplaintCreateRequestSchema, fieldErrorsFromIssues, safeParse, type ComplaintCreateRequest, type FieldError, type Service } from '@civic-contact/contract';
import { validateComplaint } from '@civic-contact/core/validation';
import { inPageOrder } from './model.ts';
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
