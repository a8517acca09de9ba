/**
 * An attachment's name is shown to agents as it was sent: nothing in it may make it show as
 * another name (a reordered extension, a hidden part), and nothing else of it is changed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeCentre, pngBytes } from './fixtures.ts';

const f = await makeCentre();

async function stored(filename: string, client: string): Promise<string> {
  const attachment = await f.centre.uploadAttachment(f.health, { serviceId: 'health-clinic-services', filename, content: pngBytes() }, { clientId: client });
  return attachment.filename;
}

test('characters that make a name show as another are removed', async () => {
  const cases: Array<[string, string]> = [
    // A right-to-left override shows "invoice\u202Efdp.exe" as "invoiceexe.pdf".
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    // Every bidi control: the Arabic letter mark, LRM, RLM, embeddings and overrides, isolates.
    ['a\u061Cb\u200Ec\u200Fd\u202Ae\u202Bf\u202Cg\u202Dh\u2066i\u2067j\u2068k\u2069.png', 'abcdefghijk.png'],
    // C1 controls (NEL among them) and C0 ones, DEL.
    ['scan\u0085\u0080\u009F\u0009\u0000\u007F.png', 'scan.png'],
    // Zero-width spaces, word joiner, BOM, soft hyphen, tags, line and paragraph separators.
    ['photo\u200B\u2060\uFEFF\u00AD\u{E0041}\u2028\u2029.png', 'photo.png'],
  ];
  for (const [index, [sent, kept]] of cases.entries()) assert.equal(await stored(sent, `strip-${index}`), kept, JSON.stringify(sent));
});

test('letters of every script, accents and joiners are kept as they are', async () => {
  for (const [index, name] of [
    'café.png',
    'تقرير المستشفى ٢٠٢٦.png',
    'می\u200Cخواهم.png',
    '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}.png',
    'résumé – final (v2).png',
    '診断書.png',
  ].entries()) {
    assert.equal(await stored(name, `keep-${index}`), name);
  }
});

test('a name of nothing visible is "attachment"', async () => {
  assert.equal(await stored('\u202E\u200B\u0085', 'blank'), 'attachment');
});
