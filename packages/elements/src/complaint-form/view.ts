/** The DOM id of the field with `key` (`answers.clinic` → `cf-answers-clinic`). */
export function fieldId(key: string): string {
  return `cf-${key.replace(/[^a-z0-9_-]/gi, '-')}`;
}
