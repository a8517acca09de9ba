/**
 * What the elements' browser tests share: waiting, focus, axe, Arabic wording, problem
 * responses and a check of every shipped string. No tests of its own; left out of the
 * package build.
 */
import { expect } from 'chai';
import axe from 'axe-core';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import type { CivicErrorEvent } from '../events/civic-error-event.ts';
import type { CivicStepEvent } from '../events/civic-step-event.ts';
import { isStrTagged, type StrResult, type TemplateLike, type TemplateMap } from '@lit/localize';

/** The languages every element is tested in: the source language and a right-to-left one. */
export const LANGS = ['en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

let container: HTMLElement | undefined;

afterEach(() => {
  container?.remove();
  container = undefined;
});

/** Renders `template` in a page landmark, taken away again after the test. */
export function place(template: TemplateResult): HTMLElement {
  container = document.createElement('main');
  document.body.append(container);
  render(template, container);
  return container;
}

/** Polls until `condition` holds. */
export async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The element focus is on, looking into shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Runs axe on the element (it covers the shadow root) and expects nothing to be wrong. */
export async function expectAccessible(el: HTMLElement & { updateComplete: Promise<unknown> }, state: string): Promise<void> {
  await el.updateComplete;
  const results = await axe.run(el);
  const problems = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  // Each problem with axe's own words for its first element (a colour contrast's colours and ratio), which chai would cut short.
  const detail = results.violations.map((violation) => `\n  ${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} (${node.any[0]?.message ?? node.failureSummary ?? ''})`).join('; ')}`);
  expect(problems, `axe in the ${state} state:${detail.join('')}\n`).to.deep.equal([]);
}

/** Words to assert on from an element's Arabic templates: a template's fixed text (`text`, each value shown as `…`), or its longest fixed piece (`phrase`), which must appear on the page. */
export function arabicOf(templates: TemplateMap): { text(id: string): string; phrase(id: string): string } {
  return { text: (id) => arabicTextIn(templates, id), phrase: (id) => arabicPhraseIn(templates, id) };
}

function arabicTextIn(templates: TemplateMap, id: string): string {
  const template: TemplateLike | undefined = templates[id];
  if (template === undefined) throw new Error(`No Arabic template for ${id}`);
  if (typeof template === 'string') return template;
  if (isStrTagged(template)) return template.strings.join('…');
  throw new Error(`${id} is not a string template`);
}

function arabicPhraseIn(templates: TemplateMap, id: string): string {
  return arabicTextIn(templates, id)
    .split('…')
    .reduce((longest, part) => (part.trim().length > longest.length ? part.trim() : longest), '');
}

/** A problem+json response. */
export function problem(status: number, body: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Problem', status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/**
 * Reads an element's sources and checks its strings against the Arabic: every id the
 * element (or a shared module it names) uses has a translation with the same values, a
 * ministry override names the id of the message it overrides, and no translation of the
 * element's own is left unused. Strings are written `m('id', …)`, the one wording path
 * (shared/view.ts), each id once.
 */
export async function expectArabicForEveryString(options: {
  /** Paths of the sources, from the server root. */
  sources: readonly string[];
  /** The element's id prefix, e.g. `ticket-status`. */
  prefix: string;
  /** Its Arabic templates and the shared ones. */
  arabic: TemplateMap;
  /** Its own Arabic templates: each must be used. */
  own: TemplateMap;
  /** At least this many strings (so a change of style cannot make the check pass on nothing). */
  minimum: number;
}): Promise<void> {
  const texts = await Promise.all(
    options.sources.map(async (path) => {
      const response = await fetch(path);
      expect(response.ok, path).to.equal(true);
      return response.text();
    }),
  );
  const source = texts.join('\n');
  // One wording path (m(), or rich() for values with markup): a direct msg() would skip the ministry's own wording, and write its id twice.
  expect(source.match(/\bmsg\(/g) ?? [], 'msg() called directly rather than through m()').to.deep.equal([]);
  const idPattern = `(?:${options.prefix}|shared)\\.[^"']+`;
  // count('id', n, …) uses every form the language has: <id>.zero … <id>.other.
  const forms = new Intl.PluralRules('ar').resolvedOptions().pluralCategories;
  const ids = new Set([
    ...[...source.matchAll(new RegExp(`\\b(?:m|rich)\\(\\s*["'](${idPattern})["']`, 'g'))].map((match) => match[1]!),
    ...[...source.matchAll(new RegExp(`\\bcount\\(\\s*["'](${idPattern})["']`, 'g'))].flatMap((match) => forms.map((form) => `${match[1]!}.${form}`)),
  ]);
  expect(ids.size).to.be.greaterThan(options.minimum);
  expect([...ids].filter((id) => !(id in options.arabic)), 'ids without Arabic').to.deep.equal([]);
  expect(Object.keys(options.own).filter((id) => !ids.has(id)), 'Arabic templates no longer used').to.deep.equal([]);
  // A message with values needs an Arabic template with the same values, in any order.
  const withValues = [...source.matchAll(/\b(?:m|rich)\(\s*["']([^"']+)["'],\s*str`((?:[^`\\]|\\.)*)`/g)].map(([, id, body]) => [id!, body!] as const);
  for (const [id, body] of withValues) {
    const count = (body.match(/\$\{/g) ?? []).length;
    const template = options.arabic[id];
    expect(template !== undefined && isStrTagged(template), `${id} is a str template in Arabic`).to.equal(true);
    expect([...(template as StrResult).values].map(Number).sort(), id).to.deep.equal([...Array(count).keys()]);
  }
  const plain = [...source.matchAll(/\bm\(\s*["']([^"']+)["'],\s*["']/g)].map(([, id]) => id!);
  for (const id of plain) expect(typeof options.arabic[id], `${id} is plain text in Arabic`).to.equal('string');
}

/** The `civic-error` events fired during each test of the enclosing `describe`, emptied before each. */
export function recordErrors(): CivicErrorEvent[] {
  const errors: CivicErrorEvent[] = [];
  const onError = (event: CivicErrorEvent) => errors.push(event);
  beforeEach(() => {
    errors.length = 0;
    document.addEventListener('civic-error', onError);
  });
  afterEach(() => document.removeEventListener('civic-error', onError));
  return errors;
}

/** The `civic-step` events fired during each test of the enclosing `describe`, emptied before each; the page titled `pageTitle` before each. */
export function recordSteps(pageTitle: string): CivicStepEvent[] {
  const steps: CivicStepEvent[] = [];
  const onStep = (event: CivicStepEvent) => steps.push(event);
  beforeEach(() => {
    steps.length = 0;
    document.title = pageTitle;
    document.addEventListener('civic-step', onStep);
  });
  afterEach(() => document.removeEventListener('civic-step', onStep));
  return steps;
}

/**
 * The modules this page has fetched whose path matches `pattern`: how a test sees that a
 * chunk is fetched on demand, not with the page. Resource timing keeps 250 entries unless
 * told otherwise, and every source module is an entry here: {@link keepEveryResourceEntry}
 * first, in `before`.
 */
export function fetchedModules(pattern: RegExp): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => pattern.test(path));
}

/** Keeps every resource timing entry of the page (see {@link fetchedModules}). */
export function keepEveryResourceEntry(): void {
  performance.setResourceTimingBufferSize(100_000);
}

/**
 * A fetch in front of `inner` that records each request's method, path, proof-of-work header
 * and body, in order: how a test sees that a write carried its proof, and when the challenge
 * was asked for.
 */
export function recordingFetch(inner: typeof globalThis.fetch) {
  const requests: { method: string; path: string; proof: string | null; body: string }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = request.method === 'POST' ? await request.clone().text() : '';
    requests.push({ method: request.method, path: new URL(request.url).pathname, proof: request.headers.get('X-Civic-Proof'), body });
    return inner(request);
  };
  return { fetch, requests };
}

/** Expects `proof` to be a solved challenge: its number, after its salt, hashes to its challenge. */
export async function expectSolved(proof: string | null): Promise<void> {
  expect(proof, 'the request carried a proof of work').to.be.a('string');
  const solution = JSON.parse(atob(proof!)) as { algorithm: string; challenge: string; number: number; salt: string };
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${solution.salt}${solution.number}`));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  expect(hex).to.equal(solution.challenge);
}

