/**
 * The FAQs: searching them, reading one, and "Did this answer your question?".
 *
 * @module
 */
import {
  FaqFeedbackRequestSchema,
  FaqSearchQuerySchema,
  LIMITS,
  LocaleSchema,
  safeParse,
  SlugSchema,
  type FaqArticle,
  type FaqFeedbackResponse,
  type FaqSearchResponse,
  type Ministry,
} from '@civic-contact/contract';
import { badRequest, notFound, parseOrThrow } from '../errors.ts';
import { createFaqSearch, type FaqSearch } from '../faq-search.ts';
import type { Principal } from '../keys.ts';
import { parseQuery, type QueryInput } from '../query.ts';
import { ministryOf } from './access.ts';
import type { CentreContext } from './context.ts';
import { guardWrite } from './guards.ts';
import { jsonObject } from './requests.ts';
import type { RequestContext } from './types.ts';

/** The ministry's search index, rebuilt when its FAQs change (the storage revision says so, across API instances). */
async function faqSearch(centre: CentreContext, ministry: Ministry): Promise<FaqSearch> {
  const revision = await centre.storage.faqRevision(ministry.id);
  const cached = centre.faqIndexes.get(ministry.id);
  if (cached && cached.revision === revision) return cached.search;
  const search = createFaqSearch(await centre.storage.listFaqs(ministry.id), ministry);
  centre.faqIndexes.set(ministry.id, { revision, search });
  return search;
}

export async function searchFaq(centre: CentreContext, principal: Principal, query: QueryInput): Promise<FaqSearchResponse> {
  const ministry = await ministryOf(centre, principal);
  const { q, lang, limit, service } = parseQuery(FaqSearchQuerySchema, query);
  const search = await faqSearch(centre, ministry);
  return search.search(q, { lang, limit: limit ?? LIMITS.searchLimitDefault, serviceId: service });
}

export async function getFaq(centre: CentreContext, principal: Principal, id: string, lang: string | null): Promise<FaqArticle> {
  const ministry = await ministryOf(centre, principal);
  if (lang !== null && lang !== '' && !safeParse(LocaleSchema, lang).success) {
    throw badRequest('The lang parameter must be a language tag such as "en" or "fr-CA".', [
      { field: 'lang', code: 'invalid_format', message: 'Expected a language tag such as "en" or "fr-CA".' },
    ]);
  }
  const search = await faqSearch(centre, ministry);
  const article = safeParse(SlugSchema, id).success ? search.article(id, lang || undefined) : undefined;
  if (!article) throw notFound('There is no such question.');
  return article;
}

export async function faqFeedback(
  centre: CentreContext,
  principal: Principal,
  id: string,
  body: unknown,
  context: RequestContext,
): Promise<FaqFeedbackResponse> {
  const ministry = await ministryOf(centre, principal);
  await guardWrite(centre, 'faqFeedback', principal, ministry, context, null);
  const faq = safeParse(SlugSchema, id).success ? await centre.storage.getFaq(id) : undefined;
  if (!faq || faq.ministryId !== ministry.id) throw notFound('There is no such question.');
  const request = parseOrThrow(FaqFeedbackRequestSchema, jsonObject(body));
  await centre.storage.transaction((tx) =>
    tx.appendFaqFeedback({
      ministryId: ministry.id,
      faqId: faq.id,
      helpful: request.helpful,
      comment: request.comment ?? null,
      lang: request.lang ?? null,
      at: centre.now().toISOString(),
    }),
  );
  return { id: faq.id, recorded: true };
}
