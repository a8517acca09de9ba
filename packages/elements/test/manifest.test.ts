/**
 * packages/elements/custom-elements.json holds every element, every public attribute and
 * property, every event it fires (typed, with the event's fields), its slots, its parts and the
 * custom properties it reads, and nothing that is not real. The truth it is checked against is
 * the sources as the TypeScript compiler parses them, not as the analyzer reads them:
 * `@customElement('…')` classes and the classes they extend, `@property(…)` fields with their
 * `attribute` option, `observedAttributes`; the events constructed (`new Civic…Event(`) in the
 * modules an element's code reaches (its folder, base/, shared/ — not another element's folder)
 * and the event classes' `eventName` and fields; `<slot>` and `part="…"` in those modules' `html`
 * templates; `var(--civic-…)` in their `css`. The manifest, the editors' data beside it and the
 * component reference in docs/components are what `npm run manifest` and `npm run docs` give now.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import ts from 'typescript';
import { componentPages } from '../../../scripts/component-docs.mjs';
import { elementsOf, eventClass, generate, type Declaration, type Manifest } from '../../../scripts/manifest.mjs';

const root = join(import.meta.dirname, '../../..');
const src = join(root, 'packages/elements/src');

/* ------------------------------------------------------------------ the sources, as TypeScript reads them */

const parsed = new Map<string, ts.SourceFile>();
function sourceFile(file: string): ts.SourceFile {
  let found = parsed.get(file);
  if (!found) {
    found = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    parsed.set(file, found);
  }
  return found;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'test-support') yield* walk(path);
    } else if (/\.ts$/.test(entry.name) && !/\.(test|run)\.ts$/.test(entry.name) && entry.name !== 'test-fixtures.ts') {
      yield path;
    }
  }
}

function visit(node: ts.Node, each: (node: ts.Node) => void): void {
  each(node);
  ts.forEachChild(node, (child) => visit(child, each));
}

const isStatic = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
const isHidden = (node: ts.ClassElement) =>
  (node.name !== undefined && ts.isPrivateIdentifier(node.name)) ||
  (ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword));

function decoratorCall(node: ts.Node, name: string): ts.CallExpression | undefined {
  if (!ts.canHaveDecorators(node)) return undefined;
  for (const decorator of ts.getDecorators(node) ?? []) {
    const call = decorator.expression;
    if (ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === name) return call;
  }
  return undefined;
}

/** The modules a file imports, statically or on demand, type-only imports aside: absolute paths. */
function importsOf(file: string): string[] {
  const found: string[] = [];
  const add = (specifier: string) => {
    if (!specifier.startsWith('.')) return;
    const path = resolve(dirname(file), specifier);
    if (existsSync(path)) found.push(path);
  };
  visit(sourceFile(file), (node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text);
    if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      add(node.arguments[0].text);
    }
  });
  return found;
}

interface SourceClass {
  file: string;
  node: ts.ClassDeclaration;
}

function classIn(file: string, name: string): SourceClass | undefined {
  const node = sourceFile(file).statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === name);
  return node ? { file, node } : undefined;
}

/** The class a class extends, when it is one of the elements' own (followed through its import). */
function superclassOf({ file, node }: SourceClass): SourceClass | undefined {
  const base = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (!base || !ts.isIdentifier(base)) return undefined;
  const local = classIn(file, base.text);
  if (local) return local;
  for (const statement of sourceFile(file).statements) {
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
    if (!bindings || !ts.isNamedImports(bindings) || !ts.isStringLiteral((statement as ts.ImportDeclaration).moduleSpecifier)) continue;
    const specifier = ((statement as ts.ImportDeclaration).moduleSpecifier as ts.StringLiteral).text;
    const imported = bindings.elements.find((element) => element.name.text === base.text);
    if (imported && specifier.startsWith('.')) return classIn(resolve(dirname(file), specifier), (imported.propertyName ?? imported.name).text);
  }
  return undefined;
}

function chainOf(start: SourceClass): SourceClass[] {
  const chain: SourceClass[] = [];
  for (let at: SourceClass | undefined = start; at; at = superclassOf(at)) chain.push(at);
  return chain;
}

const SOURCES = [...walk(src)];

