/**
 * What a screen reader hears of a widget, as text a reviewer can read and a test can
 * compare: the page's accessibility tree (Chromium's, through the `a11y-tree` command of
 * scripts/wtr-snapshots.mjs) around the widget, one node per line, indented like
 * Playwright's aria snapshots:
 *
 * ```
 * - main
 *   - status
 *   - form "Check the status of your complaint"
 *     - heading "Check the status of your complaint" [level=2]
 *     - text: Complaint reference
 *     - paragraph: Error: Enter your complaint reference
 *     - textbox "Complaint reference" [invalid] description="It is in … Error: Enter your complaint reference"
 *     - button "Check status"
 * ```
 *
 * Each line: the role, the accessible name in quotes, the states that matter in brackets
 * (checked, expanded, pressed, selected, invalid, required, disabled, readonly, focused,
 * level, a live politeness its role does not imply …), then `value=` and `description=`
 * when there are some, and after a colon the text of a node that holds only text (`text:`
 * alone is text read where it stands, a label's words among them). Left out: what Chromium
 * ignores (hidden, `aria-hidden`), containers a screen reader does not announce and inline
 * marks it reads through (see SILENT_ROLES), a node's text when its name already says it,
 * and anything that changes from run to run (node ids, the page's URL); bidi isolates and
 * marks are dropped and spaces collapsed, as they are not heard.
 *
 * The expected snapshots live beside each widget, in `<widget>/__snapshots__/<state>.<locale>.txt`,
 * read and written by the `a11y-snapshot-file` command (scripts/wtr-snapshots.mjs);
 * `UPDATE_SNAPSHOTS=1` writes them. CONTRIBUTING.md says how to review them.
 * No tests of its own; left out of the package build.
 */
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { expectAccessible } from './fixtures.ts';
import { STATE_LOCALES, STATE_TIME_ZONE, type StateDriver } from './states.ts';

/** A node of Chromium's accessibility tree, as the `a11y-tree` command gives it (scripts/wtr-snapshots.mjs). */
export interface AccessibilityNode {
  role: string;
  name?: string;
  description?: string;
  value?: string | number | boolean;
  /** Chromium's properties of the node: `checked`, `expanded`, `invalid`, `level`, `live`, `focused` … */
  properties: Record<string, string | number | boolean>;
  children: AccessibilityNode[];
}

/** Roles whose live politeness is their own: `status` is polite, `alert` assertive, `log` polite. */
const IMPLIED_LIVE: Record<string, string> = { status: 'polite', alert: 'assertive', log: 'polite', timer: 'off', marquee: 'off' };

/** Chromium's internal role names, as a reader of the snapshot knows them. */
const ROLE_NAMES: Record<string, string> = { StaticText: 'text', RootWebArea: 'document' };

/**
 * Roles left out, their children taking their place: containers a screen reader does not
 * announce (`generic` unless named, focused or live; a label, whose words name its control and are
 * also read where they stand) and inline marks it reads straight through (strong, emphasis,
 * times, code, highlighted words).
 */
const SILENT_ROLES = new Set(['generic', 'none', 'presentation', 'LabelText', 'strong', 'emphasis', 'time', 'code', 'mark', 'Abbr', 'superscript', 'subscript', 'LineBreak', 'Canvas']);

/** Whether the node is left out of the snapshot, its children taking its place. */
function isSilent(node: AccessibilityNode): boolean {
  if (!SILENT_ROLES.has(node.role)) return false;
  const { properties } = node;
  const live = properties['live'];
  return node.role !== 'generic' || !(node.name || properties['focused'] === true || (typeof live === 'string' && live !== 'off') || properties['busy'] === true);
}

/** Text as it is heard: no bidi isolates or marks, one space for any run of white space. */
export function heard(text: string): string {
  return text.replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, '').replace(/\s+/g, ' ').trim();
}

function quoted(text: string): string {
  return JSON.stringify(heard(text));
}

