// Temporary tuning script (not kept): node --conditions=source bench/.fuse-tune.tmp.mjs <config> <n>
import Fuse from 'fuse.js';
import { htmlToText } from '@civic-contact/core/faq-search';
import { generateFaqBenchData } from './faq-data.ts';
const [name, n = '60'] = process.argv.slice(2);
const { faqs, queries } = generateFaqBenchData();
const docs = faqs.map((faq) => ({ id: faq.id, question: faq.question.en, answer: htmlToText(faq.answerHtml.en), category: faq.category.en, keywords: (faq.keywords ?? []).join(' ') }));
const keys4 = ['question', 'answer', 'category', 'keywords'];
const weighted = [{ name: 'question', weight: 3 }, { name: 'keywords', weight: 2 }, { name: 'category', weight: 1 }, { name: 'answer', weight: 1 }];
const base = { includeScore: true };
const configs = {
  tokenIL: { keys: keys4, ignoreLocation: true, useTokenSearch: true },
  plainIL: { keys: keys4, ignoreLocation: true },
  plainIL04: { keys: keys4, ignoreLocation: true, threshold: 0.4 },
  plainW: { keys: weighted, ignoreLocation: true },
  plainWnoIL: { keys: weighted },
  token03: { keys: keys4, ignoreLocation: true, useTokenSearch: true, threshold: 0.3 },
  token04: { keys: keys4, ignoreLocation: true, useTokenSearch: true, threshold: 0.4 },
  tokenW: { keys: weighted, ignoreLocation: true, useTokenSearch: true },
  tokenWnorm: { keys: weighted, ignoreLocation: true, useTokenSearch: true, ignoreFieldNorm: true },
  tokenWnoIL: { keys: weighted, useTokenSearch: true },
  tokenW04: { keys: weighted, ignoreLocation: true, useTokenSearch: true, threshold: 0.4 },
  tokenWdia: { keys: weighted, ignoreLocation: true, useTokenSearch: true, ignoreDiacritics: true },
  tokenWall: { keys: weighted, ignoreLocation: true, useTokenSearch: true, tokenMatch: 'all' },
  tokenNorm: { keys: keys4, ignoreLocation: true, useTokenSearch: true, ignoreFieldNorm: true },
  tokenNoAnswer: { keys: ['question', 'category', 'keywords'], ignoreLocation: true, useTokenSearch: true },
  tokenW03: { keys: weighted, ignoreLocation: true, useTokenSearch: true, threshold: 0.3 },
  tokenW10: { keys: [{ name: 'question', weight: 10 }, { name: 'keywords', weight: 5 }, { name: 'category', weight: 1 }, { name: 'answer', weight: 1 }], ignoreLocation: true, useTokenSearch: true },
};
const options = { ...base, ...configs[name] };
const fuse = new Fuse(docs, options);
const list = queries.slice(0, Number(n));
let found = 0; const ms = [];
for (const q of list) {
  const t = performance.now();
  const ids = fuse.search(q.text).map((r) => r.item.id);
  ms.push(performance.now() - t);
  if (ids.slice(0, 3).includes(q.expected)) found++;
}
ms.sort((a, b) => a - b);
console.log(JSON.stringify({ name, n: list.length, recall: +(found / list.length * 100).toFixed(1), medianMs: Math.round(ms[ms.length >> 1]), p95Ms: Math.round(ms[Math.floor(ms.length * 0.95)]), options: configs[name] }));
