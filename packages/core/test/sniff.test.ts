import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sniffAttachmentType } from '../src/sniff.ts';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

/** An ISO-BMFF file start: a `ftyp` box with a major brand and compatible brands. */
function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const size = 16 + 4 * compatible.length;
  return bytes([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], ...compatible, [0, 0, 0, 8], 'meta');
}

test('recognises each accepted type from its first bytes', () => {
  assert.equal(sniffAttachmentType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF')), 'image/jpeg');
  assert.equal(sniffAttachmentType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR')), 'image/png');
  assert.equal(sniffAttachmentType(bytes('RIFF', [0x24, 0x10, 0, 0], 'WEBPVP8 ')), 'image/webp');
  assert.equal(sniffAttachmentType(bytes('%PDF-1.7\n%âãÏÓ\n')), 'application/pdf');
  assert.equal(sniffAttachmentType(ftyp('heic', 'mif1', 'heic')), 'image/heic');
  assert.equal(sniffAttachmentType(ftyp('heix', 'mif1')), 'image/heic');
  assert.equal(sniffAttachmentType(ftyp('mif1', 'mif1', 'heic')), 'image/heic');
  assert.equal(sniffAttachmentType(ftyp('msf1', 'msf1')), 'image/heic');
});

test('refuses a text file renamed to .jpg, and other look-alikes', () => {
  const renamedText = new TextEncoder().encode('Dear Ministry, please find my photo attached.\n');
  assert.equal(sniffAttachmentType(renamedText), null);
  assert.equal(sniffAttachmentType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')), null);
  assert.equal(sniffAttachmentType(bytes('PK', [3, 4, 20, 0])), null, 'a zip (or .docx)');
  assert.equal(sniffAttachmentType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ')), null, 'a WAV file is RIFF but not WebP');
  assert.equal(sniffAttachmentType(bytes('GIF89a')), null);
  assert.equal(sniffAttachmentType(bytes(' %PDF-1.7')), null, 'PDF only from the first byte');
  assert.equal(sniffAttachmentType(ftyp('isom', 'isom', 'mp42')), null, 'an MP4 video');
  assert.equal(sniffAttachmentType(ftyp('avif', 'mif1', 'avif')), null, 'an AVIF image');
  assert.equal(sniffAttachmentType(ftyp('mif1', 'mif1', 'avif')), null, 'AVIF under the generic HEIF brand');
});

test('refuses files too short to tell', () => {
  assert.equal(sniffAttachmentType(new Uint8Array()), null);
  assert.equal(sniffAttachmentType(bytes([0xff, 0xd8])), null);
  assert.equal(sniffAttachmentType(bytes([0x89], 'PNG')), null);
  assert.equal(sniffAttachmentType(bytes('RIFF', [0, 0, 0, 0], 'WEB')), null);
  assert.equal(sniffAttachmentType(bytes([0, 0, 0, 24], 'ftyp', 'he')), null);
});
