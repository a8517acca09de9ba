/**
 * The proof of work the contact centre asks of a complaint, an upload or a callback booking,
 * solved by the SDK in the background as soon as the citizen starts on the form (focus enters
 * it), so that it is ready when they submit: no step, nothing shown or announced. Asked again
 * at each focus, since each write uses one up (an upload, then the complaint); the SDK does
 * nothing while one is on its way or ready, or when the contact centre asks for none.
 *
 * Not an `OnDemand` (on-demand.ts), which fetches a module once: this is work to redo after
 * each write.
 *
 * @module
 */
import type { BaseClient } from '@civic-contact/sdk';

/**
 * From the element's constructor: prepares a proof at each focus inside `host`, with the
 * client `client` answers (none once the form is done with, and no write can follow).
 */
export function prepareProofOnFocus(host: HTMLElement, client: () => BaseClient | undefined): void {
  // On the element itself, which it outlives: nothing to remove.
  host.addEventListener('focusin', () => client()?.prepareProof());
}
