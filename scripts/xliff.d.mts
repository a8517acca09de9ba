// Types of xliff.mjs, which stays plain JavaScript like the other scripts; the tests import these.
import type { TemplateLike } from '@lit/localize';

/** A unit read from XLIFF: its id, its target with `{n}` for values, whether it is the English on purpose. */
export interface XliffUnit {
  id: string;
  target: string;
  same: boolean;
}

/** The elements' folders, each with its module of strings per locale; the other ids are in `shared`. */
export declare const MODULES: readonly string[];

/** The ids a shipped locale's files mark `// same in <lang>`. */
export declare function sameOnPurpose(lang: string): Set<string>;
export declare function templateText(template: TemplateLike): string;
export declare function toXliff(lang: string, targets?: Record<string, string>, same?: Set<string>): string;
export declare function fromXliff(text: string): { lang: string; units: XliffUnit[] };
export declare function localeModules(read: { lang: string; units: XliffUnit[] }): Record<string, string>;
export declare function xliffFiles(): Array<{ lang: string; path: string }>;
