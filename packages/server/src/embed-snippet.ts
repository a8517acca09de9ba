import { createHash } from 'node:crypto';
import { entryPath, type WidgetManifest } from './widget-code.ts';

/** What {@link embedSnippet} builds the HTML from. */
export interface EmbedSnippetOptions {
  /** The contact centre's address as ministry pages reach it, e.g. `https://contact.gov.example`. */
  publicUrl: string;
  /** The publishable key. */
  siteKey: string;
  /** The widget build's `manifest.json`; without it there is no script tag to give. */
  manifest: WidgetManifest | undefined;
  /** A service of the key's ministry, for the example complaint form. */
  service?: string | undefined;
}

/**
 * The HTML a ministry's web developer pastes into their pages for a new publishable key: the
 * script tag of the widget code under its version with its integrity hash (`crossorigin`,
 * since the code comes from another origin), and the provider with an example widget or two.
 */
export function embedSnippet({ publicUrl, siteKey, manifest, service }: EmbedSnippetOptions): string {
  const base = publicUrl.replace(/\/+$/, '');
  const integrity = manifest?.files[manifest.entry]?.integrity;
  const html = [
    `<civic-contact-provider api-base="${attribute(base)}" site-key="${attribute(siteKey)}">`,
    '  <civic-faq-search></civic-faq-search>',
    ...(service ? [`  <civic-complaint-form service="${attribute(service)}"></civic-complaint-form>`] : []),
    '</civic-contact-provider>',
  ];
  if (!manifest || !integrity) {
    return ["Paste into the ministry's pages (run npm run build first to get the script tag with its integrity hash):", '', ...html].join('\n');
  }
  const src = `${base}${entryPath(manifest)}`;
  const script = `<script type="module" src="${attribute(src)}" integrity="${attribute(integrity)}" crossorigin="anonymous"></script>`;
  const map = importMap(manifest, base);
  return [
    "Paste into the ministry's pages:",
    '',
    script,
    ...html,
    '',
    'The integrity hash pins the loader, and the loader names its chunks by their content hashes. To have',
    'the browser check every chunk too, put this import map before the script (browsers without import',
    `map integrity ignore it); under a Content-Security-Policy, allow it with script-src '${cspHash(map)}':`,
    '',
    `<script type="importmap">${map}</script>`,
  ].join('\n');
}

/**
 * The import map that pins every chunk of the widget code by its integrity hash, for the
 * page that loads it from `base`: `{"integrity":{"<url>":"sha384-…",…}}`.
 */
export function importMap(manifest: WidgetManifest, base: string): string {
  const folder = `${base.replace(/\/+$/, '')}${entryPath(manifest).replace(/[^/]*$/, '')}`;
  const integrity = Object.fromEntries(
    Object.entries(manifest.files)
      .filter(([path]) => path.endsWith('.js') && path !== manifest.entry)
      .map(([path, file]) => [`${folder}${path}`, file.integrity]),
  );
  return JSON.stringify({ integrity });
}

/** The CSP source that allows an inline script with exactly this text. */
function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
