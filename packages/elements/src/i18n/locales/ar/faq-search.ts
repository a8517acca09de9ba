// Arabic strings of faq-search, keyed by msg() id. In a str`…` template, ${n} stands for
// the n-th value of the English message, so a translation may put the values in any order.
import type { TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {};
