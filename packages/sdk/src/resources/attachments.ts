import { AttachmentSchema, LIMITS, SlugSchema, type Attachment } from '@civic-contact/contract';
import { ValidationError } from '../errors/validation-error.ts';
import type { Transport } from '../http.ts';
import { validateInput } from '../validation.ts';

/** Input of {@link AttachmentsResource.upload}. */
export interface AttachmentUpload {
  /** The service the complaint is for; its attachment limits apply. */
  service: string;
  /** The file, e.g. from an `<input type="file">`. Its type is sniffed from the bytes by the contact centre. */
  file: Blob;
  /** File name to record; default the `File`'s own name, or `upload`. */
  filename?: string;
  /** Cancels the upload; its reason is rethrown untouched. */
  signal?: AbortSignal;
}

/** `client.attachments`: files to cite in a complaint. */
export class AttachmentsResource {
  readonly #http: Transport;

  /** @internal */
  constructor(http: Transport) {
    this.#http = http;
  }

  /**
   * `POST /v1/attachments` (multipart): uploads one file and returns its id, to list in
   * the complaint's `attachments`. Not retried: a repeat would store a second copy. With a
   * site key, the proof of work the contact centre asks for is solved and sent as well (see
   * `prepareProof`).
   *
   * Upload progress is not reported: `fetch` exposes it only through streamed request
   * bodies, which most browsers cannot send yet.
   *
   * @throws ValidationError for an empty or too large file, or one whose type the service refuses (413, 415, 422).
   * @example
   * const attachment = await client.attachments.upload({ service: 'clinic-waiting-times', file: input.files[0] });
   */
  async upload(input: AttachmentUpload): Promise<Attachment> {
    this.#http.requireKey('either', 'attachments.upload');
    const service = await validateInput(SlugSchema, input?.service, 'attachment', 'service');
    const file = input?.file;
    if (!(file instanceof Blob)) {
      throw invalidFile('required', 'Choose a file to upload.');
    }
    if (file.size === 0) throw invalidFile('too_small', 'The file is empty: choose another file.');
    if (file.size > LIMITS.attachmentMaxBytes) {
      throw invalidFile('too_big', `The file is larger than ${LIMITS.attachmentMaxBytes / 1024 / 1024} MB: choose a smaller file.`);
    }
    const filename = input.filename ?? (typeof (file as File).name === 'string' && (file as File).name !== '' ? (file as File).name : 'upload');
    const form = new FormData();
    form.append('service', service);
    form.append('file', file, filename);
    return this.#http.send({
      operation: 'attachments.upload',
      method: 'post',
      path: 'v1/attachments',
      auth: 'either',
      form,
      proof: true,
      response: AttachmentSchema,
      signal: input.signal,
    });
  }
}

function invalidFile(code: 'required' | 'too_small' | 'too_big', message: string): ValidationError {
  return new ValidationError(`The attachment was not sent: ${message}`, [{ field: 'file', code, message }]);
}
