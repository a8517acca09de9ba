/**
 * Fired by every Civic Contact element when it moves to another step — the complaint form
 * from its questions to "Check your answers" to the confirmation, the ticket status from its
 * form to the complaint found, the FAQ search to its results or an answer. Not fired for the
 * first step shown. Bubbles and crosses shadow roots.
 *
 * A page that wants its title, its history or its analytics to follow the widget listens for
 * it; a page that only wants its title to follow sets `update-title` on the element.
 *
 * ```js
 * document.addEventListener('civic-step', (event) => {
 *   document.title = `${event.title} – Ministry of Transport`;
 * });
 * ```
 */
export class CivicStepEvent extends Event {
  static readonly eventName = 'civic-step';
  /** The step now shown, e.g. `check` (each element's `@fires civic-step` lists its steps). */
  readonly step: string;
  /** The step's heading as shown, e.g. "Check your answers before sending your complaint". */
  readonly title: string;

  constructor(step: string, title: string) {
    super(CivicStepEvent.eventName, { bubbles: true, composed: true });
    this.step = step;
    this.title = title;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-step': CivicStepEvent;
  }
}
