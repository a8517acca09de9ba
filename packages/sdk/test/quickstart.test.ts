import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';

const root = new URL('../../../', import.meta.url);
const example = new URL('examples/sdk/quickstart.ts', root);

test('the README shows the SDK quickstart exactly as it is in examples/sdk/quickstart.ts', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  assert.ok(readme.includes(`\`\`\`ts\n${readFileSync(example, 'utf8')}\`\`\``), 'README.md and examples/sdk/quickstart.ts differ');
});

test('the SDK quickstart runs as written and prints what it promises', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=source', example.pathname], { timeout: 30_000 });
  const lines = stdout.trim().split('\n');
  assert.equal(lines[0], 'Ministry of Transport takes complaints about 5 services');
  assert.match(lines[1] ?? '', /^Reference MOT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}: we will answer by \w{3} \w{3} \d{2} \d{4}$/);
  assert.equal(lines[2], 'Status: received');
  assert.match(lines[3] ?? '', /^answers\.size: /);
});
