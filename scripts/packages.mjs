#!/usr/bin/env node
/**
 * The packages as a stranger installs them. `npm pack` packs every workspace package under
 * packages/ (after `tsc -b`, which is quick when the build is current) into a temporary
 * directory, and each tarball is checked:
 *
 *   contents   no tests, fixtures, snapshots, tsbuildinfo or CDN build; no compiled file
 *              whose source is gone (a stale dist); LICENSE (MIT) and README.md, and the
 *              metadata (description, keywords, repository, engines); every package its
 *              code imports declared as a dependency or peer
 *   publint    over the tarball: no error and no warning (suggestions are printed)
 *   attw       are-the-types-wrong with the ESM-only profile (node16 from ESM, bundler)
 *
 * Then two fresh projects in the OS's temporary directory install the tarballs and nothing
 * of the repository:
 *
 *   elements alone  contract, core, sdk and elements (all elements needs): no server framework
 *                   or msw is installed (hono above all), and the install's size is printed
 *   everything      every tarball (msw comes as the mock's peer): in Node, every export entry
 *                   of contract, core, http, sdk, mock and server is imported and one real
 *                   export of it checked; each README's first ```js example is run as written;
 *                   and where another Node is on the machine (its own 20, here and in CI),
 *                   the same again on it for every package whose `engines` admits it
 *   Chromium        a page bundled by esbuild from the elements-only project, importing every
 *                   element entry (`@civic-contact/elements/complaint-form.js`, …), the SDK and
 *                   the contract, opened in headless Chromium: every tag is defined, the
 *                   complaint form renders, the SDK's createClient is a function, the page
 *                   throws nothing; and the React package from the project with everything
 *                   (React comes as its peer): a component per element, the elements registered
 *
 * Each check of each package counts as one test. `--counts FILE` writes `{ passed, failed }`
 * for `npm test`; `--keep` keeps the temporary directory and prints where it is. Nothing is
 * cached in the repository; npm's own cache serves the registry packages
 * (`--prefer-offline`).
 */
