/** What the FAQ search and the complaint form's FAQ suggestions share. */
import { html, type TemplateResult } from 'lit';
import { LIMITS, type HighlightSegment } from '@civic-contact/contract';

/**
 * Search highlighting as the contact centre sends it (text and whether it matched) rendered
 * as text nodes, the matches in `<mark>`: no markup from the server ever reaches the page.
 */
export function highlighted(segments: readonly HighlightSegment[]): TemplateResult[] {
  return segments.map((segment) => (segment.match ? html`<mark>${segment.text}</mark>` : html`${segment.text}`));
}

/** What the citizen typed as a search query: spaces collapsed, cut to the longest query the contact centre takes. */
export function searchQuery(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, LIMITS.searchQueryMaxLength).trim();
}