/** Event classes: `class X extends Event` with `static eventName = '…'`, and their public fields. */
const EVENT_CLASSES = new Map<string, { eventName: string; fields: string[] }>();
for (const file of SOURCES) {
  for (const node of sourceFile(file).statements) {
    if (!ts.isClassDeclaration(node) || !node.name) continue;
    const extendsEvent = node.heritageClauses?.some((clause) => clause.types.some((type) => type.expression.getText() === 'Event'));
    const name = node.members.find((m) => ts.isPropertyDeclaration(m) && isStatic(m) && m.name.getText() === 'eventName') as ts.PropertyDeclaration | undefined;
    if (!extendsEvent || !name?.initializer || !ts.isStringLiteral(name.initializer)) continue;
    const fields = node.members.filter((m) => ts.isPropertyDeclaration(m) && !isStatic(m) && !isHidden(m)).map((m) => m.name!.getText());
    EVENT_CLASSES.set(node.name.text, { eventName: name.initializer.text, fields });
  }
}

interface SourceElement {
  tag: string;
  cls: SourceClass;
  /** Every module the element's code reaches, other elements' folders aside. */
  reach: string[];
}

const ELEMENTS: SourceElement[] = SOURCES.flatMap((file) =>
  sourceFile(file).statements.flatMap((node) => {
    const tag = ts.isClassDeclaration(node) ? decoratorCall(node, 'customElement')?.arguments[0] : undefined;
    return tag && ts.isStringLiteral(tag) ? [{ tag: tag.text, cls: { file, node: node as ts.ClassDeclaration }, reach: [] }] : [];
  }),
);
const ELEMENT_FOLDERS = new Set(ELEMENTS.map(({ cls }) => dirname(cls.file)));
for (const element of ELEMENTS) {
  const own = dirname(element.cls.file);
  const seen = new Set([element.cls.file]);
  const queue = [element.cls.file];
  while (queue.length > 0) {
    for (const next of importsOf(queue.shift()!)) {
      if (seen.has(next) || (ELEMENT_FOLDERS.has(dirname(next)) && dirname(next) !== own)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  element.reach = [...seen];
}

/** The `html` or `css` templates of a module, as written. */
function templates(file: string, tag: 'html' | 'css'): string[] {
  const found: string[] = [];
  visit(sourceFile(file), (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === tag) found.push(node.template.getText());
  });
  return found;
}

/** Public properties (`@property`) of the element and the classes it extends, with their attribute (none for `attribute: false`), and the attributes it observes itself. */
function propertiesOf(element: SourceElement) {
  const properties = new Map<string, { attribute: string | undefined; type: string | undefined }>();
  const observed = new Set<string>();
  for (const cls of chainOf(element.cls)) {
    for (const member of cls.node.members) {
      if (ts.isGetAccessorDeclaration(member) && isStatic(member) && member.name.getText() === 'observedAttributes') {
        visit(member, (node) => ts.isStringLiteral(node) && observed.add(node.text));
      }
      const call = ts.isPropertyDeclaration(member) ? decoratorCall(member, 'property') : undefined;
      const name = member.name?.getText();
      if (!call || !name || isHidden(member) || properties.has(name)) continue;
      const options = call.arguments[0];
      let attribute: string | undefined = name.toLowerCase();
      let type: string | undefined;
      if (options && ts.isObjectLiteralExpression(options)) {
        for (const option of options.properties) {
          if (!ts.isPropertyAssignment(option)) continue;
          if (option.name.getText() === 'attribute') {
            attribute = option.initializer.kind === ts.SyntaxKind.FalseKeyword ? undefined : ts.isStringLiteral(option.initializer) ? option.initializer.text : attribute;
          }
          if (option.name.getText() === 'type') type = option.initializer.getText();
        }
      }
      properties.set(name, { attribute, type });
    }
  }
  const attributes = new Set([...[...properties.values()].flatMap(({ attribute }) => (attribute ? [attribute] : [])), ...observed]);
  return { properties, attributes };
}

/** The events an element's code constructs (to dispatch them), by event name. */
function firedBy(element: SourceElement): Set<string> {
  const fired = new Set<string>();
  for (const file of element.reach) {
    visit(sourceFile(file), (node) => {
      if (!ts.isNewExpression(node)) return;
      const name = ts.isIdentifier(node.expression) ? node.expression.text : ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : '';
      const event = EVENT_CLASSES.get(name);
      if (event) fired.add(event.eventName);
    });
  }
  return fired;
}

function slotsOf(element: SourceElement): Set<string> {
  const slots = new Set<string>();
  for (const file of element.reach) {
    for (const text of templates(file, 'html')) {
      for (const [, name] of text.matchAll(/<slot\b(?:[^>]*?\bname="([^"]+)")?[^>]*>/g)) slots.add(name ?? '');
    }
  }
  return slots;
}

/**
 * The parts an element's templates can show: `part="a b"`; `part="${channel}-link"` as a
 * pattern; for a part given by a value (`part=${options.part ?? 'error-summary'}`), the
 * strings in the expression, those passed as `part: '…'` and those a call passes for a
 * parameter named `part` (`referenceView(reference, 'reference')`); and `setAttribute('part', '…')`.
 */
function partsOf(element: SourceElement): { names: Set<string>; patterns: RegExp[] } {
  const names = new Set<string>();
  const patterns: RegExp[] = [];
  for (const file of element.reach) {
    for (const text of templates(file, 'html')) {
      for (const [, value] of text.matchAll(/\bpart="([^"]*)"/g)) {
        for (const token of value!.split(/\s+/).filter(Boolean)) {
          if (!token.includes('${')) names.add(token);
          else if (token.replace(/\$\{[^}]*\}/g, '') !== '') {
            const pieces = token.split(/\$\{[^}]*\}/).map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
            patterns.push(new RegExp(`^${pieces.join('[a-z-]+')}$`));
          }
        }
      }
      for (const [, expression] of text.matchAll(/\bpart=\$\{([^}]*)\}/g)) for (const [, literal] of expression!.matchAll(/'([a-z-]+)'/g)) names.add(literal!);
    }
  }
  /** Functions taking a `part`, by name: the position of that parameter. */
  const takesPart = new Map<string, number>();
  for (const file of element.reach) {
    visit(sourceFile(file), (node) => {
      if (!ts.isFunctionDeclaration(node) || !node.name) return;
      const at = node.parameters.findIndex((parameter) => parameter.name.getText() === 'part');
      if (at >= 0) takesPart.set(node.name.text, at);
    });
  }
  for (const file of element.reach) {
    visit(sourceFile(file), (node) => {
      if (ts.isPropertyAssignment(node) && node.name.getText() === 'part' && ts.isStringLiteral(node.initializer)) names.add(node.initializer.text);
      if (!ts.isCallExpression(node)) return;
      const callee = ts.isIdentifier(node.expression) ? node.expression.text : ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : '';
      const [first, second] = node.arguments;
      if (callee === 'setAttribute' && first && ts.isStringLiteral(first) && first.text === 'part' && second && ts.isStringLiteral(second)) names.add(second.text);
      const at = takesPart.get(callee);
      const given = at === undefined ? undefined : node.arguments[at];
      if (given && ts.isStringLiteral(given)) names.add(given.text);
    });
  }
  return { names, patterns };
}