import { execFile as execFileCallback, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { WIDGET_TAGS } from './widgets.mjs';

const execFile = promisify(execFileCallback);
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const REPOSITORY = 'git+https://github.com/civic-contact/civic-contact.git';
const NPM_INSTALL = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
/** A fresh project's Node: none of this shell's options (`--conditions=source` would reach for the TypeScript). */
const NODE_ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_OPTIONS'));

/** What no browser install of the elements may bring: a server framework, or msw. */
const NOT_FOR_BROWSERS = [/^hono$/, /^@hono\//, /^express$/, /^fastify$/, /^msw$/, /^@mswjs\//];

/**
 * One real export of each entry a Node user imports. A new entry in a package's `exports`
 * fails here until it is named, so that every entry is imported by this test.
 */
const NODE_EXPORTS = {
  '@civic-contact/contract': 'parseReference',
  '@civic-contact/contract/openapi': 'buildOpenApiDocument',
  '@civic-contact/core': 'ContactCentre',
  '@civic-contact/core/seed': 'seed',
  '@civic-contact/core/validation': 'validateComplaint',
  '@civic-contact/core/faq-search': 'createFaqSearch',
  '@civic-contact/core/testing': 'storageConformance',
  '@civic-contact/http': 'createHttpApp',
  '@civic-contact/sdk': 'createClient',
  '@civic-contact/mock': 'createMockContactCentre',
  '@civic-contact/server': 'startServer',
};
/** Packages for browsers only: their entries are checked in Chromium, not imported in Node. */
const BROWSER_ONLY = new Set(['@civic-contact/elements', '@civic-contact/react']);

/** Paths in a tarball that are tests, test data or build leftovers, never published. */
const NOT_PUBLISHED = [
  [/(^|\/)(test|tests|test-support|__snapshots__)\//, 'a test folder'],
  [/\.test\.[cm]?[jt]s$|\.test\.d\.ts$/, 'a test'],
  [/(^|\/)test-fixtures\.[jt]s$|test-fixtures\.d\.ts$/, 'test fixtures'],
  [/\.run\.[jt]s$/, 'a test script'],
  [/\.tsbuildinfo$/, "tsc's build state"],
  [/^dist\/cdn\//, 'the CDN build (served by the contact centre, not installed)'],
];

/** @type {{ group: string, name: string, ok: boolean, detail?: string }[]} */
const results = [];

function record(group, name, ok, detail) {
  results.push({ group, name, ok, detail });
  const mark = ok ? '✔' : '✘';
  console.log(`${mark} ${group.padEnd(22)} ${name}${!ok && detail ? `\n${indent(detail)}` : ''}`);
}

const indent = (text) => String(text).replace(/^/gm, '    ');
const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/**
 * The environment for npm: this process's, without what `npm test` put in it for the
 * repository (`npm_config_local_prefix` would make an install in a fresh project land in the
 * repository), but with the registry, cache and certificates settings a machine may need.
 */
function npmEnv() {
  const KEEP = /^npm_config_(cache|cafile|ca|cert|key|userconfig|globalconfig|registry|.*:registry|proxy|https_proxy|noproxy|strict_ssl)$/i;
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|INIT_CWD$)/i.test(name) || KEEP.test(name)));
  return { ...env, npm_config_update_notifier: 'false' };
}

/** Runs npm (the one on PATH, as a user would) and gives its stdout; throws with its output. */
async function npm(args, cwd) {
  try {
    const { stdout } = await execFile('npm', args, { cwd, maxBuffer: 64 * 1024 * 1024, env: npmEnv() });
    return stdout;
  } catch (error) {
    throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
  }
}

/** The workspace packages under packages/, from the root package.json. */
function workspacePackages() {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return workspaces
    .filter((dir) => dir.startsWith('packages/'))
    .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) }));
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`), or null for a relative or built-in one. */
function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const IMPORTS = /(?:^|[\s;}])(?:import|export)\s(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The source a compiled file of dist/ comes from (`dist/a/b.js` → `src/a/b.ts`), or null for another file. */
function sourceOf(file) {
  const stem = /^dist\/(?!cdn\/)(.+?)\.(?:js|d\.ts)(?:\.map)?$/.exec(file)?.[1];
  return stem ? `src/${stem}.ts` : null;
}

/**
 * Compiled files in a package's dist/ whose source is gone: tsc never deletes what it once
 * compiled, so a moved or deleted module stays in dist/ (and would be published) until
 * removed. Paths relative to the package.
 */
function staleOutputs(dir) {
  const dist = join(root, dir, 'dist');
  if (!existsSync(dist)) return [];
  return readdirSync(dist, { recursive: true })
    .map((file) => `dist/${file.split('\\').join('/')}`)
    .filter((file) => {
      const source = sourceOf(file);
      return source !== null && !existsSync(join(root, dir, source)) && !existsSync(join(root, dir, `${source}x`));
    });
}

/** What is wrong with a packed package's contents and metadata: a list of sentences. */
function contentProblems({ dir, pkg }, files) {
  const problems = [];
  const paths = new Set(files);
  for (const file of files) {
    const match = NOT_PUBLISHED.find(([pattern]) => pattern.test(file));
    if (match) problems.push(`${file} is ${match[1]}: leave it out with a "files" negation in ${dir}/package.json`);
  }
  // Removed before packing (staleOutputs); one left here would be published.
  for (const file of files) {
    const source = sourceOf(file);
    if (source && !paths.has(source) && !paths.has(`${source}x`)) problems.push(`${file} has no source (${source}) in the tarball`);
  }
  if (!pkg.private) {
    if (!paths.has('README.md')) problems.push(`no README.md in ${dir}`);
    if (!paths.has('LICENSE')) problems.push(`no LICENSE in ${dir}`);
    else if (!readFileSync(join(root, dir, 'LICENSE'), 'utf8').startsWith('MIT License')) problems.push(`${dir}/LICENSE is not the MIT licence its package.json names`);
  }
  // Files package.json points editors and tools at (the custom elements manifest, web-types).
  for (const key of ['customElements', 'web-types']) {
    const file = typeof pkg[key] === 'string' ? pkg[key].replace(/^\.\//, '') : null;
    if (file && !paths.has(file)) problems.push(`"${key}" names ${file}, which is not in the tarball: add it to "files"`);
  }
  if (pkg.license !== 'MIT') problems.push(`"license" is ${JSON.stringify(pkg.license)}, not "MIT"`);
  if (pkg.type !== 'module') problems.push('"type" is not "module"');
  if (typeof pkg.description !== 'string' || pkg.description.length < 20) problems.push('no "description"');
  if (!Array.isArray(pkg.keywords) || pkg.keywords.length === 0) problems.push('no "keywords"');
  if (pkg.repository?.url !== REPOSITORY || pkg.repository?.directory !== dir) {
    problems.push(`"repository" should be { "type": "git", "url": "${REPOSITORY}", "directory": "${dir}" }`);
  }
  if (!/^>=\d+(\.\d+)?/.test(pkg.engines?.node ?? '')) problems.push('no "engines": { "node": ">=…" }');
  // Every package the code imports (types included) is one its users get installed.
  const declared = new Set([pkg.name, ...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const undeclared = new Map();
  for (const file of files.filter((f) => /\.(js|d\.ts)$/.test(f))) {
    const code = readFileSync(join(root, dir, file), 'utf8');
    for (const [, a, b] of code.matchAll(IMPORTS)) {
      const name = packageOf(a ?? b);
      if (name && !declared.has(name) && !undeclared.has(name)) undeclared.set(name, file);
    }
  }
  for (const [name, file] of undeclared) problems.push(`${file} imports ${name}, which is not in "dependencies" or "peerDependencies"`);
  // Workspace packages depend on each other at their exact current versions.
  const versions = new Map(workspacePackages().map(({ pkg: p }) => [p.name, p.version]));
  for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
    if (versions.has(name) && range !== versions.get(name)) problems.push(`depends on ${name} ${range}, but the workspace has ${versions.get(name)}`);
  }
  return problems;
}

/** Every installed package of a project: `name@version` by path, scoped and nested ones included. */
function installedPackages(project) {
  const found = [];
  const walk = (modules) => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules)) {
      if (entry.startsWith('.')) continue;
      const dirs = entry.startsWith('@') ? readdirSync(join(modules, entry)).map((name) => join(modules, entry, name)) : [join(modules, entry)];
      for (const dir of dirs) {
        const manifest = join(dir, 'package.json');
        if (!existsSync(manifest)) continue;
        const { name, version } = JSON.parse(readFileSync(manifest, 'utf8'));
        found.push({ name, version, path: relative(project, dir) });
        walk(join(dir, 'node_modules'));
      }
    }
  };
  walk(join(project, 'node_modules'));
  return found;
}

function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** A fresh project in `dir` with `tarballs` installed, as `npm install <tarball>…` leaves it. */
async function freshProject(dir, tarballs) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'fresh-project', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`);
  await npm([...NPM_INSTALL, ...tarballs], dir);
}

