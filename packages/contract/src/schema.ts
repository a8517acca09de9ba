/**
 * The few building blocks whose valibot defaults accept or report differently from what the
 * contract promises; every other schema is plain valibot.
 *
 * - An array is not an object: valibot's objects take `[]` (as `{}` when every member is
 *   optional) and its records take `[1]` as `{ "0": 1 }`.
 * - An absent member is checked as `undefined` by its own schema, so a missing choice lists
 *   its values as a wrong one does (valibot reports only that the key is missing).
 * - A strict object names every unknown key, not only the first, so a form can list them all.
 * - A record takes plain objects only and checks every key, `constructor` and `prototype`
 *   included (valibot skips those two silently); `__proto__` is dropped unseen.
 * - A number is finite: `JSON.parse('1e309')` is `Infinity`, which valibot's number takes.
 * - A whole number that is not whole stops its other checks: 1.5 against "1 to 3" is one
 *   mistake, not two.
 *
 * Each is a copy of valibot's own schema with its own `~run` (see "Valibot internals" in
 * valibot's guides), so `type`, `entries`, `key` and `value` stay what `pick`, `variant` and
 * the JSON Schema conversion read. They always report every issue: the contract's `safeParse`
 * never aborts early.
 *
 * @module
 */
import * as v from 'valibot';

type Run = (this: v.GenericSchema & Record<string, unknown>, dataset: Dataset, config: v.Config<v.BaseIssue<unknown>>) => Dataset;
type Dataset = { typed?: boolean; value: unknown; issues?: v.BaseIssue<unknown>[] };

/** A copy of `schema` that runs `run` instead; `this` is the copy, as in valibot's own schemas. */
function withRun<S extends v.GenericSchema>(schema: S, run: Run): S {
  return v._standardSchema({ ...schema, '~run': run } as unknown as S);
}

function refuse(schema: v.GenericSchema, dataset: Dataset, config: v.Config<v.BaseIssue<unknown>>): Dataset {
  v._addIssue(schema, 'type', dataset as v.UnknownDataset, config);
  return dataset;
}

/** A finite number (valibot's `number` takes ±Infinity). */
/* @__NO_SIDE_EFFECTS__ */
export function number(): v.NumberSchema<undefined> {
  return withRun(v.number(), function (dataset, config) {
    if (!Number.isFinite(dataset.value)) return refuse(this, dataset, config);
    dataset.typed = true;
    return dataset;
  });
}

/**
 * A safe integer. One that is not whole fails as a type, so the checks piped after it (its
 * bounds) do not run; one beyond ±2^53 − 1 fails `safeInteger` like a bound.
 */
/* @__NO_SIDE_EFFECTS__ */
export function int() {
  const whole = withRun(v.number(), function (dataset, config) {
    if (!Number.isInteger(dataset.value)) return refuse(this, dataset, config);
    dataset.typed = true;
    return dataset;
  });
  return v.pipe(whole, v.safeInteger());
}

/**
 * Runs an object's entries: an absent member that is not optional is checked as `undefined`,
 * so its own schema says what was expected (a choice lists its values).
 * `strict` reports each unknown key, `__proto__` and inherited ones included.
 */
