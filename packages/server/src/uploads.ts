import { Readable } from 'node:stream';
import busboy from 'busboy';
import { badRequest, payloadTooLarge, type UploadInput } from '@civic-contact/core';
import { BlobTooLargeError, type ReceivedBlob, type ServerBlobStore } from './disk-blob-store.ts';

/**
 * Reads `multipart/form-data` with a `service` field and one `file` part, streaming the file
 * into the blob store (a temporary file, or staged rows) as it arrives: memory stays flat whatever the size,
 * and the upload stops with 413 as soon as it passes `maxBytes`.
 */
export function streamingUploadReader(blobs: ServerBlobStore) {
  return (request: Request, maxBytes: number): Promise<UploadInput> => readUpload(blobs, request, maxBytes);
}

async function readUpload(blobs: ServerBlobStore, request: Request, maxBytes: number): Promise<UploadInput> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!request.body) throw badRequest('Send a "service" field and one "file" part.');
  let parser: busboy.Busboy;
  try {
    // Browsers send file names as UTF-8 bytes; busboy would read them as Latin-1 (café.png as cafÃ©.png).
    parser = busboy({ headers: { 'content-type': contentType }, defParamCharset: 'utf8', limits: { files: 1, fields: 4, fieldSize: 1024, parts: 6 } });
  } catch {
    // The type is multipart/form-data (the route checked), so what busboy refuses is a missing or bad boundary: a malformed body.
    throw badRequest('The multipart body could not be read: its Content-Type has no boundary.');
  }
  const source = Readable.fromWeb(request.body as import('node:stream/web').ReadableStream<Uint8Array>);

  let serviceId: string | undefined;
  let filename = 'upload';
  let receiving: Promise<ReceivedBlob> | undefined;
  let extraFiles = false;

  const parsed = new Promise<void>((resolve, reject) => {
    parser.on('field', (name, value) => {
      if (name === 'service') serviceId = value;
    });
    parser.on('file', (name, stream, info) => {
      // A form cut short fails the file stream too; the parser's own 'error' reports it, and an
      // 'error' event without a listener would take the whole process down.
      stream.on('error', () => undefined);
      if (name !== 'file' || receiving) {
        extraFiles = name === 'file';
        stream.resume();
        return;
      }
      filename = info.filename || filename;
      receiving = blobs.receive(stream, maxBytes);
      // A refused file stops the whole request at once rather than reading the rest.
      receiving.catch((error: unknown) => {
        source.destroy();
        reject(error);
      });
    });
    parser.on('filesLimit', () => (extraFiles = true));
    parser.on('close', () => resolve());
    parser.on('error', () => reject(badRequest('The multipart body could not be read.')));
    source.on('error', (error) => reject(error));
  });
  source.pipe(parser);

  let received: ReceivedBlob | undefined;
  try {
    await parsed;
    received = await receiving;
  } catch (error) {
    await receiving?.then((blob) => blob.discard(), () => undefined);
    if (error instanceof BlobTooLargeError) throw payloadTooLarge('The file is too large.');
    throw error;
  }
  if (!received || serviceId === undefined || extraFiles) {
    await received?.discard();
    throw badRequest('Send a "service" field and exactly one "file" part.');
  }
  return { serviceId, filename, content: received };
}
