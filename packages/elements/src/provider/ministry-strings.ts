/**
 * A ministry's own wording, made ready for the elements, loaded by the provider only on a page
 * that has some: a `strings-src` file fetched and checked, and the named values of any wording
 * (`"{count} services match"`) put where the element puts them (`{0}`), by the names that
 * docs/strings.md gives each string's values (generated with it: ../i18n/placeholders.ts).
 *
 * @module
 */
import type { StringOverrides } from '../context/contexts.ts';
import { VALUE_NAMES } from '../i18n/placeholders.ts';

const PREFIX = '[civic-contact] <civic-contact-provider>';

function isMap(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The strings of the JSON file at `src` (`{ "<locale>": { "<string id>": "<text>" } }`), or
 * undefined after saying in the console why they cannot be used: the page's mistake, so the
 * elements carry on in their own wording.
 */
export async function fetchStrings(src: string): Promise<StringOverrides | undefined> {
  try {
    const response = await fetch(new URL(src, document.baseURI));
    if (!response.ok) throw new Error(`it answered ${response.status}`);
    const json: unknown = await response.json();
    const valid = isMap(json) && Object.values(json).every((texts) => isMap(texts) && Object.values(texts).every((text) => typeof text === 'string'));
    if (!valid) throw new Error('it is not of the form { "<locale>": { "<string id>": "<text>" } }');
    return json as StringOverrides;
  } catch (error) {
    console.error(`${PREFIX} cannot use strings-src="${src}": ${(error as Error).message}. The elements use their own wording meanwhile.`);
    return undefined;
  }
}

/** The names of the values of string `id`: a count's `zero`, `two`, `few` and `many` forms have those of its `other`. */
function namesOf(id: string): string[] {
  return (VALUE_NAMES[id] ?? VALUE_NAMES[id.replace(/\.(zero|two|few|many)$/, '.other')] ?? '').split(' ').filter(Boolean);
}

/**
 * `strings` with each named value (`{count}`) written as its position (`{0}`). A name the
 * string does not have is left as it is, which makes the element keep its own wording for
 * that string (shared/view.ts), and is told in the console once.
 */
export function withPositions(strings: StringOverrides, told = new Set<string>()): StringOverrides {
  return Object.fromEntries(
    Object.entries(strings).map(([lang, texts]) => [
      lang,
      Object.fromEntries(
        Object.entries(texts).map(([id, text]) => [
          id,
          text.replace(/\{([A-Za-z_$][\w$]*)\}/g, (whole, name: string) => {
            const names = namesOf(id);
            const at = names.indexOf(name);
            if (at >= 0) return `{${at}}`;
            const problem = `${lang} ${id} ${name}`;
            if (!told.has(problem)) {
              told.add(problem);
              const known = names.length > 0 ? `its values are ${names.map((each) => `{${each}}`).join(', ')}` : 'it has no values';
              console.error(`${PREFIX}: the ${lang} wording of ${id} has {${name}}, but ${known} (docs/strings.md). The element keeps its own wording for it.`);
            }
            return whole;
          }),
        ]),
      ),
    ]),
  );
}
