import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { embedSnippet, importMap } from '../src/embed-snippet.ts';
import type { WidgetManifest } from '../src/widget-code.ts';

const manifest: WidgetManifest = {
  name: '@civic-contact/elements',
  version: '0.1.0',
  entry: 'civic-contact.js',
  files: {
    'civic-contact.js': { integrity: 'sha384-abc+def/ghi=', bytes: 1234, gzip: 600, brotli: 500, hashed: false },
    'chunks/runtime-AbC123.js': { integrity: 'sha384-zzz', bytes: 40000, gzip: 15000, brotli: 13000, hashed: true },
  },
};

describe('embedSnippet: the HTML to paste for a publishable key', () => {
  test('the script tag under its version, with the entry’s integrity hash and crossorigin, then the provider', () => {
    const snippet = embedSnippet({ publicUrl: 'https://contact.gov.example/', siteKey: 'pk_live_Abc123', manifest, service: 'transport-road-defects' });
    assert.equal(
      snippet.slice(0, snippet.indexOf('\n\n', snippet.indexOf('</civic-contact-provider>'))),
      [
        "Paste into the ministry's pages:",
        '',
        '<script type="module" src="https://contact.gov.example/elements/0.1.0/civic-contact.js" integrity="sha384-abc+def/ghi=" crossorigin="anonymous"></script>',
        '<civic-contact-provider api-base="https://contact.gov.example" site-key="pk_live_Abc123">',
        '  <civic-faq-search></civic-faq-search>',
        '  <civic-complaint-form service="transport-road-defects"></civic-complaint-form>',
        '</civic-contact-provider>',
      ].join('\n'),
    );
  });

  test('an import map pins every chunk by its integrity hash, with the CSP hash that allows it', () => {
    const snippet = embedSnippet({ publicUrl: 'https://contact.gov.example/', siteKey: 'pk_live_Abc123', manifest });
    const map = '{"integrity":{"https://contact.gov.example/elements/0.1.0/chunks/runtime-AbC123.js":"sha384-zzz"}}';
    assert.equal(importMap(manifest, 'https://contact.gov.example/'), map);
    assert.ok(snippet.endsWith(`<script type="importmap">${map}</script>`), snippet);
    const hash = `sha256-${createHash('sha256').update(map).digest('base64')}`;
    assert.match(snippet, new RegExp(`script-src '${hash.replace(/[+/]/g, '\\$&')}'`));
  });

  test('a contact centre under a path keeps it, in the script URL and in api-base', () => {
    const snippet = embedSnippet({ publicUrl: 'https://gov.example/contact', siteKey: 'pk_x', manifest });
    assert.match(snippet, /src="https:\/\/gov\.example\/contact\/elements\/0\.1\.0\/civic-contact\.js"/);
    assert.match(snippet, /api-base="https:\/\/gov\.example\/contact"/);
    assert.doesNotMatch(snippet, /civic-complaint-form/, 'no service, no example form');
  });

  test('without a build there is no script tag: it says how to get one', () => {
    for (const missing of [undefined, { ...manifest, files: {} }]) {
      const snippet = embedSnippet({ publicUrl: 'http://localhost:3000', siteKey: 'pk_x', manifest: missing });
      assert.doesNotMatch(snippet, /<script/);
      assert.match(snippet, /run npm run build first to get the script tag with its integrity hash/);
      assert.match(snippet, /<civic-contact-provider api-base="http:\/\/localhost:3000" site-key="pk_x">/);
    }
  });

  test('values are escaped for their attributes', () => {
    const snippet = embedSnippet({ publicUrl: 'https://contact.gov.example', siteKey: 'pk_"><script>', manifest, service: 'a&b' });
    assert.match(snippet, /site-key="pk_&quot;&gt;&lt;script&gt;"/);
    assert.match(snippet, /service="a&amp;b"/);
  });
});
