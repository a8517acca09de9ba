import * as v from 'valibot';
import { int, object } from './schema.ts';
import { ATTACHMENT_TYPES } from './constants.ts';

/** Id of an uploaded attachment, cited in a complaint. */
export const AttachmentIdSchema = v.pipe(v.string(), v.regex(/^att_[0-9a-z]{16,64}$/, 'Expected an attachment id such as att_…'));

/**
 * `POST /v1/attachments` answer. The request is `multipart/form-data` with a `service` field
 * (the service id, whose limits apply) and one `file` part; the type is sniffed from the bytes.
 */
export const AttachmentSchema = object({
  id: AttachmentIdSchema,
  filename: v.string(),
  contentType: v.picklist(ATTACHMENT_TYPES),
  size: v.pipe(int(), v.minValue(1)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});
export interface Attachment extends v.InferOutput<typeof AttachmentSchema> {}