/**
 * Expects the form's honeypot (base/honeypot.ts) out of everyone's way: in the form, but not
 * in the page's accessibility tree, and not reachable by focus, while the form's own fields are.
 */
export async function expectHoneypotHidden(el: HTMLElement, visibleLabel: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="website"]');
  expect(input, 'the honeypot').to.exist;
  expect(input!.closest('[aria-hidden="true"][inert]'), 'hidden and inert').to.exist;
  expect(input!.tabIndex).to.equal(-1);
  expect(input!.autocomplete).to.equal('off');
  input!.focus();
  expect(focused()).to.not.equal(input);
  const snapshot = (await a11ySnapshot({})) as unknown as AccessibilityNode;
  expect(findAccessibilityNode(snapshot, (node) => node.name === visibleLabel), `"${visibleLabel}" in the accessibility tree`).to.exist;
  expect(findAccessibilityNode(snapshot, (node) => /website/i.test(node.name ?? '')), 'the honeypot in the accessibility tree').to.equal(null);
}

type AccessibilityNode = { name?: string; children: AccessibilityNode[] };

/** The forms (and search forms) in the page's accessibility tree, by the name a screen reader gives them: a form without a name is not listed. */
export async function namedForms(): Promise<string[]> {
  const forms: string[] = [];
  const walk = (node: AccessibilityNode & { role?: string }): void => {
    if ((node.role === 'form' || node.role === 'search') && node.name) forms.push(node.name);
    for (const child of node.children ?? []) walk(child);
  };
  walk((await a11ySnapshot({})) as unknown as AccessibilityNode);
  return forms;
}

