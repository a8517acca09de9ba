import * as v from 'valibot';
import { int, number, object, strictObject } from './schema.ts';
import { LIMITS } from './constants.ts';
import { DateTimeSchema, LocaleSchema, LocalizedTextSchema, SlugSchema, text } from './common.ts';

/** An FAQ as stored: every language in one entry. `answerHtml` is sanitised, simple HTML. */
export const FaqEntrySchema = object({
  id: SlugSchema,
  ministryId: SlugSchema,
  category: LocalizedTextSchema,
  serviceId: v.optional(SlugSchema),
  question: LocalizedTextSchema,
  answerHtml: LocalizedTextSchema,
  /** Words citizens use that the text may not (synonyms, abbreviations). */
  keywords: v.optional(v.array(v.string())),
  updatedAt: DateTimeSchema,
});
export interface FaqEntry extends v.InferOutput<typeof FaqEntrySchema> {}

/** Query of `GET /v1/faq/search`. */
export const FaqSearchQuerySchema = strictObject({
  q: text(LIMITS.searchQueryMaxLength),
  lang: v.optional(LocaleSchema),
  limit: v.optional(v.pipe(int(), v.minValue(1), v.maxValue(LIMITS.searchLimitMax))),
  service: v.optional(SlugSchema),
});
export interface FaqSearchQuery extends v.InferOutput<typeof FaqSearchQuerySchema> {}

/** A piece of text and whether it matched the query; highlighting is data, never HTML. */
export const HighlightSegmentSchema = object({ text: v.string(), match: v.boolean() });
export interface HighlightSegment extends v.InferOutput<typeof HighlightSegmentSchema> {}

/** One ranked search result. */
export const FaqSearchHitSchema = object({
  id: SlugSchema,
  /** Language of this result: the one asked for, or the ministry's default when it has no translation. */
  lang: LocaleSchema,
  question: v.array(HighlightSegmentSchema),
  snippet: v.array(HighlightSegmentSchema),
  category: v.string(),
  score: number(),
});
export interface FaqSearchHit extends v.InferOutput<typeof FaqSearchHitSchema> {}

/** `GET /v1/faq/search` answer. */
export const FaqSearchResponseSchema = object({
  query: v.string(),
  lang: LocaleSchema,
  total: v.pipe(int(), v.minValue(0)),
  hits: v.array(FaqSearchHitSchema),
});
export interface FaqSearchResponse extends v.InferOutput<typeof FaqSearchResponseSchema> {}

/** `GET /v1/faq/{id}` answer, in one language. */
export const FaqArticleSchema = object({
  id: SlugSchema,
  lang: LocaleSchema,
  question: v.string(),
  answerHtml: v.string(),
  category: v.string(),
  serviceId: v.nullable(SlugSchema),
  updatedAt: DateTimeSchema,
});
export interface FaqArticle extends v.InferOutput<typeof FaqArticleSchema> {}

/** `POST /v1/faq/{id}/feedback` body: "Did this answer your question?" */
export const FaqFeedbackRequestSchema = strictObject({
  helpful: v.boolean(),
  comment: v.optional(text(LIMITS.feedbackCommentMaxLength)),
  lang: v.optional(LocaleSchema),
});
export interface FaqFeedbackRequest extends v.InferOutput<typeof FaqFeedbackRequestSchema> {}

/** `POST /v1/faq/{id}/feedback` answer. */
export const FaqFeedbackResponseSchema = object({ id: SlugSchema, recorded: v.literal(true) });
export interface FaqFeedbackResponse extends v.InferOutput<typeof FaqFeedbackResponseSchema> {}
