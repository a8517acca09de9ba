/**
 * The screenshots for reviewers (`npm run screenshots`, scripts/screenshots.mjs): every
 * widget in each of its main states (test-support/states.ts), in each shipped locale and in
 * a ministry's own Kwéyòl, each in the light and the dark colour scheme at 390 px (a phone)
 * and 1280 px (a laptop) wide. Each state is driven once per locale and its four pictures are
 * taken of the same widget, of the page landmark that holds it, by the `screenshot` command
 * (scripts/wtr-snapshots.mjs).
 *
 * Not a test: its name is not `*.test.ts`, so `npm test` never runs it. An `it` per state and
 * locale only so that a driver that fails is reported and the others still run.
 */
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { emulateTimeZone, followColorScheme } from './a11y-snapshot.ts';
import type { Widget } from './dom.ts';
import { STATE_LOCALES as LOCALES, STATE_TIME_ZONE, STATES } from './states.ts';

/** A phone and a laptop, with their usual heights (the pictures take the widget's full height). */
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

const SCHEMES = ['light', 'dark'] as const;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Waits until the widget has rendered and the page has laid out and painted what changed. */
async function settled(el: Widget): Promise<void> {
  await el.updateComplete;
  await document.fonts.ready;
  await nextFrame();
  await nextFrame();
}

let marked = 0;

/** The four pictures of `el`, as it stands, in its page landmark (the `<main>` that `place` renders into). */
async function picture(el: Widget, where: { widget: string; state: string; locale: (typeof LOCALES)[number] }): Promise<void> {
  const landmark = el.closest('main');
  if (!landmark) throw new Error(`<civic-${where.widget}> is not in a <main> landmark`);
  const id = String((marked += 1));
  landmark.setAttribute('data-screenshot', id);
  for (const viewport of VIEWPORTS) {
    await setViewport(viewport);
    for (const scheme of SCHEMES) {
      await emulateMedia({ colorScheme: scheme });
      await settled(el);
      await executeServerCommand('screenshot', { selector: `[data-screenshot="${id}"]`, ...where, scheme, width: viewport.width });
    }
  }
}

describe('screenshots', function () {
  // Driving to a late state and four pictures, on a loaded two-core machine.
  this.timeout(60_000);
  let restoreScheme: () => void = () => {};
  before(async () => {
    await emulateTimeZone(STATE_TIME_ZONE);
    // A ministry's page that follows the reader's scheme, so that dark is dark around the widget too.
    restoreScheme = followColorScheme();
  });
  after(async () => {
    restoreScheme();
    await emulateMedia({ colorScheme: 'light' });
    await emulateTimeZone(null);
  });

  for (const [widget, states] of Object.entries(STATES)) {
    for (const [state, drive] of Object.entries(states)) {
      for (const locale of LOCALES) {
        it(`${widget} ${state} ${locale}`, async () => {
          // Every state driven the same way: light, at the first width.
          await emulateMedia({ colorScheme: 'light' });
          await setViewport(VIEWPORTS[0]);
          const el = await drive(locale);
          await picture(el, { widget, state, locale });
        });
      }
    }
  }
});