/** The bracketed states of a node, in a fixed order. */
function states(node: AccessibilityNode): string[] {
  const p = node.properties;
  const out: string[] = [];
  const on = (name: string) => p[name] === true || p[name] === 'true';
  if (p['level'] !== undefined && node.role === 'heading') out.push(`level=${p['level']}`);
  for (const tristate of ['checked', 'pressed']) {
    if (on(tristate)) out.push(tristate);
    else if (p[tristate] === 'mixed') out.push(`${tristate}=mixed`);
    else if (tristate === 'pressed' && p[tristate] !== undefined) out.push('pressed=false');
  }
  if (p['expanded'] !== undefined) out.push(on('expanded') ? 'expanded' : 'expanded=false');
  if (on('selected')) out.push('selected');
  const invalid = p['invalid'];
  if (invalid !== undefined && invalid !== 'false' && invalid !== false) out.push(invalid === 'true' || invalid === true ? 'invalid' : `invalid=${invalid}`);
  for (const flag of ['required', 'disabled', 'readonly', 'multiline', 'multiselectable', 'modal', 'busy']) if (on(flag)) out.push(flag);
  const popup = p['hasPopup'];
  if (popup !== undefined && popup !== 'false' && popup !== false) out.push(`haspopup=${popup}`);
  const autocomplete = p['autocomplete'];
  if (autocomplete !== undefined && autocomplete !== 'none') out.push(`autocomplete=${autocomplete}`);
  if (p['orientation'] !== undefined && ['slider', 'scrollbar', 'separator', 'tablist', 'toolbar'].includes(node.role)) out.push(`orientation=${p['orientation']}`);
  if (p['valuemin'] !== undefined) out.push(`min=${p['valuemin']}`);
  if (p['valuemax'] !== undefined) out.push(`max=${p['valuemax']}`);
  const live = p['live'];
  if (typeof live === 'string' && live !== (IMPLIED_LIVE[node.role] ?? 'off')) out.push(`live=${live}`);
  if (on('atomic') && !(node.role in IMPLIED_LIVE)) out.push('atomic');
  if (on('focused')) out.push('focused');
  return out;
}

/**
 * Runs of text read as one: pieces in a row (`Spanish`, ` (`, `Español`, `)`) joined as they
 * read, with a space between two pieces unless one side already has one or punctuation
 * closes or opens there.
 */
function joinText(pieces: readonly string[]): string {
  let out = '';
  for (const piece of pieces) {
    const glued = out === '' || /[\s(\[«“‘]$/u.test(out) || /^[\s)\].,:;!?»”’،؛؟]/u.test(piece);
    out += glued ? piece : ` ${piece}`;
  }
  return heard(out);
}

/**
 * The node's children with the silent ones replaced by theirs (a silent one holding only
 * text becomes that text, in one piece), and text that says nothing left out.
 */
function heardChildren(node: AccessibilityNode): AccessibilityNode[] {
  return node.children.flatMap((child): AccessibilityNode[] => {
    if (child.role === 'StaticText') return heard(child.name ?? '') === '' ? [] : [child];
    if (!isSilent(child)) return [child];
    const inner = heardChildren(child);
    if (inner.length > 1 && inner.every((each) => each.role === 'StaticText')) {
      return [{ role: 'StaticText', name: joinText(inner.map((each) => each.name ?? '')), properties: {}, children: [] }];
    }
    return inner;
  });
}

function line(node: AccessibilityNode, content: string | undefined): string {
  const parts = [`- ${ROLE_NAMES[node.role] ?? node.role}`];
  const name = node.role === 'StaticText' ? '' : heard(node.name ?? '');
  if (name !== '') parts.push(quoted(name));
  const { properties: p } = node;
  if (typeof p['roledescription'] === 'string') parts.push(`(${heard(p['roledescription'])})`);
  for (const state of states(node)) parts.push(`[${state}]`);
  const value = p['valuetext'] ?? node.value;
  if (value !== undefined && value !== '' && node.role !== 'StaticText') parts.push(`value=${quoted(String(value))}`);
  if (typeof p['keyshortcuts'] === 'string') parts.push(`keys=${quoted(p['keyshortcuts'])}`);
  if (node.description && heard(node.description) !== '') parts.push(`description=${quoted(node.description)}`);
  return content === undefined ? parts.join(' ') : `${parts.join(' ')}: ${content}`;
}