const TOKENS_FILE = join(src, 'styles/tokens.ts');
/** `--_success` → `--civic-color-success`: the shared tokens under the short names the styles use. */
const ALIASES = new Map(templates(TOKENS_FILE, 'css').flatMap((text) => [...text.matchAll(/(--_[a-z-]+):\s*var\((--civic-[a-z-]+)/g)].map(([, alias, token]) => [alias!, token!])));
const SHARED_TOKENS = new Set(ALIASES.values());

/** The element's own custom properties (`--civic-<element>-…`), each with its default as a page would write it. */
function ownPropertiesOf(element: SourceElement): Map<string, string> {
  const prefix = `--${element.tag}-`;
  const own = new Map<string, string>();
  for (const file of element.reach) {
    for (const text of templates(file, 'css')) {
      for (const [, name, fallback] of text.matchAll(/var\((--civic-[a-z0-9-]+)\s*,\s*((?:[^()]|\([^()]*\))*)\)/g)) {
        if (name!.startsWith(prefix)) own.set(name!, fallback!.trim().replace(/var\((--_[a-z-]+)\)/g, (_, alias: string) => `var(${ALIASES.get(alias) ?? alias})`));
      }
    }
  }
  return own;
}

/** The names a module exports as values, `export *` followed: what a consumer can import from it. */
function exportedNames(file: string, seen = new Set<string>()): Set<string> {
  const names = new Set<string>();
  if (seen.has(file)) return names;
  seen.add(file);
  for (const statement of sourceFile(file).statements) {
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      if (!statement.exportClause && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
        for (const name of exportedNames(resolve(dirname(file), statement.moduleSpecifier.text), seen)) names.add(name);
      } else if (statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) if (!element.isTypeOnly) names.add(element.name.text);
      }
    }
    if (ts.isClassDeclaration(statement) && statement.name && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) names.add(statement.name.text);
  }
  return names;
}
const PUBLIC_NAMES = exportedNames(join(src, 'index.ts'));