function objectRun(strict: boolean): Run {
  return function (dataset, config) {
    const input = dataset.value as Record<string, unknown>;
    if (!input || typeof input !== 'object' || Array.isArray(input)) return refuse(this, dataset, config);
    const entries = this.entries as v.ObjectEntries;
    const output: Record<string, unknown> = {};
    const issues = (dataset.issues ??= []);
    dataset.typed = true;
    for (const key in entries) {
      const schema = entries[key] as v.GenericSchema;
      const present = key in input;
      if (!present && (schema.type === 'optional' || schema.type === 'exact_optional' || schema.type === 'nullish')) continue;
      const value = input[key];
      const result = schema['~run']({ value }, config);
      if (result.issues) {
        const item: v.IssuePathItem = { type: 'object', origin: 'value', input, key, value };
        for (const issue of result.issues) {
          (issue as { path?: v.IssuePathItem[] }).path = [item, ...(issue.path ?? [])];
          issues.push(issue);
        }
      } else if (!present) {
        v._addIssue(this, 'key', dataset as v.UnknownDataset, config, {
          input: undefined,
          expected: `"${key}"`,
          path: [{ type: 'object', origin: 'key', input, key, value }],
        });
      }
      if (!result.typed) dataset.typed = false;
      if (present || result.value !== undefined) output[key] = result.value;
    }
    if (strict) {
      for (const key in input) {
        if (Object.hasOwn(entries, key)) continue;
        v._addIssue(this, 'key', dataset as v.UnknownDataset, config, {
          input: key,
          expected: 'never',
          path: [{ type: 'object', origin: 'key', input, key, value: input[key] }],
        });
      }
    }
    if (issues.length === 0) delete dataset.issues;
    dataset.value = output;
    return dataset;
  };
}

/** An object that drops unknown keys; an array is refused. */
/* @__NO_SIDE_EFFECTS__ */
export function object<const E extends v.ObjectEntries>(entries: E): v.ObjectSchema<E, undefined> {
  return withRun(v.object(entries), objectRun(false));
}

/** An object that refuses each unknown key; an array is refused. */
/* @__NO_SIDE_EFFECTS__ */
export function strictObject<const E extends v.ObjectEntries>(entries: E): v.StrictObjectSchema<E, undefined> {
  return withRun(v.strictObject(entries), objectRun(true));
}

/** A union of objects told apart by the `key` member; an array is refused. */
/* @__NO_SIDE_EFFECTS__ */
export function variant<const K extends string, const O extends v.VariantOptions<K>>(key: K, options: O): v.VariantSchema<K, O, undefined> {
  return refuseArrays(v.variant(key, options));
}

function refuseArrays<S extends v.GenericSchema>(schema: S): S {
  const run = schema['~run'] as unknown as Run;
  return withRun(schema, function (dataset, config) {
    return Array.isArray(dataset.value) ? refuse(this, dataset, config) : run.call(this, dataset, config);
  });
}

/** An object made by `{}` or `Object.create(null)` (or in another realm), not an array, date, map or class instance. */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const ctor: unknown = value.constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return typeof proto === 'object' && proto !== null && Object.hasOwn(proto, 'isPrototypeOf');
}

/**
 * An object whose every own enumerable key passes `key` and whose every value passes `value`.
 * A key that fails is reported at its path (its value is not checked); `__proto__` is dropped.
 */
/* @__NO_SIDE_EFFECTS__ */
export function record<const K extends v.BaseSchema<string, string, v.BaseIssue<unknown>>, const V extends v.GenericSchema>(
  key: K,
  value: V,
): v.RecordSchema<K, V, undefined> {
  return withRun(v.record(key, value), function (dataset, config) {
    const input = dataset.value;
    if (!isPlainObject(input)) return refuse(this, dataset, config);
    const output: Record<PropertyKey, unknown> = {};
    dataset.typed = true;
    for (const entryKey of Reflect.ownKeys(input)) {
      if (entryKey === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, entryKey)) continue;
      const entryValue = input[entryKey];
      const keyResult = (this.key as v.GenericSchema)['~run']({ value: entryKey }, config);
      const result = keyResult.issues ? keyResult : (this.value as v.GenericSchema)['~run']({ value: entryValue }, config);
      if (result.issues) {
        const item = { type: 'object', origin: keyResult.issues ? 'key' : 'value', input, key: entryKey, value: entryValue } as v.IssuePathItem;
        for (const issue of result.issues) {
          (issue as { path?: v.IssuePathItem[] }).path = [item, ...(issue.path ?? [])];
          (dataset.issues ??= []).push(issue);
        }
        dataset.typed = false;
      } else {
        output[keyResult.value as PropertyKey] = result.value;
      }
    }
    dataset.value = output;
    return dataset;
  });
}