/**
 * The tree as indented lines. A node whose children are only text says it after a colon
 * (`- paragraph: Newest first`), or not at all when its name already says it (a heading's,
 * a link's or a button's words), as a screen reader says them once.
 */
export function serializeAccessibilityTree(root: AccessibilityNode): string {
  const lines: string[] = [];
  const walk = (node: AccessibilityNode, depth: number) => {
    const indent = '  '.repeat(depth);
    if (node.role === 'StaticText') {
      lines.push(`${indent}- text: ${heard(node.name ?? '')}`);
      return;
    }
    // A text field's own text is its value, already said.
    const children = node.properties['editable'] ? [] : heardChildren(node);
    const onlyText = children.length > 0 && children.every((child) => child.role === 'StaticText');
    if (onlyText) {
      const content = joinText(children.map((child) => child.name ?? ''));
      lines.push(`${indent}${line(node, content === heard(node.name ?? '') ? undefined : content)}`);
      return;
    }
    lines.push(`${indent}${line(node, undefined)}`);
    for (const child of children) walk(child, depth + 1);
  };
  walk(root, 0);
  return `${lines.join('\n')}\n`;
}

let marked = 0;

/**
 * The accessibility tree of the page landmark that holds `el` (the `<main>` that `place`
 * renders into), serialised. The landmark rather than the widget, whose host element
 * Chromium leaves out of the tree.
 */
export async function accessibilityTree(el: Element): Promise<string> {
  const landmark = el.closest('main') ?? el.parentElement;
  if (!landmark) throw new Error('accessibilityTree: the widget is not in the page');
  const id = landmark.getAttribute('data-a11y-snapshot') ?? String((marked += 1));
  landmark.setAttribute('data-a11y-snapshot', id);
  const roots = await executeServerCommand<AccessibilityNode[], { selector: string }>('a11y-tree', { selector: `[data-a11y-snapshot="${id}"]` });
  return roots.map(serializeAccessibilityTree).join('');
}

/**
 * The tree once it has stopped changing: the same text `stableReads` times in a row,
 * `intervalMs` apart (a live region filled after a delay, suggestions after a pause in typing).
 */
