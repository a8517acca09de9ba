// Types of find-chrome.mjs, which stays plain JavaScript so that CI can run it on the
// machine's Node 20 before `npm ci`; TypeScript callers (the end-to-end tests) import these.

/** Where Chrome and Chromium usually live, checked in this order after `CHROME_PATH`. */
export declare const CHROME_PATHS: readonly string[];

/** The one-line message naming what to install when no browser is found. */
export declare const MISSING_CHROME_MESSAGE: string;

/** Flags for a headless Chromium on a closed network (and as root, in containers). */
export declare const CHROME_ARGS: string[];

/**
 * Returns the path of a Chrome/Chromium binary: `CHROME_PATH` if set, else the first of
 * {@link CHROME_PATHS} that exists; with `install: true`, as root on apt, installs Debian's
 * `chromium` first when none is found.
 *
 * @throws {Error} with a one-line message naming what to install.
 */
export declare function findChrome(options?: { install?: boolean }): string;
