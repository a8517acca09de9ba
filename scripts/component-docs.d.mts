// Types of component-docs.mjs, which stays plain JavaScript like the other scripts; the tests import these.
import type { Manifest } from './manifest.mjs';

/** docs/components/ as the manifest gives it: path → text. */
export declare function componentPages(manifest: Manifest): Record<string, string>;
