/**
 * "How satisfied are you with how this was handled?", asked under a resolved or closed
 * complaint: the citizen's choice and comment, sending them once, and the answer already given.
 * Met only once a complaint is found, so it comes with later.ts, fetched on demand: the
 * element hands itself over (see {@link ratingHost}), and its first screen carries none of it.
 */
import type { ReactiveControllerHost } from 'lit';
import { LIMITS, RATEABLE_TICKET_STATUSES, SATISFACTION_PROBLEM_TYPES, type Ministry, type Satisfaction, type Ticket } from '@civic-contact/contract';
import { isConflictError, isValidationError, TicketsResource, type BaseClient } from '@civic-contact/sdk';
import type { Announcer } from '../base/announcer.ts';
import type { Focus } from '../base/focus.ts';
import { CivicErrorEvent } from '../events/civic-error-event.ts';
import { asError, failureOf, type Failure } from '../shared/failure.ts';
import type { View } from '../shared/view.ts';

/**
 * What the later chunk uses of `<civic-ticket-status>`: its client, live region, focus,
 * ministry and what the citizen typed, which the element keeps protected from the page.
 */
export interface RatingHost extends ReactiveControllerHost, HTMLElement {
  readonly client: BaseClient | undefined;
  readonly announcer: Announcer;
  readonly moveFocus: Focus;
  readonly ministry: Ministry | undefined;
  readonly fields: { readonly verifier: string };
}

/**
 * The element as its own later chunk sees it (see {@link RatingHost}). The element hands
 * itself over rather than each of these, so that its first screen carries no code for them.
 */
export function ratingHost(element: HTMLElement): RatingHost {
  return element as unknown as RatingHost;
}

/** Why the answer was not taken: nothing chosen, a refusal of the contact centre, or a failure to reach it. */
export type RatingProblem =
  | { kind: 'missing' }
  | { kind: 'not-resolved' }
  | { kind: 'refused' }
  | { kind: 'failure'; failure: Failure };

/** Where the question stands for one complaint. */
export interface RatingState {
  /** The answer given, before or just now; the question is not asked again. */
  given: Satisfaction | null;
  /** Given just now: the thanks are said. */
  justGiven: boolean;
  /** The chosen rating, 1 ("very dissatisfied") to 5. */
  choice: Satisfaction['rating'] | undefined;
  comment: string;
  sending: boolean;
  problem: RatingProblem | undefined;
}

/** Whether a complaint in this status is asked how satisfied the citizen is. */
export function asksSatisfaction(ticket: Ticket): boolean {
  return RATEABLE_TICKET_STATUSES.includes(ticket.status);
}

/** The question for one found complaint, kept while it is shown. */
export class Rating {
  readonly #host: RatingHost;
  readonly reference: string;
  readonly #verifier: string;
  #state: RatingState;

  constructor(host: RatingHost, ticket: Ticket, verifier: string) {
    this.#host = host;
    this.reference = ticket.reference;
    this.#verifier = verifier;
    this.#state = { given: ticket.satisfaction, justGiven: false, choice: undefined, comment: '', sending: false, problem: undefined };
  }

  get state(): RatingState {
    return this.#state;
  }

  choose(rating: Satisfaction['rating']): void {
    this.#set({ choice: rating, problem: this.#state.problem?.kind === 'missing' ? undefined : this.#state.problem });
  }

  type(comment: string): void {
    this.#state = { ...this.#state, comment };
  }

  /** Sends the answer; a second press while it goes is ignored. */
  async send(view: View): Promise<void> {
    const { choice, sending } = this.#state;
    if (sending) return;
    if (choice === undefined) {
      this.#set({ problem: { kind: 'missing' } });
      this.#host.moveFocus.next('#satisfaction-error-summary');
      return;
    }
    const client = this.#host.client;
    if (!client) return this.#refused({ kind: 'failure', failure: { kind: 'unreachable' } });
    const comment = this.#state.comment.trim().slice(0, LIMITS.feedbackCommentMaxLength);
    this.#set({ sending: true, problem: undefined });
    this.#host.announcer.announce(view.m('ticket-status.satisfaction-sending', 'Sending your answer…'));
    const tickets = client.use(TicketsResource);
    try {
      const given = await tickets.rate(this.reference, { rating: choice, ...(comment ? { comment } : {}) }, { verifier: this.#verifier });
      this.#set({ given, justGiven: true, sending: false });
      this.#host.announcer.announce(view.m('ticket-status.satisfaction-sent', 'Your answer has been sent.'));
      this.#host.moveFocus.next('#satisfaction-given');
    } catch (error) {
      if (isConflictError(error) && error.problemType === SATISFACTION_PROBLEM_TYPES.alreadyRated) {
        // Answered already (on another device, or a lost reply): show that answer instead of asking again.
        const ticket = await tickets.get(this.reference, { verifier: this.#verifier }).catch(() => undefined);
        if (ticket?.satisfaction) {
          this.#set({ given: ticket.satisfaction, sending: false });
          this.#host.announcer.clear();
          this.#host.moveFocus.next('#satisfaction-given');
          return;
        }
      }
      this.#host.dispatchEvent(new CivicErrorEvent(asError(error), 'rate-ticket'));
      this.#refused(
        isConflictError(error) && error.problemType === SATISFACTION_PROBLEM_TYPES.notYetResolved
          ? { kind: 'not-resolved' }
          : isValidationError(error) || isConflictError(error)
            ? { kind: 'refused' }
            : { kind: 'failure', failure: failureOf(error) },
      );
    }
  }

  /** The summary says what went wrong: nothing more to announce, focus on it, what was typed kept. */
  #refused(problem: RatingProblem): void {
    this.#set({ sending: false, problem });
    this.#host.announcer.clear();
    this.#host.moveFocus.next('#satisfaction-error-summary');
  }

  #set(change: Partial<RatingState>): void {
    this.#state = { ...this.#state, ...change };
    this.#host.requestUpdate();
  }
}

const ratings = new WeakMap<HTMLElement, Rating>();

/**
 * The question for `ticket` as `host` shows it: the same one across renders, a fresh one for
 * another complaint. It is sent with the email or phone the complaint was found with.
 */
export function satisfactionOf(host: RatingHost, ticket: Ticket): Rating {
  const current = ratings.get(host);
  if (current && current.reference === ticket.reference) return current;
  const rating = new Rating(host, ticket, host.fields.verifier);
  ratings.set(host, rating);
  return rating;
}
