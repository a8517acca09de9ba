/**
 * Uploads: one file kept for a later complaint, its type sniffed from the bytes, never taken
 * from the name or the declared type.
 *
 * @module
 */
import { LIMITS, type Attachment, type Ministry } from '@civic-contact/contract';
import { randomToken } from '../crypto-utils.ts';
import { payloadTooLarge, unsupportedMediaType, validationFailed } from '../errors.ts';
import type { Principal } from '../keys.ts';
import { sniffAttachmentType } from '../sniff.ts';
import { ministryOf } from './access.ts';
import type { CentreContext } from './context.ts';
import { guardWrite } from './guards.ts';
import { serviceOf } from './requests.ts';
import type { ReceivedFile, RequestContext, UploadInput } from './types.ts';

function cleanFilename(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  // Controls (C0, C1), line separators and invisible format characters (bidi marks, overrides,
  // isolates, zero-width spaces, tags) make a name display as another: `invoice\u202Efdp.exe`
  // shows as "invoiceexe.pdf". Zero-width (non-)joiners stay: Persian words and emoji need them.
  const visible = base.replace(/(?![\u200c\u200d])[\p{Cc}\p{Cf}\u2028\u2029]/gu, '').trim();
  return Array.from(visible).slice(0, 200).join('') || 'attachment';
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export async function uploadAttachment(
  centre: CentreContext,
  principal: Principal,
  input: UploadInput | (() => Promise<UploadInput>),
  context: RequestContext,
): Promise<Attachment> {
  let upload = typeof input === 'function' ? undefined : input;
  let received = upload && !(upload.content instanceof Uint8Array) ? upload.content : null;
  try {
    const ministry = await ministryOf(centre, principal);
    await guardWrite(centre, 'attachment', principal, ministry, context, null);
    upload ??= await (input as () => Promise<UploadInput>)();
    received = upload.content instanceof Uint8Array ? null : upload.content;
    return await keepAttachment(centre, ministry, upload, received);
  } catch (error) {
    await received?.discard();
    throw error;
  }
}

async function keepAttachment(centre: CentreContext, ministry: Ministry, input: UploadInput, received: ReceivedFile | null): Promise<Attachment> {
  const service = await serviceOf(centre.storage, ministry, input.serviceId);
  const limits = service.attachments;
  if (limits.maxFiles === 0) {
    throw validationFailed([{ field: 'file', code: 'not_allowed', message: 'This service does not accept attachments.' }]);
  }
  const bytes = received ? null : (input.content as Uint8Array);
  const size = received ? received.size : bytes!.byteLength;
  if (size === 0) throw validationFailed([{ field: 'file', code: 'required', message: 'The selected file is empty.' }]);
  const maxBytes = Math.min(limits.maxBytes, LIMITS.attachmentMaxBytes);
  if (size > maxBytes) throw payloadTooLarge(`The file must be smaller than ${formatBytes(maxBytes)}.`);
  const contentType = sniffAttachmentType(received ? received.head : bytes!);
  if (contentType === null || !limits.types.includes(contentType)) {
    throw unsupportedMediaType(`The file must be one of: ${limits.types.join(', ')}.`);
  }
  const sha256 = received ? await received.commit() : await centre.blobs.put(bytes!);
  const attachment: Attachment = { id: `att_${randomToken(26, centre.randomBytes)}`, filename: cleanFilename(input.filename), contentType, size, sha256 };
  await centre.storage.transaction((tx) =>
    tx.insertAttachment({ ...attachment, ministryId: ministry.id, serviceId: service.id, createdAt: centre.now().toISOString(), ticketReference: null }),
  );
  return attachment;
}
