import * as z from 'zod/mini';
import { LIMITS } from './constants.ts';
import { DateTimeSchema, LocaleSchema, LocalizedTextSchema, SlugSchema, text } from './common.ts';

/** An FAQ as stored: every language in one entry. `answerHtml` is sanitised, simple HTML. */
export const FaqEntrySchema = z.object({
  id: SlugSchema,
  ministryId: SlugSchema,
  category: LocalizedTextSchema,
  serviceId: z.optional(SlugSchema),
  question: LocalizedTextSchema,
  answerHtml: LocalizedTextSchema,
  /** Words citizens use that the text may not (synonyms, abbreviations). */
  keywords: z.optional(z.array(z.string())),
  updatedAt: DateTimeSchema,
});
export type FaqEntry = z.infer<typeof FaqEntrySchema>;

/** Query of `GET /v1/faq/search`. */
export const FaqSearchQuerySchema = z.strictObject({
  q: text(LIMITS.searchQueryMaxLength),
  lang: z.optional(LocaleSchema),
  limit: z.optional(z.int().check(z.gte(1), z.lte(LIMITS.searchLimitMax))),
  service: z.optional(SlugSchema),
});
export type FaqSearchQuery = z.infer<typeof FaqSearchQuerySchema>;

/** A piece of text and whether it matched the query; highlighting is data, never HTML. */
export const HighlightSegmentSchema = z.object({ text: z.string(), match: z.boolean() });
export type HighlightSegment = z.infer<typeof HighlightSegmentSchema>;

/** One ranked search result. */
export const FaqSearchHitSchema = z.object({
  id: SlugSchema,
  /** Language of this result: the one asked for, or the ministry's default when it has no translation. */
  lang: LocaleSchema,
  question: z.array(HighlightSegmentSchema),
  snippet: z.array(HighlightSegmentSchema),
  category: z.string(),
  score: z.number(),
});
export type FaqSearchHit = z.infer<typeof FaqSearchHitSchema>;

/** `GET /v1/faq/search` answer. */
export const FaqSearchResponseSchema = z.object({
  query: z.string(),
  lang: LocaleSchema,
  total: z.int().check(z.gte(0)),
  hits: z.array(FaqSearchHitSchema),
});
export type FaqSearchResponse = z.infer<typeof FaqSearchResponseSchema>;

/** `GET /v1/faq/{id}` answer, in one language. */
export const FaqArticleSchema = z.object({
  id: SlugSchema,
  lang: LocaleSchema,
  question: z.string(),
  answerHtml: z.string(),
  category: z.string(),
  serviceId: z.nullable(SlugSchema),
  updatedAt: DateTimeSchema,
});
export type FaqArticle = z.infer<typeof FaqArticleSchema>;

/** `POST /v1/faq/{id}/feedback` body: "Did this answer your question?" */
export const FaqFeedbackRequestSchema = z.strictObject({
  helpful: z.boolean(),
  comment: z.optional(text(LIMITS.feedbackCommentMaxLength)),
  lang: z.optional(LocaleSchema),
});
export type FaqFeedbackRequest = z.infer<typeof FaqFeedbackRequestSchema>;

/** `POST /v1/faq/{id}/feedback` answer. */
export const FaqFeedbackResponseSchema = z.object({ id: SlugSchema, recorded: z.literal(true) });
export type FaqFeedbackResponse = z.infer<typeof FaqFeedbackResponseSchema>;