/** Every name in the page's accessibility tree, as assistive technology gets it. */
export async function accessibleNames(): Promise<string[]> {
  const names: string[] = [];
  const walk = (node: AccessibilityNode): void => {
    if (node.name) names.push(node.name);
    for (const child of node.children ?? []) walk(child);
  };
  walk((await a11ySnapshot({})) as unknown as AccessibilityNode);
  return names;
}

/** A reference as a screen reader should hear it: `MOT-0VA5-SGHK` is "M O T, 0 V A 5, S G H K". */
export function spelledOut(reference: string): string {
  return reference
    .split('-')
    .map((group) => group.split('').join(' '))
    .join(', ');
}

/**
 * Expects `reference` in `within` as a citizen should get it: shown whole, on one line, left to
 * right, and spelled out to a screen reader in groups ("M O T, 0 V A 5, S G H K") — the shown
 * form, read as a word, kept from it.
 */
export async function expectReferenceSpoken(within: Element, reference: string): Promise<void> {
  const shown = [...within.querySelectorAll<HTMLElement>('[aria-hidden="true"]')].find((element) => element.textContent === reference);
  expect(shown, `${reference} shown`).to.exist;
  expect(getComputedStyle(shown!).whiteSpace, 'on one line').to.equal('nowrap');
  expect(getComputedStyle(shown!).direction).to.equal('ltr');
  const spelled = spelledOut(reference);
  const names = await accessibleNames();
  expect(names.some((name) => name.includes(spelled)), `"${spelled}" in the accessibility tree`).to.equal(true);
  expect(names.some((name) => name.includes(reference)), `${reference} read as a word`).to.equal(false);
}

/** Whether the text `words` inside `within` (across its text nodes; bidi isolates and word joiners between its characters allowed) is laid out on one line. */
export function onOneLine(within: Element, words: string): boolean {
  const walker = document.createTreeWalker(within, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let all = '';
  const starts = nodes.map((node) => {
    const at = all.length;
    all += node.data;
    return at;
  });
  const found = new RegExp([...words].map((character) => character.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('[\u2060\u2066-\u2069]*')).exec(all);
  if (!found) throw new Error(`"${words}" is not in ${within.textContent}`);
  const at = found.index;
  const locate = (offset: number): [Text, number] => {
    const index = starts.findLastIndex((start) => start <= offset);
    return [nodes[index]!, offset - starts[index]!];
  };
  const range = document.createRange();
  range.setStart(...locate(at));
  range.setEnd(...locate(at + found[0].length - 1));
  range.setEnd(range.endContainer, range.endOffset + 1);
  const tops = [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top));
  return tops.length > 0 && tops.every((top) => Math.abs(top - tops[0]!) <= 2);
}