/* ------------------------------------------------------------------ the checks */

const sorted = (values: Iterable<string>) => [...values].sort();
const fileManifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8')) as Manifest;
const inManifest = new Map(elementsOf(fileManifest).map(({ element }) => [element.tagName!, element]));

describe('the custom elements manifest against the sources', () => {
  it('the sources define the six elements, and the manifest holds each of them and no other tag', () => {
    assert.deepEqual(sorted(ELEMENTS.map(({ tag }) => tag)), [
      'civic-callback-request',
      'civic-complaint-form',
      'civic-contact-provider',
      'civic-faq-search',
      'civic-service-dashboard',
      'civic-ticket-status',
    ]);
    assert.deepEqual(sorted(inManifest.keys()), sorted(ELEMENTS.map(({ tag }) => tag)));
    for (const { tag, cls } of ELEMENTS) assert.equal(inManifest.get(tag)?.name, cls.node.name?.text, tag);
  });

  for (const element of ELEMENTS) {
    describe(`<${element.tag}>`, () => {
      let declared: Declaration;
      before(() => {
        declared = inManifest.get(element.tag)!;
        assert.ok(declared, `${element.tag} is in the manifest`);
      });

      it('every public attribute and property, each property with its attribute, and none other', () => {
        const { properties, attributes } = propertiesOf(element);
        assert.deepEqual(sorted((declared.attributes ?? []).map(({ name }) => name)), sorted(attributes), 'attributes');
        const fields = (declared.members ?? []).filter((member) => member.kind === 'field');
        assert.deepEqual(sorted(fields.map(({ name }) => name)), sorted(properties.keys()), 'properties');
        for (const field of fields) {
          const truth = properties.get(field.name)!;
          assert.equal(field.attribute, truth.attribute, `${field.name}'s attribute`);
          if (truth.type === 'Boolean') assert.equal(field.type?.text, 'boolean', `${field.name}'s type`);
          if (truth.type === 'Number') assert.equal(field.type?.text, 'number', `${field.name}'s type`);
          assert.ok(field.type?.text, `${field.name} has a type`);
        }
        assert.deepEqual((declared.members ?? []).filter((member) => member.kind !== 'field').map(({ name }) => name), [], 'no methods: the elements have none public');
      });

      it('every event it fires, typed as its class, the class with its fields; and none it does not fire', () => {
        const fired = firedBy(element);
        const events = declared.events ?? [];
        assert.deepEqual(sorted(events.map(({ name }) => name)), sorted(fired));
        for (const event of events) {
          const [className, truth] = [...EVENT_CLASSES].find(([, { eventName }]) => eventName === event.name)!;
          assert.equal(event.type?.text, className, `${event.name}'s type`);
          const cls = eventClass(fileManifest, event);
          assert.ok(cls, `${className} is declared in the manifest, where ${event.name}'s type refers`);
          const fields = (cls.members ?? []).filter((member) => !member.static).map(({ name }) => name);
          assert.deepEqual(sorted(fields), sorted(truth.fields), `${className}'s fields`);
          for (const member of cls.members ?? []) assert.ok(member.description?.trim(), `${className}.${member.name} is described`);
        }
      });

      it('its slots and its CSS parts, and none it does not render', () => {
        assert.deepEqual(sorted((declared.slots ?? []).map(({ name }) => name)), sorted(slotsOf(element)), 'slots');
        const { names, patterns } = partsOf(element);
        const documented = (declared.cssParts ?? []).map(({ name }) => name);
        assert.deepEqual(
          documented.filter((name) => !names.has(name) && !patterns.some((pattern) => pattern.test(name))),
          [],
          'parts in the manifest that its templates never render',
        );
        assert.deepEqual(sorted([...names].filter((name) => !documented.includes(name))), [], 'parts its templates render that the manifest lacks (@csspart)');
        for (const pattern of patterns) assert.ok(documented.some((name) => pattern.test(name)), `a part matching ${pattern} (@csspart)`);
      });

      it('the custom properties it reads: its own with their defaults, and the shared tokens when its styles are built on them', () => {
        const own = ownPropertiesOf(element);
        const properties = declared.cssProperties ?? [];
        const ownDeclared = properties.filter(({ name }) => !SHARED_TOKENS.has(name));
        assert.deepEqual(Object.fromEntries(ownDeclared.map((p) => [p.name, p.default])), Object.fromEntries(own), 'its own, with the defaults its styles give');
        const readsTokens = element.reach.includes(TOKENS_FILE);
        assert.deepEqual(sorted(properties.filter(({ name }) => SHARED_TOKENS.has(name)).map(({ name }) => name)), readsTokens ? sorted(SHARED_TOKENS) : [], 'the shared tokens');
      });

      it('describes everything it holds', () => {
        const lists = { attributes: declared.attributes, members: declared.members, events: declared.events, slots: declared.slots, cssParts: declared.cssParts, cssProperties: declared.cssProperties };
        for (const [list, items] of Object.entries(lists)) {
          for (const item of items ?? []) assert.ok(item.description?.trim(), `${list}: ${item.name || '(default)'} has a description`);
        }
        assert.ok(declared.description?.includes('```html'), 'its description has an example');
      });
    });
  }

  it('holds nothing that is not real: only public classes the sources declare, only their public members', () => {
    const sourceClasses = new Set(ELEMENTS.flatMap(({ cls }) => chainOf(cls).map(({ node }) => node.name!.text)));
    for (const module of fileManifest.modules) {
      const source = join(src, module.path.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
      assert.ok(module.path.startsWith('dist/') && existsSync(source), `${module.path} is built from ${relative(root, source)}`);
      for (const declaration of module.declarations) {
        const where = `${module.path}: ${declaration.name}`;
        assert.equal(declaration.kind, 'class', where);
        assert.ok(classIn(source, declaration.name), `${where} is declared there`);
        assert.ok(PUBLIC_NAMES.has(declaration.name), `${where} is exported by the package (src/index.ts)`);
        const event = EVENT_CLASSES.has(declaration.name);
        assert.ok(event || sourceClasses.has(declaration.name), `${where} is an element, a class an element extends, or an event`);
        for (const member of declaration.members ?? []) {
          assert.ok(!member.name.startsWith('#') && (member.privacy ?? 'public') === 'public', `${where}.${member.name} is public`);
          assert.ok(!member.static || (event && member.name === 'eventName'), `${where}.${member.name}: no statics but an event's eventName`);
          if (event && !member.static) assert.equal(member.default, undefined, `${where}.${member.name}: an event's field has no default (the constructor sets it)`);
        }
      }
      for (const entry of module.exports) {
        const target = fileManifest.modules.find(({ path }) => path === entry.declaration.module);
        assert.ok(target?.declarations.some(({ name }) => name === entry.declaration.name), `${module.path} exports ${entry.name}, declared in the manifest`);
      }
    }
    assert.match(fileManifest.schemaVersion, /^2\./);
  });
});

describe('generated files', () => {
  let generated: Awaited<ReturnType<typeof generate>>;
  before(async () => {
    generated = await generate();
  });

  it('the manifest, VS Code data and web-types in the repository are what npm run manifest gives now', () => {
    for (const [path, text] of Object.entries(generated.files)) {
      assert.equal(readFileSync(join(root, path), 'utf8'), text, `${path} is stale: run npm run manifest`);
    }
  });

  it('docs/components is what npm run docs gives from the manifest', () => {
    const pages = componentPages(generated.manifest);
    const dir = join(root, 'docs/components');
    assert.deepEqual(sorted(readdirSync(dir)), sorted(Object.keys(pages).map((path) => relative(dir, join(root, path)))), 'the pages: one per element and the index');
    for (const [path, text] of Object.entries(pages)) assert.equal(readFileSync(join(root, path), 'utf8'), text, `${path} is stale: run npm run docs`);
  });
});
