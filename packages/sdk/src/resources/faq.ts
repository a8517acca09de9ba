import {
  FaqArticleSchema,
  FaqFeedbackRequestSchema,
  FaqFeedbackResponseSchema,
  FaqSearchQuerySchema,
  FaqSearchResponseSchema,
  LocaleSchema,
  SlugSchema,
  type FaqArticle,
  type FaqFeedbackRequest,
  type FaqFeedbackResponse,
  type FaqSearchQuery,
  type FaqSearchResponse,
} from '@civic-contact/contract';
import type { Transport } from '../http.ts';
import type { RequestOptions } from '../request-options.ts';
import { validateInput } from '../validation.ts';

/** Options of {@link FaqResource.get}. */
export interface FaqGetOptions extends RequestOptions {
  /** Language wanted; default the client's `locale`. The ministry's default language answers when there is no translation. */
  lang?: string;
}

/** `client.faq`: the ministry's frequently asked questions. */
export class FaqResource {
  readonly #http: Transport;

  /** @internal */
  constructor(http: Transport) {
    this.#http = http;
  }

  /**
   * `GET /v1/faq/search`: typo-tolerant ranked results, highlighting as data (never HTML).
   * `lang` defaults to the client's `locale`.
   *
   * @example
   * const { hits } = await client.faq.search({ q: 'vacination apointment' });
   */
  async search(query: FaqSearchQuery, options: RequestOptions = {}): Promise<FaqSearchResponse> {
    this.#http.requireKey('either', 'faq.search');
    const params = await validateInput(FaqSearchQuerySchema, { ...query, lang: query?.lang ?? this.#http.locale }, 'search');
    return this.#http.send({
      operation: 'faq.search',
      method: 'get',
      path: 'v1/faq/search',
      auth: 'either',
      query: params,
      response: FaqSearchResponseSchema,
      signal: options.signal,
    });
  }

  /**
   * `GET /v1/faq/{id}`: one FAQ in one language.
   * @throws NotFoundError for an unknown id.
   */
  async get(id: string, options: FaqGetOptions = {}): Promise<FaqArticle> {
    this.#http.requireKey('either', 'faq.get');
    const faqId = await validateInput(SlugSchema, id, 'FAQ request', 'id');
    const lang = options.lang ?? this.#http.locale;
    if (lang !== undefined) await validateInput(LocaleSchema, lang, 'FAQ request', 'lang');
    return this.#http.send({
      operation: 'faq.get',
      method: 'get',
      path: `v1/faq/${encodeURIComponent(faqId)}`,
      auth: 'either',
      query: { lang },
      response: FaqArticleSchema,
      signal: options.signal,
      notFoundMessage: `There is no FAQ "${faqId}". Search the FAQs again for the current list.`,
    });
  }

  /**
   * `POST /v1/faq/{id}/feedback`: "Did this answer your question?". Not retried: it
   * carries no idempotency key, and a lost vote is better than a double one.
   */
  async feedback(id: string, body: FaqFeedbackRequest, options: RequestOptions = {}): Promise<FaqFeedbackResponse> {
    this.#http.requireKey('either', 'faq.feedback');
    const faqId = await validateInput(SlugSchema, id, 'feedback', 'id');
    const json = await validateInput(FaqFeedbackRequestSchema, body, 'feedback');
    return this.#http.send({
      operation: 'faq.feedback',
      method: 'post',
      path: `v1/faq/${encodeURIComponent(faqId)}/feedback`,
      auth: 'either',
      json,
      response: FaqFeedbackResponseSchema,
      signal: options.signal,
      notFoundMessage: `There is no FAQ "${faqId}" to give feedback on.`,
    });
  }
}
