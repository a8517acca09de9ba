/**
 * The type of an uploaded file, read from its first bytes: the file name and the declared
 * content type are the uploader's claim, the bytes are what the file is.
 */
import type { AttachmentType } from '@civic-contact/contract';

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

function fourCC(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF = ascii('%PDF-');
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const FTYP = ascii('ftyp');

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx']);
/** Generic HEIF brands: also the major brand of some AVIF files, which are not accepted. */
const HEIF_BRANDS = new Set(['mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** HEIC: an ISO-BMFF `ftyp` box whose brand is HEVC-coded HEIF, or generic HEIF that is not AVIF. */
function isHeic(bytes: Uint8Array): boolean {
  if (bytes.length < 12 || !startsWith(bytes, FTYP, 4)) return false;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const major = fourCC(bytes, 8);
  if (HEIC_BRANDS.has(major)) return true;
  if (!HEIF_BRANDS.has(major)) return false;
  const compatible: string[] = [];
  for (let offset = 16; offset + 4 <= Math.min(boxSize, bytes.length); offset += 4) compatible.push(fourCC(bytes, offset));
  return compatible.some((brand) => HEIC_BRANDS.has(brand)) || !compatible.some((brand) => AVIF_BRANDS.has(brand));
}

/**
 * The attachment type of a file from its magic bytes, or null when it is none of the accepted
 * types: JPEG (`FF D8 FF`), PNG (the 8-byte PNG signature), WebP (`RIFF`, size, `WEBP`), PDF
 * (`%PDF-` at the very start) and HEIC (an `ftyp` box with brand `heic`, `heix` or another
 * HEVC brand, or `mif1`/`msf1` unless its compatible brands say AVIF).
 */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'image/webp';
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (isHeic(bytes)) return 'image/heic';
  return null;
}
