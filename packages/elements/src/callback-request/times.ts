/**
 * Dates and time zones the form needs from its first view: the citizen's zone, and the
 * moment the contact centre opens read in both zones. The contact centre lists days as
 * calendar dates of its own time zone and slots as instants; how days and slots read is in
 * slots.ts, which comes with the calendar.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date format, built once per language and options: building one is slow, and the
 * calendar formats every slot of the day (in up to two zones) on every render.
 */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    formats.set(key, format);
  }
  return format;
}

/** The browser's time zone, e.g. `Europe/London`. */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Whether `zone` is an IANA time zone this browser knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The UTC offset of `zone` at `at`, e.g. `GMT-05:00`. */
function offsetAt(zone: string, at: Date): string {
  const parts = dateFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/** Whether two zones show the same clock time at `at` (New York and Toronto do). */
export function sameClock(a: string, b: string, at: Date): boolean {
  return a === b || offsetAt(a, at) === offsetAt(b, at);
}

/** The zone's name in the reader's language, e.g. "Eastern Time", "heure de Paris". */
export function zoneName(zone: string, lang: string, at: Date): string {
  for (const style of ['longGeneric', 'long'] as const) {
    const parts = dateFormat(lang, { timeZone: zone, timeZoneName: style }).formatToParts(at);
    const name = parts.find((part) => part.type === 'timeZoneName')?.value;
    if (name) return name;
  }
  return zone;
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** An instant with its day, e.g. "Wednesday 25 November, 8:00 AM". */
export function momentText(instant: string, zone: string, lang: string): string {
  return dateFormat(lang, { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' }).format(new Date(instant));
}
