// Types of strings.mjs, which stays plain JavaScript like the other scripts; the tests import these.

/** One string of the elements: its id, its English text (values written `{0}`, `{1}`…), the source of each value, the files that show it. */
export interface ElementString {
  id: string;
  text: string;
  values: string[];
  /** The name of each value, for a ministry's wording (`{count}`): see valueName. */
  names: string[];
  files: string[];
  /** One form (`.one`, `.other`) of a string that depends on a number: a locale gives every form its language has. */
  plural: boolean;
}

/** Every string of the elements, read from their sources, sorted by id. */
export declare function readStrings(): ElementString[];

/** docs/strings.md as the sources give it. */
export declare function catalogueText(strings?: ElementString[]): string;

/** The name of a value from its source expression: the last name in it that is not a function called or a helper. */
export declare function valueName(expression: string): string;

/** packages/elements/src/i18n/placeholders.ts as the sources give it. */
export declare function placeholdersText(strings?: ElementString[]): string;
