import * as z from 'zod/mini';
import { ATTACHMENT_TYPES } from './constants.ts';

/** Id of an uploaded attachment, cited in a complaint. */
export const AttachmentIdSchema = z.string().check(z.regex(/^att_[0-9a-z]{16,64}$/, 'Expected an attachment id such as att_…'));

/**
 * `POST /v1/attachments` answer. The request is `multipart/form-data` with a `service` field
 * (the service id, whose limits apply) and one `file` part; the type is sniffed from the bytes.
 */
export const AttachmentSchema = z.object({
  id: AttachmentIdSchema,
  filename: z.string(),
  contentType: z.enum(ATTACHMENT_TYPES),
  size: z.int().check(z.gte(1)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type Attachment = z.infer<typeof AttachmentSchema>;