/** A Node binary other than this one (the machine's own), to check the lower `engines` bounds on. */
function otherNode() {
  const candidates = new Set(['/usr/bin/node', '/usr/local/bin/node']);
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && !dir.includes('node_modules')) candidates.add(join(dir, 'node'));
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    const run = spawnSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    const version = run.stdout?.trim();
    if (run.status === 0 && version && version !== process.versions.node) return { path, version };
  }
  return null;
}

const versionOf = (text) => text.split('.').map(Number);
/** Whether `version` meets a `>=X[.Y[.Z]]` lower bound. */
function admits(range, version) {
  const bound = versionOf(/^>=\s*([\d.]+)/.exec(range ?? '')?.[1] ?? '0');
  const have = versionOf(version);
  for (let i = 0; i < 3; i++) {
    if ((have[i] ?? 0) !== (bound[i] ?? 0)) return (have[i] ?? 0) > (bound[i] ?? 0);
  }
  return true;
}

/** The first ```js block of a README, or null. */
function readmeExample(readme) {
  return /^```js\n([\s\S]*?)^```$/m.exec(readme)?.[1] ?? null;
}

/**
 * Imports every Node entry of `packages` (installed in `project`) in one Node process and
 * checks each one's named export; then runs each README example. One test each.
 */
async function nodeChecks(project, packages, node, label) {
  const entries = [];
  for (const { pkg } of packages) {
    for (const key of Object.keys(pkg.exports ?? { '.': null })) {
      const specifier = key === '.' ? pkg.name : `${pkg.name}/${key.replace(/^\.\//, '')}`;
      entries.push({ specifier, name: NODE_EXPORTS[specifier] });
    }
  }
  const script = join(project, `imports-${label.replace(/\W+/g, '-')}.mjs`);
  writeFileSync(
    script,
    `const entries = ${JSON.stringify(entries)};\nconst out = [];\nfor (const { specifier, name } of entries) {\n  try {\n    const mod = await import(specifier);\n    const kind = name ? typeof mod[name] : 'unnamed';\n    out.push({ specifier, ok: kind === 'function' || kind === 'object', detail: name ? \`\${name} is \${kind}\` : 'no export named for this entry in scripts/packages.mjs (NODE_EXPORTS)' });\n  } catch (error) {\n    out.push({ specifier, ok: false, detail: String(error?.stack ?? error) });\n  }\n}\nconsole.log(JSON.stringify(out));\n`,
  );
  try {
    const { stdout } = await execFile(node, [script], { cwd: project, env: NODE_ENV, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
    for (const { specifier, ok, detail } of JSON.parse(stdout.trim().split('\n').at(-1))) record(`import (${label})`, specifier, ok, detail);
  } catch (error) {
    record(`import (${label})`, packages.map(({ pkg }) => pkg.name).join(', '), false, `${error.stdout ?? ''}${error.stderr ?? error.message}`);
  }
  for (const { pkg } of packages) {
    const readme = join(project, 'node_modules', pkg.name, 'README.md');
    const example = existsSync(readme) ? readmeExample(readFileSync(readme, 'utf8')) : null;
    if (!example) continue;
    const file = join(project, `readme-${pkg.name.split('/').pop()}-${label.replace(/\W+/g, '-')}.mjs`);
    writeFileSync(file, example);
    try {
      await execFile(node, [file], { cwd: project, env: NODE_ENV, timeout: 60_000 });
      record(`README (${label})`, pkg.name, true);
    } catch (error) {
      record(`README (${label})`, pkg.name, false, `its first \`\`\`js example fails:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
    }
  }
}

const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };

/** Serves `dir` on 127.0.0.1 for the browser check. */
async function serve(dir) {
  const server = createServer((request, response) => {
    const path = join(dir, new URL(request.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html'));
    if (!path.startsWith(dir) || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': MIME[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * A page of `project` in headless Chromium: `entry` (module source) bundled by esbuild as an
 * app's bundler would, under `html`; `evaluate` runs in the page once it has set
 * `window.installed`. Records the bundle under `group` as `bundled`; gives back what
 * `evaluate` saw and the page's errors, or undefined once it has recorded why not.
 */
async function inChromium(project, { group, name, bundled, entry, html, evaluate, arg }) {
  const page = join(project, `page-${name}`);
  mkdirSync(page, { recursive: true });
  writeFileSync(join(project, `entry-${name}.js`), entry);
  writeFileSync(join(page, 'index.html'), `<!doctype html><html lang="en"><title>Fresh project</title>\n${html}\n<script type="module" src="entry-${name}.js"></script>\n`);
  const { build } = await import('esbuild');
  try {
    await build({
      absWorkingDir: project,
      entryPoints: [`entry-${name}.js`],
      outdir: page,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
    });
  } catch (error) {
    record(group, bundled, false, error.message);
    return undefined;
  }
  record(group, bundled, true);

  const { chromium } = await import('playwright-core');
  const server = await serve(page);
  let browser;
  try {
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.goto(server.url);
    await tab.waitForFunction(() => window.installed !== undefined, null, { timeout: 20_000 });
    return { seen: await tab.evaluate(evaluate, arg), errors };
  } catch (error) {
    record(group, 'the page opens in headless Chromium', false, String(error?.stack ?? error));
    return undefined;
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** The elements-only project's page in Chromium: the element defined and rendered, the SDK there, no error. */
async function browserCheck(project) {
  const group = 'Chromium';
  // Every element entry (the root, the loader, the provider, each widget, the frameworks'
  // table), as a bundler user imports them; the React wrappers are a package of their own.
  const { exports } = JSON.parse(readFileSync(join(project, 'node_modules/@civic-contact/elements/package.json'), 'utf8'));
  const entries = Object.keys(exports).filter((key) => key === '.' || key.endsWith('.js'));
  const opened = await inChromium(project, {
    group,
    name: 'elements',
    bundled: `esbuild bundles ${entries.length} elements entries, the SDK and the contract from node_modules`,
    entry: [
      ...entries.map((key) => `import '@civic-contact/elements${key.slice(1)}';`),
      "import { createClient } from '@civic-contact/sdk';",
      "import { parseReference } from '@civic-contact/contract';",
      "window.installed = { createClient: typeof createClient, reference: parseReference('moh 7k3d 9qx6') };",
      '',
    ].join('\n'),
    html: '<civic-complaint-form service="health-clinic-services"></civic-complaint-form>',
    arg: ['civic-contact-provider', ...WIDGET_TAGS],
    evaluate: async (tags) => {
      const element = document.querySelector('civic-complaint-form');
      await element?.updateComplete;
      return {
        undefinedTags: tags.filter((tag) => customElements.get(tag) === undefined),
        rendered: (element?.shadowRoot?.childElementCount ?? 0) > 0,
        createClient: window.installed.createClient,
        reference: window.installed.reference.ok ? window.installed.reference.reference : null,
      };
    },
  });
  if (!opened) return;
  const { seen, errors } = opened;
  record(group, `customElements.get() defines civic-contact-provider and ${WIDGET_TAGS.join(', ')}`, seen.undefinedTags.length === 0, `not defined: ${seen.undefinedTags.join(', ')}`);
  record(group, 'the complaint form renders into its shadow root', seen.rendered);
  record(group, "the SDK's createClient is a function", seen.createClient === 'function', `typeof createClient is ${seen.createClient}`);
  record(group, "the contract's parseReference reads a reference", seen.reference === 'MOH-7K3D-9QX6', `got ${seen.reference}`);
  record(group, 'the page throws nothing', errors.length === 0, errors.join('\n'));
}

/** The React package in Chromium, from the project with every package (and React, its peer): each wrapper there, the elements registered. */
async function reactCheck(project) {
  const group = 'Chromium (React)';
  const opened = await inChromium(project, {
    group,
    name: 'react',
    bundled: 'esbuild bundles @civic-contact/react with React from node_modules',
    entry: "import * as wrappers from '@civic-contact/react';\nwindow.installed = Object.keys(wrappers).filter((name) => typeof wrappers[name] === 'object').sort();\n",
    html: '',
    arg: ['civic-contact-provider', ...WIDGET_TAGS],
    evaluate: (tags) => ({ wrappers: window.installed, undefinedTags: tags.filter((tag) => customElements.get(tag) === undefined) }),
  });
  if (!opened) return;
  const { seen, errors } = opened;
  const expected = ['CivicCallbackRequest', 'CivicComplaintForm', 'CivicContactProvider', 'CivicFaqSearch', 'CivicServiceDashboard', 'CivicTicketStatus'];
  record(group, `a component each: ${expected.join(', ')}`, JSON.stringify(seen.wrappers) === JSON.stringify(expected), `got ${seen.wrappers.join(', ')}`);
  record(group, 'importing it registers every element', seen.undefinedTags.length === 0, `not defined: ${seen.undefinedTags.join(', ')}`);
  record(group, 'the page throws nothing', errors.length === 0, errors.join('\n'));
}

async function main() {
  const start = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'civic-packages-'));
  try {
    // The build the tarballs are made of: quick when it is current (npm test has just run it).
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b'], { cwd: root, encoding: 'utf8' });
    if (tsc.status !== 0) {
      record('build', 'tsc -b', false, tsc.stdout + tsc.stderr);
      return;
    }

    const packages = workspacePackages();
    for (const { dir } of packages) {
      for (const stale of staleOutputs(dir)) {
        rmSync(join(root, dir, stale));
        console.log(`removed ${dir}/${stale}: compiled from a source that is gone`);
      }
    }
    const tarballDir = join(work, 'tarballs');
    mkdirSync(tarballDir);
    const packed = JSON.parse(
      await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tarballDir, ...packages.flatMap(({ dir }) => ['--workspace', dir])], root),
    );
    const tarballOf = new Map(packed.map((p) => [p.name, join(tarballDir, p.filename)]));
    console.log(`packed ${packed.length} packages in ${seconds(start)} into ${tarballDir}`);

    // What each tarball holds and says about itself.
    const { publint } = await import('publint');
    const { formatMessage } = await import('publint/utils');
    const { checkPackage, createPackageFromTarballData } = await import('@arethetypeswrong/core');
    for (const entry of packages) {
      const { pkg } = entry;
      const info = packed.find((p) => p.name === pkg.name);
      const problems = contentProblems(entry, info.files.map((f) => f.path));
      record('contents', `${pkg.name} (${info.files.length} files, ${(info.unpackedSize / 1e6).toFixed(2)} MB)`, problems.length === 0, problems.join('\n'));

      const bytes = readFileSync(tarballOf.get(pkg.name));
      const linted = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, level: 'suggestion' });
      const said = (types) => linted.messages.filter((m) => types.includes(m.type)).map((m) => `${m.type}: ${formatMessage(m, linted.pkg, { color: false })}`);
      for (const line of said(['suggestion'])) console.log(indent(`publint ${pkg.name} ${line}`));
      const failing = said(['error', 'warning']);
      record('publint', pkg.name, failing.length === 0, failing.join('\n'));

      // The ESM-only profile of `attw --pack --profile esm-only`: CommonJS and node10 resolution ignored.
      const checked = await checkPackage(createPackageFromTarballData(new Uint8Array(bytes)));
      const wrong = checked.types
        ? checked.problems.filter((p) => !('resolutionKind' in p) || !['node10', 'node16-cjs'].includes(p.resolutionKind))
        : [{ kind: 'NoTypes' }];
      record(
        'attw (esm-only)',
        pkg.name,
        wrong.length === 0,
        `${wrong.map((p) => `${p.kind}${p.entrypoint ? ` at ${p.entrypoint}` : ''}${p.resolutionKind ? ` (${p.resolutionKind})` : ''}`).join('\n')}\n` +
          `for the full table: npx attw ${relative(root, tarballOf.get(pkg.name))} --profile esm-only (with --keep)`,
      );
    }

    // Fresh projects: the elements and what they need, and everything.
    const named = new Map(packages.map((entry) => [entry.pkg.name, entry]));
    const needs = (name, seen = new Set()) => {
      if (seen.has(name)) return seen;
      seen.add(name);
      for (const dep of Object.keys(named.get(name).pkg.dependencies ?? {})) if (named.has(dep)) needs(dep, seen);
      return seen;
    };
    const elementsOnly = join(work, 'elements-only');
    const everything = join(work, 'everything');
    const installStart = performance.now();
    const installs = await Promise.allSettled([
      freshProject(elementsOnly, [...needs('@civic-contact/elements')].map((name) => tarballOf.get(name))),
      freshProject(everything, [...tarballOf.values()]),
    ]);
    console.log(`installed two fresh projects in ${seconds(installStart)}`);

    if (installs[0].status === 'rejected') {
      record('elements alone', 'npm install of the elements tarballs', false, installs[0].reason.message);
    } else {
      const installed = installedPackages(elementsOnly);
      const forbidden = installed.filter(({ name }) => NOT_FOR_BROWSERS.some((pattern) => pattern.test(name)));
      const size = (bytesUnder(join(elementsOnly, 'node_modules')) / 1e6).toFixed(1);
      record(
        'elements alone',
        `no server framework or msw installed (${installed.length} packages, ${size} MB)`,
        forbidden.length === 0,
        forbidden.map(({ name, path }) => `${name} at ${path} (run \`npm ls ${name}\` in ${elementsOnly} with --keep)`).join('\n'),
      );
      await browserCheck(elementsOnly);
    }

    if (installs[1].status === 'rejected') {
      record('everything', 'npm install of every tarball', false, installs[1].reason.message);
    } else {
      await reactCheck(everything);
      const forNode = packages.filter(({ pkg }) => !BROWSER_ONLY.has(pkg.name));
      await nodeChecks(everything, forNode, process.execPath, `Node ${process.versions.node}`);
      const other = otherNode();
      if (other) {
        const admitted = forNode.filter(({ pkg }) => admits(pkg.engines?.node, other.version));
        await nodeChecks(everything, admitted, other.path, `Node ${other.version}`);
      } else {
        console.log('no other Node on this machine: the lower engines bounds are not checked');
      }
    }
  } catch (error) {
    record('packages', 'the suite itself', false, String(error?.stack ?? error));
  } finally {
    if (process.argv.includes('--keep')) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
    console.log(`(${seconds(start)})`);
  }
}

await main();
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`\n${passed} passed, ${failed} failed`);
const countsAt = process.argv.indexOf('--counts');
if (countsAt > 0) {
  const file = process.argv[countsAt + 1];
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ passed, failed })}\n`);
}
process.exitCode = failed > 0 ? 1 : 0;
