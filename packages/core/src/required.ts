/**
 * Which answers a complaint needs: what a form asks when it lays out its fields, apart from
 * the checks of `validation.ts`, so that laying out a form does not carry every check.
 */
import { VISIBLE_PATTERN, type AnswerValue, type FieldDefinition } from '@civic-contact/contract';

/** Whether an answer counts as given: not absent, not text with nothing visible in it (blank, zero-width), not an empty list. */
export function isAnswered(value: AnswerValue | null | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return VISIBLE_PATTERN.test(value);
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Whether a field must be answered given the other answers (its own flag or its `requiredWhen`). */
export function isFieldRequired(field: FieldDefinition, answers: Record<string, AnswerValue>): boolean {
  if (field.required) return true;
  const condition = field.requiredWhen;
  if (!condition) return false;
  const other = answers[condition.field];
  if (typeof other === 'string') return condition.equals.includes(other);
  if (Array.isArray(other)) return other.some((value) => condition.equals.includes(value));
  return false;
}
