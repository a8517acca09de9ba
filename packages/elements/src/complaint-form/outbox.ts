/**
 * The complaint's way out: one `Idempotency-Key` from the first press of Submit until the
 * contact centre has answered with a reference, so that no retry can file the complaint
 * twice (see {@link IdempotentOutbox}).
 */
import type { ComplaintCreateRequest, ComplaintCreated } from '@civic-contact/contract';
import { ComplaintsResource } from '@civic-contact/sdk';
import { IdempotentOutbox, type Sent } from '../base/outbox.ts';

/** What the contact centre filed. */
export type Filed = Sent<ComplaintCreated>;

export class Outbox extends IdempotentOutbox<ComplaintCreateRequest, ComplaintCreated> {
  constructor() {
    super((client, body, idempotencyKey) => client.use(ComplaintsResource).create(body, { idempotencyKey }));
  }
}
