/**
 * The written form of a reference, apart from the parser in `reference.ts`: the schemas
 * need only this pattern, and a module of its own keeps the parser (with its look-alike
 * suggestions) out of every page that never reads a reference.
 *
 * @module
 */

/** The 32 symbols of Crockford base32, in value order. I, L, O and U are left out so that nothing is ambiguous when read or spoken. */
export const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The canonical written form of a reference: `PFX-XXXX-XXXX`, upper case, dashes in place.
 * It checks the shape only, not the check character; use {@link parseReference} for that.
 */
export const REFERENCE_PATTERN = /^[A-Z]{2,5}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
