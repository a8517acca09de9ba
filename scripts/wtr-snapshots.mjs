/**
 * Server-side commands of @web/test-runner for the accessibility-tree snapshots
 * (packages/elements/src/<widget>/<widget>.a11y.test.ts, through
 * packages/elements/src/test-support/a11y-snapshot.ts):
 *
 * - `a11y-snapshot-file` reads and writes the expected snapshots, one text file per state
 *   and locale: `packages/elements/src/<widget>/__snapshots__/<state>.<locale>.txt`. In a
 *   normal run it returns what the file holds (`null` when there is no file, which the
 *   test turns into a failure: a snapshot nobody has reviewed never passes). With
 *   `UPDATE_SNAPSHOTS=1` in the environment it writes what the test saw and returns it.
 * - `a11y-tree` gives the accessibility tree under the element matching `selector` (in the
 *   page's light DOM), as Chromium computes it (CDP `Accessibility.getFullAXTree`): role,
 *   name, description, value and properties of each node, without the nodes Chromium
 *   ignores (hidden, `aria-hidden`, presentational) and their inline text boxes, whose
 *   children take their place. Unlike `a11ySnapshot` (puppeteer's "interesting" nodes),
 *   it keeps the structure a screen reader announces: groups and their legends, lists and
 *   items, paragraphs, terms and definitions.
 * - `emulate-time-zone` sets the page's time zone (puppeteer's `page.emulateTimezone`), so
 *   that times shown in the browser's zone read the same on every machine; `null` puts the
 *   machine's zone back.
 *
 * - `screenshot` (only in `npm run screenshots`, scripts/screenshots.mjs, which registers
 *   {@link screenshotPlugin}) writes a PNG of the page around the element matching
 *   `selector`: the viewport's full width (wider when something overflows it) and the
 *   element's full height, into `docs/screenshots/<widget>/<state>.<locale>.<scheme>.<width>.png`.
 *
 * Registered in web-test-runner.config.mjs, the screenshot command in scripts/screenshots.mjs.
 * Plain JavaScript, no dependencies.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The only files `a11y-snapshot-file` touches: a widget folder's `__snapshots__/<state>.<locale>.txt`. */
const SNAPSHOT_PATH = /^packages\/elements\/src\/[a-z][a-z0-9-]*\/__snapshots__\/[a-z0-9][a-z0-9-]*\.[a-z]{2,3}(-[a-z0-9]+)*\.txt$/;

/** True when this run writes the snapshots rather than compares with them. */
export const UPDATE_SNAPSHOTS = process.env.UPDATE_SNAPSHOTS === '1';

