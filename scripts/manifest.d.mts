// Types of manifest.mjs, which stays plain JavaScript like the other scripts; the tests import these.
// The manifest's own types are the parts of the custom elements manifest schema (2.1) these use.

export interface Type {
  text: string;
  references?: { name: string; module?: string; package?: string; start?: number; end?: number }[];
}

export interface Described {
  name: string;
  description?: string;
  inheritedFrom?: { name: string; module?: string };
}

export interface Member extends Described {
  kind: 'field' | 'method';
  type?: Type;
  default?: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  attribute?: string;
  reflects?: boolean;
}

export interface Attribute extends Described {
  type?: Type;
  default?: string;
  fieldName?: string;
}

export interface FiredEvent extends Described {
  type?: Type;
}

export interface CssProperty extends Described {
  default?: string;
}

export interface Declaration {
  kind: string;
  name: string;
  description?: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string; module?: string; package?: string };
  members?: Member[];
  attributes?: Attribute[];
  events?: FiredEvent[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: CssProperty[];
}

export interface Module {
  kind: 'javascript-module';
  path: string;
  declarations: Declaration[];
  exports: { kind: 'js' | 'custom-element-definition'; name: string; declaration: { name: string; module?: string } }[];
}

export interface Manifest {
  schemaVersion: string;
  modules: Module[];
}

export declare const MANIFEST: string;
export declare const VSCODE_DATA: string;
export declare const WEB_TYPES: string;

/** The manifest as the sources give it now (nothing written). */
export declare function analyze(): Promise<Manifest>;

/** Every element with a tag, sorted by tag, with the module (a path in the package) that defines it. */
export declare function elementsOf(manifest: Manifest): { module: string; element: Declaration }[];

/** The event class a fired event is, from the manifest (its fields are the event's). */
export declare function eventClass(manifest: Manifest, event: FiredEvent): Declaration | undefined;

/** `'book' | 'cancel'` → ['book', 'cancel']; undefined for any other type. */
export declare function literalValues(type: string | undefined): string[] | undefined;

/** The package subpath that imports a module of the manifest. */
export declare function importPath(module: string, pkg: { name: string; exports: Record<string, unknown> }): string | undefined;

/** The three files (manifest, VS Code data, web-types) as the sources give them: path → text. */
export declare function generate(): Promise<{ manifest: Manifest; files: Record<string, string> }>;
