// Arabic strings of faq-search, keyed by msg() id. In a str`…` template, ${n} stands for
// the n-th value of the English message, so a translation may put the values in any order.
// Counts are given as "the number of …: N" where Arabic would otherwise need the noun to
// agree with the number.
import { str, type TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {
  // Searching
  'faq-search.label': 'ابحث عن إجابة',
  'faq-search.hint': 'اكتب بضع كلمات. تظهر الأسئلة المطابقة أثناء الكتابة: استخدم مفتاحَي السهم للأعلى وللأسفل لاختيار أحدها.',
  'faq-search.submit': 'بحث',
  'faq-search.listbox-label': 'الأسئلة المطابقة',
  'faq-search.searching': 'جارٍ البحث…',
  'faq-search.query-missing': 'اكتب كلمة أو كلمتين عن سؤالك',
  'faq-search.count-none': 'لا توجد نتائج',
  'faq-search.count.zero': 'لا توجد نتائج',
  'faq-search.count.one': 'نتيجة واحدة',
  'faq-search.count.two': 'نتيجتان',
  'faq-search.count.few': str`${0} نتائج`,
  'faq-search.count.many': str`${0} نتيجة`,
  'faq-search.count.other': str`${0} نتيجة`,
  'faq-search.results-title': str`${0} عن «${1}»`,
  'faq-search.no-results-title': str`لا توجد إجابات تطابق «${0}»`,
  'faq-search.no-results': 'تحقّق من الإملاء أو جرّب كلمات أخرى، أو تواصل معنا:',

  // Failures
  'faq-search.rate-limited': str`أُرسلت طلبات كثيرة من هنا. حاول مرة أخرى ${0}.`,
  'faq-search.unreachable': 'تعذّر الوصول إلى مركز الاتصال. تحقّق من اتصالك بالإنترنت ثم حاول مرة أخرى.',
  'faq-search.answer-gone': 'لم تعد هذه الإجابة متاحة. ارجع وابحث مرة أخرى.',
  'faq-search.search-failed': 'البحث لا يعمل الآن. حاول مرة أخرى.',
  'faq-search.answer-failed': 'تعذّر تحميل الإجابة. حاول مرة أخرى.',
  'faq-search.feedback-failed': 'تعذّر إرسال رأيك. حاول مرة أخرى.',
  'faq-search.retry': 'حاول مرة أخرى',

  // The answer
  'faq-search.back': 'العودة إلى النتائج',
  'faq-search.answer-loading': 'جارٍ تحميل الإجابة…',
  'faq-search.language-note': str`هذه الإجابة متاحة باللغة ${0} فقط.`,
  'faq-search.category': 'الموضوع:',

  // Feedback
  'faq-search.feedback-question': 'هل أجابت هذه الإجابة عن سؤالك؟',
  'faq-search.yes': 'نعم',
  'faq-search.no': 'لا',
  'faq-search.thanks-yes': 'شكرًا لك على رأيك.',
  'faq-search.thanks-no': 'شكرًا لك. يساعدنا رأيك على تحسين إجاباتنا.',
  'faq-search.comment-label': 'عمّ كنت تبحث؟ (اختياري)',
  'faq-search.comment-hint': str`لا تذكر بيانات شخصية مثل اسمك أو رقم هاتفك. الحد الأقصى ${0} حرف.`,
  'faq-search.send-feedback': 'إرسال الرأي',
  'faq-search.feedback-sending': 'جارٍ إرسال رأيك…',
  'faq-search.feedback-sending-button': 'جارٍ الإرسال…',

  // Contacting the ministry
  'faq-search.escalation-title': 'هل ما زلت بحاجة إلى مساعدة؟',
  'faq-search.complaint': 'تقديم شكوى',
  'faq-search.callback': 'طلب معاودة الاتصال',
  'faq-search.contact-intro': 'أو تواصل معنا مباشرةً:',
  'faq-search.phone': 'الهاتف:',
  'faq-search.email': 'البريد الإلكتروني:',
};
