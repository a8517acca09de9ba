import * as v from 'valibot';
import { REFERENCE_PATTERN } from './reference-pattern.ts';

/** A ticket or callback reference in canonical form, e.g. `MOH-7K3D-9QX6`. */
export const ReferenceSchema = v.pipe(v.string(), v.regex(REFERENCE_PATTERN, 'Expected a reference such as MOH-7K3D-9QX6'));
