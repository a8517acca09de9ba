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
  return ["Paste into the ministry's pages:", '', script, ...html].join('\n');
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
