/**
 * Times as the contact centre means them: formats built once, and a time zone's name in the
 * reader's language, so that a time is never shown in a zone the citizen has to guess. The
 * callback request and the ticket status both name the ministry's zone this way; the complaint
 * form and the dashboard take the centre's today from here. Several service widgets import it,
 * so it travels in the first-screen runtime (rollup.config.mjs), not in one widget's chunk for
 * another's later steps to fetch whole.
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

/**
 * Today's calendar date in a time zone, `YYYY-MM-DD`: the complaint form checks date answers
 * against the centre's today, the dashboard counts its weeks up to it.
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = dateFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
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
