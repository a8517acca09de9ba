/**
 * The decisions of `<civic-ticket-status>` that need no page: what is wrong with what the
 * citizen typed, and what the contact centre's refusal means for each field.
 */
import { parseReference, type ReferenceProblem } from '@civic-contact/contract';
import { typedPrefix } from '../shared/reference.ts';

export type FieldName = 'reference' | 'verifier';

/** What is wrong with a field; turned into words at render time, so a change of language re-words it. */
export type FieldProblem =
  | { field: FieldName; kind: 'missing' | 'invalid' }
  | { field: 'reference'; kind: 'problem'; problem: ReferenceProblem; prefix: string };

/** What to look up, once both fields are right. */
export interface Lookup {
  /** The reference as the contact centre writes it (upper case, with its dashes). */
  reference: string;
  verifier: string;
}

/**
 * Checks the two fields before anything is sent: the reference with its check character
 * (against the ministry's prefix `code` when known), the verifier present.
 */
export function checkFields(reference: string, verifier: string, code: string | undefined): { problems: FieldProblem[] } | { lookup: Lookup } {
  const parsed = parseReference(reference, code ? { prefixes: [code] } : undefined);
  const ascii = toAsciiDigits(verifier.trim());
  const problems: FieldProblem[] = [];
  if (!parsed.ok) {
    problems.push(
      parsed.problem.code === 'empty'
        ? { field: 'reference', kind: 'missing' }
        : { field: 'reference', kind: 'problem', problem: parsed.problem, prefix: typedPrefix(parsed.problem, code, reference) },
    );
  }
  if (ascii === '') problems.push({ field: 'verifier', kind: 'missing' });
  return parsed.ok && problems.length === 0 ? { lookup: { reference: parsed.reference, verifier: ascii } } : { problems };
}

/** The fields a validation refusal of the contact centre names. */
export function refusedFields(errors: ReadonlyArray<{ field: string }>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (errors.some((e) => e.field === 'reference')) problems.push({ field: 'reference', kind: 'invalid' });
  if (errors.some((e) => /verifier/i.test(e.field))) problems.push({ field: 'verifier', kind: 'invalid' });
  return problems;
}

/** Arabic-Indic and fullwidth digits as ASCII: a phone number typed on an Arabic keyboard still matches. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}