export async function settledAccessibilityTree(el: Element, { intervalMs = 200, stableReads = 3, timeoutMs = 8000 } = {}): Promise<string> {
  const deadline = performance.now() + timeoutMs;
  let last = await accessibilityTree(el);
  let same = 1;
  while (same < stableReads) {
    if (performance.now() > deadline) throw new Error(`The accessibility tree kept changing for ${timeoutMs} ms; the last one:\n${last}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    const next = await accessibilityTree(el);
    same = next === last ? same + 1 : 1;
    last = next;
  }
  return last;
}

/** Where the expected snapshot of `state` in `locale` lives, from the repository's root. */
export function snapshotPath(widget: string, state: string, locale: string): string {
  return `packages/elements/src/${widget}/__snapshots__/${state}.${locale}.txt`;
}

/** The lines that differ, `-` expected and `+` actual, with two lines of context around each change. */
export function lineDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // Longest common subsequence, from the end (snapshots are a few hundred lines at most).
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: Array<{ kind: ' ' | '-' | '+'; text: string }> = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i]! });
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) ops.push({ kind: '+', text: b[j++]! });
    else ops.push({ kind: '-', text: a[i++]! });
  }
  const near = (index: number) => ops.slice(Math.max(0, index - 2), index + 3).some((op) => op.kind !== ' ');
  const out: string[] = [];
  let skipped = false;
  ops.forEach((op, index) => {
    if (near(index)) {
      if (skipped) out.push('  …');
      skipped = false;
      out.push(`${op.kind} ${op.text}`);
    } else skipped = true;
  });
  return out.join('\n');
}

interface SnapshotFile {
  expected: string | null;
  updated: boolean;
}

/**
 * Compares what a screen reader hears of `el` now with the reviewed snapshot of `state` in
 * `locale`. Fails when they differ (showing the lines that did) and when there is no
 * snapshot yet: a new state needs `UPDATE_SNAPSHOTS=1` and a reviewer, never a silent pass.
 */
export async function expectAccessibilitySnapshot(el: Element, where: { widget: string; state: string; locale: string }): Promise<void> {
  const actual = await settledAccessibilityTree(el);
  const path = snapshotPath(where.widget, where.state, where.locale);
  const file = await executeServerCommand<SnapshotFile, { path: string; actual: string }>('a11y-snapshot-file', { path, actual });
  if (file.expected === null) {
    throw new Error(`No accessibility-tree snapshot at ${path}. Write it with UPDATE_SNAPSHOTS=1 and review it (CONTRIBUTING.md). What the test saw:\n${actual}`);
  }
  if (file.expected !== actual) {
    throw new Error(
      `What a screen reader hears of ${where.widget} (${where.state}, ${where.locale}) differs from ${path}` +
        ` (- expected, + now). If the change is meant, run with UPDATE_SNAPSHOTS=1 and review the diff:\n${lineDiff(file.expected, actual)}`,
    );
  }
}

/** Sets the page's time zone (an IANA name), or puts the machine's back with `null`. */
export async function emulateTimeZone(timeZone: string | null): Promise<void> {
  await executeServerCommand('emulate-time-zone', { timeZone });
}

/**
 * Makes the page follow the reader's colour scheme, as a ministry's page that supports a
 * dark scheme does (`color-scheme: light dark`, its background and text the system's
 * Canvas and CanvasText); gives back what puts the page as it was.
 */
export function followColorScheme(): () => void {
  const { documentElement: root, body } = document;
  const before = { scheme: root.style.colorScheme, background: body.style.background, color: body.style.color };
  root.style.colorScheme = 'light dark';
  body.style.background = 'Canvas';
  body.style.color = 'CanvasText';
  return () => {
    root.style.colorScheme = before.scheme;
    body.style.background = before.background;
    body.style.color = before.color;
  };
}

/**
 * The accessibility tests of one widget: for each of its `states` in each shipped locale
 * and in a ministry's own Kwéyòl, what a screen reader hears is
 * the reviewed snapshot, and axe finds nothing wrong in the light and the dark colour
 * scheme (`prefers-color-scheme`, which the tokens follow, on a page that follows it too:
 * {@link followColorScheme}). Each test reports every one of the three that failed, not
 * only the first.
 */
export function describeWhatIsHeard(widget: string, states: Record<string, StateDriver>): void {
  describe(`<civic-${widget}>: what a screen reader hears, and axe in light and dark`, function () {
    // Driving to a late state, waiting for the tree to settle and two axe runs, on a loaded two-core machine.
    this.timeout(40_000);
    before(() => emulateTimeZone(STATE_TIME_ZONE));
    after(() => emulateTimeZone(null));
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    for (const [state, drive] of Object.entries(states)) {
      for (const locale of STATE_LOCALES) {
        it(`${state}, ${locale}`, async () => {
          const el = await drive(locale);
          const failures: string[] = [];
          const check = async (what: string, run: () => Promise<void>) => {
            try {
              await run();
            } catch (error) {
              failures.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
            }
          };
          await check('snapshot', () => expectAccessibilitySnapshot(el, { widget, state, locale }));
          await emulateMedia({ colorScheme: 'light' });
          await check('axe, light', () => expectAccessible(el, `${state} (${locale}, light)`));
          await emulateMedia({ colorScheme: 'dark' });
          const restore = followColorScheme();
          try {
            await check('axe, dark', () => expectAccessible(el, `${state} (${locale}, dark)`));
          } finally {
            restore();
          }
          if (failures.length > 0) throw new Error(failures.join('\n\n'));
        });
      }
    }
  });
}