/**
 * @param {{ rootDir: string, update?: boolean }} options
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function snapshotFilesPlugin({ rootDir, update = UPDATE_SNAPSHOTS }) {
  return {
    name: 'a11y-snapshot-files',
    async executeCommand({ command, payload }) {
      if (command !== 'a11y-snapshot-file') return undefined;
      const { path, actual } = /** @type {{ path?: unknown, actual?: unknown }} */ (payload ?? {});
      if (typeof path !== 'string' || !SNAPSHOT_PATH.test(path)) {
        throw new Error(`a11y-snapshot-file: "${String(path)}" is not packages/elements/src/<widget>/__snapshots__/<state>.<locale>.txt`);
      }
      if (typeof actual !== 'string') throw new Error('a11y-snapshot-file: the payload has no snapshot text (actual)');
      const file = join(rootDir, path);
      if (update) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, actual);
        return { expected: actual, updated: true };
      }
      try {
        return { expected: readFileSync(file, 'utf8'), updated: false };
      } catch (error) {
        if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return { expected: null, updated: false };
        throw error;
      }
    },
  };
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function timeZonePlugin() {
  return {
    name: 'emulate-time-zone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-time-zone') return undefined;
      const { timeZone } = /** @type {{ timeZone?: string | null }} */ (payload ?? {});
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-time-zone: not supported for ${session.browser.type}`);
      const page = /** @type {{ getPage(id: string): { emulateTimezone(zone?: string): Promise<void> } }} */ (
        /** @type {unknown} */ (session.browser)
      ).getPage(session.id);
      await page.emulateTimezone(timeZone ?? undefined);
      return true;
    },
  };
}

/**
 * One node of Chromium's accessibility tree, as `a11y-tree` gives it.
 * @typedef {{ role: string, name?: string, description?: string, value?: string | number | boolean,
 *   properties: Record<string, string | number | boolean>, children: AXTreeNode[] }} AXTreeNode
 */

/**
 * @param {{ nodeId: string, ignored: boolean, role?: { value?: unknown }, name?: { value?: unknown },
 *   description?: { value?: unknown }, value?: { value?: unknown },
 *   properties?: { name: string, value: { value?: unknown } }[], childIds?: string[] }} node
 * @param {Map<string, any>} byId
 * @returns {AXTreeNode[]}
 */
function shapeAXNode(node, byId) {
  const children = (node.childIds ?? []).flatMap((id) => {
    const child = byId.get(id);
    return child ? shapeAXNode(child, byId) : [];
  });
  const role = String(node.role?.value ?? '');
  if (node.ignored || role === 'InlineTextBox') return children;
  /** @type {AXTreeNode} */
  const shaped = { role, properties: {}, children };
  if (node.name?.value !== undefined && node.name.value !== '') shaped.name = String(node.name.value);
  if (node.description?.value !== undefined && node.description.value !== '') shaped.description = String(node.description.value);
  if (node.value?.value !== undefined && node.value.value !== '') shaped.value = /** @type {string | number | boolean} */ (node.value.value);
  for (const property of node.properties ?? []) {
    const value = property.value?.value;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') shaped.properties[property.name] = value;
  }
  return [shaped];
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function accessibilityTreePlugin() {
  return {
    name: 'a11y-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-tree') return undefined;
      const { selector } = /** @type {{ selector?: unknown }} */ (payload ?? {});
      if (typeof selector !== 'string') throw new Error('a11y-tree: the payload names no selector');
      if (session.browser.type !== 'puppeteer') throw new Error(`a11y-tree: not supported for ${session.browser.type}`);
      const page = /** @type {any} */ (session.browser).getPage(session.id);
      const client = await page.createCDPSession();
      try {
        const { root: document } = await client.send('DOM.getDocument', { depth: 0 });
        const { nodeId } = await client.send('DOM.querySelector', { nodeId: document.nodeId, selector });
        if (!nodeId) throw new Error(`a11y-tree: nothing in the page matches ${selector}`);
        const { node } = await client.send('DOM.describeNode', { nodeId });
        const { nodes } = await client.send('Accessibility.getFullAXTree', {});
        const byId = new Map(nodes.map((/** @type {{ nodeId: string }} */ each) => [each.nodeId, each]));
        const root = nodes.find((/** @type {{ backendDOMNodeId?: number }} */ each) => each.backendDOMNodeId === node.backendNodeId);
        if (!root) throw new Error(`a11y-tree: ${selector} is not in the accessibility tree`);
        return shapeAXNode(root, byId);
      } finally {
        await client.detach();
      }
    },
  };
}

/**
 * One screenshot: a widget in one state, locale, colour scheme and viewport width.
 * @typedef {{ widget: string, state: string, locale: string, scheme: 'light' | 'dark', width: number }} Shot
 */

/** Names that may become parts of a screenshot's path: folder names, state names, BCP 47 tags. */
const PATH_PART = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Where `shot` is written, relative to the screenshots folder (and to its README):
 * `<widget>/<state>.<locale>.<light|dark>.<width>.png`.
 * @param {Shot} shot
 */
export function screenshotFile({ widget, state, locale, scheme, width }) {
  return `${widget}/${state}.${locale}.${scheme}.${width}.png`;
}

/** Room left around the element, as the page's own margin would. */
const SCREENSHOT_MARGIN = 8;

/**
 * @param {{ outDir: string, onShot?: (shot: Shot & { file: string, overflows: boolean }) => void }} options
 *   `outDir`, absolute, receives the PNGs; `onShot` hears of each one written, and whether
 *   the page was wider than its viewport then (something overflowing it sideways).
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function screenshotPlugin({ outDir, onShot }) {
  return {
    name: 'screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const { selector, ...shot } = /** @type {Partial<Shot> & { selector?: unknown }} */ (payload ?? {});
      if (typeof selector !== 'string') throw new Error('screenshot: the payload names no selector');
      for (const part of /** @type {const} */ (['widget', 'state', 'locale'])) {
        if (typeof shot[part] !== 'string' || !PATH_PART.test(shot[part])) throw new Error(`screenshot: ${part} "${String(shot[part])}" is not lower-case letters, digits and hyphens`);
      }
      if (shot.scheme !== 'light' && shot.scheme !== 'dark') throw new Error(`screenshot: scheme "${String(shot.scheme)}" is neither light nor dark`);
      if (!Number.isInteger(shot.width) || /** @type {number} */ (shot.width) <= 0) throw new Error(`screenshot: width "${String(shot.width)}" is not a number of pixels`);
      if (session.browser.type !== 'puppeteer') throw new Error(`screenshot: not supported for ${session.browser.type}`);
      const page = /** @type {any} */ (session.browser).getPage(session.id);
      const handle = await page.$(selector);
      if (!handle) throw new Error(`screenshot: nothing in the page matches ${selector}`);
      try {
        // In the page's coordinates: the clip may reach below the viewport (captureBeyondViewport).
        const box = await handle.evaluate((/** @type {Element} */ el) => {
          const rect = el.getBoundingClientRect();
          return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY, viewport: window.innerWidth, page: document.documentElement.scrollWidth };
        });
        if (box.bottom <= box.top) throw new Error(`screenshot: ${selector} has no height`);
        const top = Math.max(0, box.top - SCREENSHOT_MARGIN);
        const file = screenshotFile(/** @type {Shot} */ (shot));
        const path = join(outDir, file);
        mkdirSync(dirname(path), { recursive: true });
        await page.screenshot({
          path,
          clip: { x: 0, y: top, width: Math.max(box.viewport, box.page), height: box.bottom + SCREENSHOT_MARGIN - top },
          captureBeyondViewport: true,
        });
        onShot?.({ .../** @type {Shot} */ (shot), file, overflows: box.page > box.viewport });
        return true;
      } finally {
        await handle.dispose();
      }
    },
  };
}
