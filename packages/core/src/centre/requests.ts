/**
 * Reading what a request carries, where more than one area reads it: the body, a reference,
 * the verifier that proves a citizen filed what they look up, the service a body names.
 *
 * @module
 */
import { HEADERS, parseReference, type Ministry, type Service } from '@civic-contact/contract';
import { constantTimeEqual } from '../crypto-utils.ts';
import { badRequest, validationFailed } from '../errors.ts';
import type { Storage } from '../storage.ts';

const VERIFIER_MAX_LENGTH = 320;

/** 400 for a body that is not a JSON object at all: there is no field to blame. */
export function jsonObject(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest('The body must be a JSON object.');
  }
  return body;
}

/** Canonical reference, or 400 naming what is wrong with it. */
export function canonicalReference(input: string, prefixes?: readonly string[]): string {
  const parsed = parseReference(input, prefixes ? { prefixes } : undefined);
  if (!parsed.ok) {
    throw badRequest(parsed.problem.message, [{ field: 'reference', code: 'invalid_reference', message: parsed.problem.message }]);
  }
  return parsed.reference;
}

export function readVerifier(verifier: string | null): string {
  const value = verifier?.trim() ?? '';
  if (value === '' || value.length > VERIFIER_MAX_LENGTH) {
    throw badRequest(`Send the email address or phone number given when filing in the ${HEADERS.verifier} header.`, [
      { field: HEADERS.verifier, code: value === '' ? 'required' : 'too_long', message: 'Enter the email address or phone number you gave us.' },
    ]);
  }
  return value;
}

/** Digits of a phone number as E.164 without `+`; an international `00` prefix counts as `+`. */
function phoneDigits(value: string): string {
  const compact = value.trim().replace(/[\s().-]/g, '');
  return (compact.startsWith('00') ? compact.slice(2) : compact).replace(/\D/g, '');
}

export function emailMatches(verifier: string, email: string | null): boolean {
  return email !== null && constantTimeEqual(verifier.trim().toLowerCase(), email.trim().toLowerCase());
}

export function phoneMatches(verifier: string, phone: string | null): boolean {
  const digits = phoneDigits(verifier);
  return phone !== null && digits.length >= 7 && constantTimeEqual(digits, phoneDigits(phone));
}

/** A service of this ministry, or 422 on `service`: another ministry's service is as unknown as a made-up one. */
export async function serviceOf(reader: Pick<Storage, 'getService'>, ministry: Ministry, serviceId: string): Promise<Service> {
  const service = await reader.getService(serviceId);
  if (!service || service.ministryId !== ministry.id) {
    throw validationFailed([{ field: 'service', code: 'invalid_choice', message: 'Choose one of the services listed by GET /v1/services.' }]);
  }
  return service;
}
