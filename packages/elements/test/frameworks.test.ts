/**
 * The framework bindings (the React wrappers' `on…` props, the Vue declarations' props and
 * handlers) are made from one table, frameworks/elements.ts; it must say what the elements
 * are. The custom-elements manifest (custom-elements.json, generated from the elements'
 * JSDoc and decorators) says it too: every event and public property of every element in
 * the manifest is in the table, and nothing else is.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type {} from '../src/events/index.ts';
import { ELEMENT_EVENTS, ELEMENT_PROPERTIES, eventProp, type CivicEventMap } from '../src/frameworks/elements.ts';

// The bindings' classes of the events are those the events declare for addEventListener
// (checked by tsc -p tsconfig.test.json).
export type EventClassesAgree = { [K in keyof CivicEventMap]: GlobalEventHandlersEventMap[K] extends CivicEventMap[K] ? true : never };

interface ManifestElement {
  tagName?: string;
  events?: { name: string }[];
  members?: { kind: string; name: string; privacy?: string; static?: boolean; readonly?: boolean }[];
}
interface Manifest {
  modules: { declarations?: ManifestElement[] }[];
}

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../custom-elements.json'), 'utf8')) as Manifest;
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
const sorted = (names: readonly string[]) => [...names].sort();

describe('the framework bindings against the custom-elements manifest', () => {
  it('name the same elements', () => {
    assert.deepEqual(sorted(elements.map((element) => element.tagName!)), sorted(Object.keys(ELEMENT_EVENTS)));
    assert.deepEqual(sorted(Object.keys(ELEMENT_PROPERTIES)), sorted(Object.keys(ELEMENT_EVENTS)));
  });

  for (const element of elements) {
    const tag = element.tagName as keyof typeof ELEMENT_EVENTS;

    it(`<${tag}>: every event it fires, and no other, is a wrapper's on… prop`, () => {
      assert.deepEqual(sorted(ELEMENT_EVENTS[tag] ?? []), sorted((element.events ?? []).map((event) => event.name)));
    });

    it(`<${tag}>: every public property, and no other, is a prop`, () => {
      const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && !member.static && !member.readonly);
      assert.deepEqual(sorted(ELEMENT_PROPERTIES[tag] ?? []), sorted(fields.map((field) => field.name)));
    });
  }

  it('names each handler as React and Vue do', () => {
    assert.equal(eventProp('civic-submitted'), 'onCivicSubmitted');
    assert.equal(eventProp('civic-catalogue-loaded'), 'onCivicCatalogueLoaded');
  });
});
