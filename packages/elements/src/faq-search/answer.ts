/**
 * The answer the citizen opened in `<civic-faq-search>`, held by the element once its code
 * has come: loading it (its HTML made safe), Back, and sending "Did this answer your
 * question?" with its comment. Met only once the citizen opens a result, so it comes with
 * later.ts, fetched on demand, not with the search box.
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Config } from 'dompurify';
import { LIMITS, type FaqSearchHit } from '@civic-contact/contract';
import { FaqResource, type BaseClient } from '@civic-contact/sdk';
import type { Announcer } from '../base/announcer.ts';
import type { Focus } from '../base/focus.ts';
import { Task } from '../base/task.ts';
import type { CivicErrorOperation } from '../events/civic-error-event.ts';
import { CivicFaqFeedbackEvent } from '../events/civic-faq-feedback-event.ts';
import { directionOf } from '../locale.ts';
import { failureOf } from '../shared/failure.ts';
import type { View } from '../shared/view.ts';
import { answerView, loadingText, type AnswerActions, type Feedback, type Loaded } from './answer-view.ts';
import type { ContactContext } from './escalation-view.ts';
import { failureText } from './messages.ts';
import type { Opened } from './model.ts';
import { NoConnectionError } from './search.ts';

/** What the answer needs from the element around it. */
export interface AnswerContext {
  client(): BaseClient | undefined;
  /** The element's wording and the reader's language. */
  view(): View;
  announcer: Announcer;
  focus: Focus;
  /** Hands a failure to the element's `Misconfiguration`: true when it was the page's mistake, shown there. */
  misconfigured(error: unknown, operation: CivicErrorOperation): boolean;
  /** Tells the page (`civic-error`). */
  failed(error: unknown, operation: CivicErrorOperation): void;
  /** What "Still need help?" needs to offer a complaint or a callback. */
  contact(): ContactContext;
  /** The citizen went back from `opened` to the search. */
  closed(opened: Opened): void;
}

export class FaqAnswer {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #context: AnswerContext;
  readonly #article: Task<Loaded>;
  #opened: Opened | undefined;
  #feedback: Feedback = { status: 'ask' };
  #comment = '';

  constructor(host: ReactiveControllerHost & HTMLElement, context: AnswerContext) {
    this.#host = host;
    this.#context = context;
    this.#article = new Task(host);
  }

  /** The answer being read; undefined while the citizen is searching. */
  get opened(): Opened | undefined {
    return this.#opened;
  }

  /** Shows the answer to `hit`, focused on its heading, and loads it. */
  open(hit: FaqSearchHit, from: Opened['from'], query: string): void {
    this.#opened = { hit, from, query };
    this.#feedback = { status: 'ask' };
    this.#comment = '';
    this.#context.focus.next('#faq-answer-title');
    void this.#load(hit);
  }

