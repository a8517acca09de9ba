import * as v from 'valibot';

/**
 * The `website` member of a complaint or a callback request: a honeypot. The widgets hold a
 * field by that name that no person sees or reaches (it is hidden from assistive technology
 * too) and send what is in it; a program that fills in every field fills it. Leave it out, or
 * empty: the contact centre refuses a request in which it holds anything.
 */
export const HoneypotSchema = v.optional(v.string());
