/**
 * Keys and scope: who the caller is, and which ministry's things they may see. A key of one
 * ministry meets another ministry's ticket, callback, service or FAQ exactly as it meets one
 * that does not exist.
 *
 * @module
 */
import { HEADERS, type Ministry } from '@civic-contact/contract';
import { forbidden, unauthorized } from '../errors.ts';
import { hashSecret, keyHint, normaliseOrigin, originAllowed, SECRET_KEY_PREFIX, SITE_KEY_PREFIX, type Principal } from '../keys.ts';
import type { CentreContext } from './context.ts';
import type { Credentials } from './types.ts';

/** The reference server's command line, whose commands a refusal names as the fix. */
const CLI = 'civic-contact-server';

export async function authenticate(centre: CentreContext, credentials: Credentials): Promise<Principal> {
  const authorization = credentials.authorization?.trim();
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw unauthorized('Send a secret key as "Authorization: Bearer sk_…".');
    const secret = match[1]!;
    if (!secret.startsWith(SECRET_KEY_PREFIX)) {
      throw unauthorized(`Only secret keys (sk_…) go in the ${HEADERS.authorization} header; send publishable keys in ${HEADERS.siteKey}.`);
    }
    const record = await centre.storage.findSecretKeyByHash(await hashSecret(secret, centre.sha256));
    // A secret key is never repeated, not even in part.
    if (!record) throw unauthorized('This secret key is not known to this contact centre: check it against the one issued to you.');
    if (record.revokedAt !== null) {
      const scope = record.ministryId === null ? '--all-ministries' : `--ministry ${record.ministryId}`;
      throw unauthorized(
        `This secret key was revoked on ${record.revokedAt.slice(0, 10)} and no longer works: a new key is needed (${CLI} keys create ${scope} --secret).`,
      );
    }
    return { kind: 'secret', ministryId: record.ministryId, keyId: record.id };
  }
  const siteKey = credentials.siteKey?.trim();
  if (!siteKey) throw unauthorized();
  if (siteKey.startsWith(SECRET_KEY_PREFIX)) {
    throw unauthorized(
      `The ${HEADERS.siteKey} header holds a secret key (sk_…). A secret key must never be in a web page, where anyone can copy it: revoke it (${CLI} keys list, then ${CLI} keys revoke KEY_ID) and give the site its publishable key (pk_…).`,
    );
  }
  if (!siteKey.startsWith(SITE_KEY_PREFIX)) {
    throw unauthorized(`The ${HEADERS.siteKey} header takes a publishable key, which starts with pk_: check it against the one issued for this site.`);
  }
  const record = await centre.storage.findSiteKey(siteKey);
  if (!record) {
    throw unauthorized(`The site key ${keyHint(siteKey)} is not known to this contact centre: check it against the one issued for this site.`);
  }
  const origin = credentials.origin ? normaliseOrigin(credentials.origin) : null;
  if (record.revokedAt !== null) {
    throw unauthorized(
      `The site key ${keyHint(siteKey)} was revoked on ${record.revokedAt.slice(0, 10)} and no longer works: this site needs a new key (${CLI} keys create --ministry ${record.ministryId} --origin ${origin ?? 'https://…'}).`,
    );
  }
  if (!originAllowed(record.allowedOrigins, credentials.origin)) {
    const ministry = await centre.storage.getMinistry(record.ministryId);
    const whose = `The site key ${keyHint(siteKey)} of the ministry "${record.ministryId}"`;
    const create = `${CLI} keys create --ministry ${record.ministryId} --origin`;
    const contact = ministry ? { contact: { name: ministry.name, phone: ministry.contact.phone, email: ministry.contact.email } } : {};
    throw forbidden(
      origin === null
        ? `${whose} may not be used from a page without an origin of its own (Origin: ${credentials.origin}), such as a file: page or a sandboxed frame. Serve the page over https from a site the key allows, or create a key for that site's origin: ${create} https://…`
        : `${whose} may not be used from ${origin}: the key does not allow that origin. Create a key for this origin: ${create} ${origin}, and use it as the site key on that site.`,
      contact,
    );
  }
  return { kind: 'site', ministryId: record.ministryId, keyId: record.id };
}

export function requireSecret(principal: Principal): void {
  if (principal.kind !== 'secret') {
    throw forbidden('This endpoint needs a secret key (Authorization: Bearer sk_…); publishable site keys cannot use it.');
  }
}

export function requireSite(principal: Principal): void {
  if (principal.kind !== 'site') {
    throw forbidden(`This endpoint takes a publishable site key in ${HEADERS.siteKey}; agents read tickets through /v1/agent/tickets.`);
  }
}

/** The ministry a citizen-facing call acts for; an all-ministries key has none. */
export async function ministryOf(centre: CentreContext, principal: Principal): Promise<Ministry> {
  if (principal.ministryId === null) {
    throw forbidden('An all-ministries key can only use the agent and reporting endpoints; use a key of the ministry.');
  }
  const ministry = await centre.storage.getMinistry(principal.ministryId);
  if (!ministry) throw unauthorized('The ministry of this key no longer exists.');
  return ministry;
}

/** Whether a key may see things of this ministry. */
export function mayAccess(principal: Principal, ministryId: string): boolean {
  return principal.ministryId === null || principal.ministryId === ministryId;
}