  async #load(hit: FaqSearchHit): Promise<void> {
    const { announcer } = this.#context;
    const view = this.#context.view();
    announcer.announce(loadingText(view));
    try {
      const loaded = await this.#article.run(async (signal) => {
        const article = await this.#faq().get(hit.id, { lang: view.lang, signal });
        return { article, body: await safeBody(article.answerHtml, article.lang) };
      });
      if (loaded) announcer.clear();
    } catch (error) {
      if (this.#context.misconfigured(error, 'load-faq')) {
        this.#close();
        return;
      }
      this.#context.failed(error, 'load-faq');
      announcer.announce(failureText(view, failureOf(error), 'answer'));
    }
  }

  /** The contact centre's FAQs, through the element's client. */
  #faq(): FaqResource {
    const client = this.#context.client();
    if (!client) throw new NoConnectionError();
    return client.use(FaqResource);
  }

  #close(): void {
    this.#opened = undefined;
    this.#article.reset();
  }

  #setFeedback(feedback: Feedback): void {
    this.#feedback = feedback;
    this.#host.requestUpdate();
  }

  async #send(helpful: boolean): Promise<void> {
    const opened = this.#opened;
    if (!opened || this.#feedback.status === 'sending') return;
    const id = opened.hit.id;
    this.#setFeedback({ status: 'sending', helpful });
    const comment = helpful ? '' : this.#comment.trim().slice(0, LIMITS.feedbackCommentMaxLength);
    try {
      await this.#faq().feedback(id, { helpful, lang: this.#context.view().lang, ...(comment ? { comment } : {}) });
      if (this.#opened?.hit.id !== id) return;
      this.#setFeedback({ status: 'sent', helpful });
      this.#context.focus.next('#faq-feedback-thanks');
      this.#host.dispatchEvent(new CivicFaqFeedbackEvent(id, helpful));
    } catch (error) {
      if (this.#opened?.hit.id !== id) return;
      if (this.#context.misconfigured(error, 'send-feedback')) {
        this.#setFeedback({ status: 'ask' });
        return;
      }
      // The comment stays in its box (this.#comment), ready for another try.
      this.#setFeedback({ status: 'failed', helpful, failure: failureOf(error) });
      this.#context.focus.next('#faq-feedback-failure');
      this.#context.failed(error, 'send-feedback');
    }
  }

  /** What the citizen can do in the answer: one object, so each render binds the same listeners. */
  readonly #actions: AnswerActions = {
    back: () => {
      const opened = this.#opened;
      this.#close();
      if (opened) this.#context.closed(opened);
    },
    retry: () => {
      if (this.#opened) void this.#load(this.#opened.hit);
    },
    answer: (helpful) => {
      if (helpful) {
        void this.#send(true);
        return;
      }
      this.#setFeedback({ status: 'comment' });
      this.#context.focus.next('#faq-comment');
    },
    send: (helpful) => void this.#send(helpful),
    typed: (comment) => {
      this.#comment = comment;
    },
  };

  render(): TemplateResult | typeof nothing {
    const opened = this.#opened;
    if (!opened) return nothing;
    const article = this.#article;
    return answerView(
      this.#context.view(),
      {
        opened,
        loaded: article.status === 'complete' ? article.value : undefined,
        failure: article.status === 'error' ? failureOf(article.error) : undefined,
        feedback: this.#feedback,
        comment: this.#comment,
        contact: this.#context.contact(),
      },
      this.#actions,
    );
  }
}

/** Only what an answer needs: paragraphs, line breaks, lists, emphasis and links. */
const SAFE: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: ['p', 'br', 'ul', 'ol', 'li', 'em', 'strong', 'b', 'i', 'a'],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:)/i,
  // Nodes, never a string: under Trusted Types no HTML string may be assigned anywhere.
  RETURN_DOM_FRAGMENT: true,
};

/**
 * An answer's HTML made safe to show, as an element for Lit to insert as a node (the same
 * node on every render, so focus inside it survives). The contact centre already sanitises
 * it; this is the browser's own line of defence. DOMPurify is loaded with the first answer
 * opened, as a chunk of its own, so pages that never open one do not download it.
 */
async function safeBody(answerHtml: string, lang: string): Promise<HTMLElement> {
  const { default: DOMPurify } = await import('dompurify');
  const fragment = DOMPurify.sanitize(answerHtml, SAFE);
  for (const link of fragment.querySelectorAll('a')) {
    if (!link.hasAttribute('href')) {
      // A link whose address was removed (javascript:, a relative path) is only text now.
      link.replaceWith(...link.childNodes);
      continue;
    }
    // The answer's links lead off the site: give the next page no handle on this one.
    link.rel = 'noopener noreferrer';
    link.referrerPolicy = 'no-referrer';
  }
  const element = document.createElement('div');
  element.className = 'answer__body';
  element.setAttribute('part', 'answer-body');
  element.lang = lang;
  element.dir = directionOf(lang);
  element.append(document.importNode(fragment, true));
  return element;
}
