// Arabic strings of complaint-form, keyed by msg() id. In a str`…` template, ${n} stands for
// the n-th value of the English message, so a translation may put the values in any order.
// Counts are given as "the number of …: N" where Arabic would otherwise need the noun to
// agree with the number.
import { str, type TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {
  'complaint-form.loading': 'جارٍ تحميل نموذج الشكوى…',
  'complaint-form.unavailable-title': 'تعذّر عرض نموذج الشكوى',
  'complaint-form.unavailable':
    'تحقّق من اتصالك بالإنترنت ثم أعد تحميل الصفحة. إذا استمرت المشكلة، فتواصل مع الوزارة بالهاتف أو البريد الإلكتروني.',

  // Choosing the service
  'complaint-form.picker-title': 'بماذا تتعلق شكواك؟',
  'complaint-form.picker-search': 'ابحث عن خدمة',
  'complaint-form.picker-count': str`عدد الخدمات المطابقة لبحثك: ${0}`,
  'complaint-form.picker-none': 'لا توجد خدمات مطابقة لبحثك',
  'complaint-form.change-service': 'اختر خدمة أخرى',
  'complaint-form.continue': 'متابعة',
  'complaint-form.continue-offline': 'تعذّر التحقق من إجاباتك: يبدو أن الاتصال منقطع. تحقّق منه ثم اضغط «متابعة» مرة أخرى. لم يضع شيء مما كتبته.',

  // The form
  'complaint-form.optional': '(اختياري)',
  'complaint-form.select-placeholder': 'اختر إجابة',
  'complaint-form.subject': 'الموضوع',
  'complaint-form.subject-hint': 'ملخص قصير في بضع كلمات.',
  'complaint-form.description': 'صِف شكواك',
  'complaint-form.description-hint': 'اذكر ما حدث ومتى وأين، وما الذي تريد منا أن نفعله.',
  'complaint-form.address': 'عنوان المشكلة أو موقعها',
  'complaint-form.address-hint': 'مثل اسم الشارع وأقرب رقم منزل أو تقاطع.',
  'complaint-form.your-details': 'بياناتك',
  'complaint-form.name': 'الاسم الكامل',
  'complaint-form.name-hint-anonymous': 'يمكنك ترك هذه الخانة فارغة لتقديم الشكوى دون ذكر اسمك.',
  'complaint-form.email': 'البريد الإلكتروني',
  'complaint-form.phone': 'رقم الهاتف',
  'complaint-form.phone-hint': 'اكتب الرقم مع رمز البلد، مثل \u2066+1\u00a0212\u00a0555\u00a00100\u2069.',
  'complaint-form.contact-legend': 'كيف يمكننا الرد عليك؟',
  'complaint-form.contact-either-hint': 'أدخل بريدًا إلكترونيًا أو رقم هاتف أو كليهما. ستحتاج إلى أحدهما لمتابعة شكواك.',
  'complaint-form.contact-hint': 'ستحتاج إلى هذا لمتابعة شكواك.',

  // Suggested FAQs
  'complaint-form.faq-title': 'قد تجد هنا إجابة سؤالك',
  'complaint-form.faq-hint': 'افتح أي سؤال لقراءة إجابته. يمكنك مع ذلك إرسال شكواك.',
  'complaint-form.faq-loading': 'جارٍ تحميل الإجابة…',
  'complaint-form.faq-failed': 'تعذّر تحميل الإجابة. يمكنك متابعة تقديم شكواك.',
  'complaint-form.faq-dismiss': 'إخفاء هذه الاقتراحات',
  'complaint-form.faq-found': str`عدد الأسئلة والأجوبة التي قد تفيدك: ${0}، وتجدها أسفل وصف الشكوى`,

  // Attachments
  'complaint-form.attachments': 'صور أو مستندات',
  'complaint-form.attachments-hint': str`الحد الأقصى لعدد الملفات: ${0}. يجب أن يكون كل ملف بصيغة ${1} وأصغر من ${2}.`,
  'complaint-form.attachments-list': 'ملفاتك',
  'complaint-form.drop-here': 'أو أفلِت الملفات هنا',
  'complaint-form.file-uploading': 'جارٍ الرفع…',
  'complaint-form.file-uploaded': 'تم الرفع',
  'complaint-form.file-failed': 'تعذّر رفع هذا الملف. تحقّق من اتصالك بالإنترنت ثم أعد المحاولة.',
  'complaint-form.file-refused': 'لم يقبل مركز الاتصال هذا الملف. احذفه واختر ملفًا آخر.',
  'complaint-form.file-retry': 'إعادة المحاولة',
  'complaint-form.file-remove': 'حذف',
  'complaint-form.file-removed': str`حُذف ${0}`,
  'complaint-form.file-uploaded-announcement': str`تم رفع ${0}`,
  'complaint-form.file-failed-announcement': str`تعذّر رفع ${0}`,
  'complaint-form.file-wrong-type': str`لم يُضَف ${0}: اختر ملفًا بصيغة ${1}`,
  'complaint-form.file-empty': str`لم يُضَف ${0}: الملف فارغ`,
  'complaint-form.file-too-big': str`لم يُضَف ${0}: يجب أن يكون حجمه أصغر من ${1}`,
  'complaint-form.file-too-many': str`لم يُضَف ${0}: الحد الأقصى لعدد الملفات ${1}`,

  // Errors
  'complaint-form.error.service-required': 'اختر موضوع شكواك',
  'complaint-form.error.subject-required': 'أدخل موضوع الشكوى',
  'complaint-form.error.subject-too-long': str`يجب ألا يتجاوز عدد أحرف الموضوع ${0}`,
  'complaint-form.error.description-required': 'صِف شكواك',
  'complaint-form.error.description-too-long': str`يجب ألا يتجاوز عدد أحرف وصف الشكوى ${0}`,
  'complaint-form.error.name-required': 'أدخل اسمك الكامل',
  'complaint-form.error.name-too-long': str`يجب ألا يتجاوز عدد أحرف الاسم ${0}`,
  'complaint-form.error.contact-required': 'أدخل بريدًا إلكترونيًا أو رقم هاتف لنتمكن من الرد عليك',
  'complaint-form.error.email-required': 'أدخل بريدك الإلكتروني',
  'complaint-form.error.email-format': 'أدخل البريد الإلكتروني بالتنسيق الصحيح، مثل name@example.com',
  'complaint-form.error.phone-required': 'أدخل رقم هاتفك',
  'complaint-form.error.phone-format': 'أدخل رقم الهاتف مع رمز البلد، مثل \u2066+1\u00a0212\u00a0555\u00a00100\u2069',
  'complaint-form.error.address-required': 'أدخل عنوان المشكلة أو موقعها',
  'complaint-form.error.address-too-long': str`يجب ألا يتجاوز عدد أحرف العنوان ${0}`,
  'complaint-form.error.attachments-uploading': 'انتظر حتى يكتمل رفع ملفاتك',
  'complaint-form.error.attachments-failed': 'تعذّر رفع أحد الملفات: أعد المحاولة أو احذفه',
  'complaint-form.error.attachments-too-many': str`الحد الأقصى لعدد الملفات المرفقة: ${0}`,
  'complaint-form.error.attachments-invalid': 'تعذّر إرفاق أحد ملفاتك: احذفه ثم ارفعه مرة أخرى',
  'complaint-form.error.answer-required': str`أدخل إجابة عن «${0}»`,
  'complaint-form.error.answer-select': str`اختر إجابة عن «${0}»`,
  'complaint-form.error.answer-too-long': str`يجب ألا يتجاوز عدد أحرف إجابة «${0}» ${1}`,
  'complaint-form.error.answer-too-short': str`يجب ألا يقل عدد أحرف إجابة «${0}» عن ${1}`,
  'complaint-form.error.answer-format': str`أدخل إجابة «${0}» بالتنسيق الصحيح`,
  'complaint-form.error.answer-whole-number': str`يجب أن تكون إجابة «${0}» عددًا صحيحًا`,
  'complaint-form.error.answer-number': str`يجب أن تكون إجابة «${0}» رقمًا`,
  'complaint-form.error.answer-between': str`يجب أن تكون إجابة «${0}» بين ${1} و${2}`,
  'complaint-form.error.answer-at-least': str`يجب أن تكون إجابة «${0}» ${1} أو أكثر`,
  'complaint-form.error.answer-at-most': str`يجب أن تكون إجابة «${0}» ${1} أو أقل`,
  'complaint-form.error.answer-date': str`يجب أن تكون إجابة «${0}» تاريخًا صحيحًا`,
  'complaint-form.error.answer-past': str`يجب أن يكون تاريخ «${0}» اليوم أو في الماضي`,
  'complaint-form.error.answer-future': str`يجب أن يكون تاريخ «${0}» اليوم أو في المستقبل`,
  'complaint-form.error.answer-choice': str`اختر إجابة «${0}» من القائمة`,
  'complaint-form.error.answer-check': str`تحقّق من إجابتك عن «${0}»`,
  'complaint-form.error.general': 'تعذّر قبول جزء من شكواك. راجع إجاباتك ثم حاول مرة أخرى.',

  // Check your answers
  'complaint-form.check-title': 'راجع إجاباتك قبل إرسال شكواك',
  'complaint-form.not-given': 'لم تُقدَّم',
  'complaint-form.change': 'تغيير',
  'complaint-form.send-title': 'أرسل شكواك الآن',
  'complaint-form.declaration': 'بإرسال هذه الشكوى تؤكد أن المعلومات التي قدّمتها صحيحة على حد علمك.',
  'complaint-form.submit': 'أرسل الشكوى',
  'complaint-form.submitting': 'جارٍ الإرسال…',
  'complaint-form.sending': 'جارٍ إرسال شكواك…',
  'complaint-form.try-again': 'حاول مرة أخرى',

  // Submission failures
  'complaint-form.not-sent': 'لم تُرسَل شكواك',
  'complaint-form.send-failed': 'تعذّر إرسال شكواك. إجاباتك محفوظة. حاول مرة أخرى.',
  'complaint-form.send-unexpected': 'عذرًا، تعذّر إرسال شكواك. إجاباتك محفوظة. حاول مرة أخرى لاحقًا.',
  'complaint-form.rate-limited': str`أُرسلت شكاوى كثيرة من هنا في وقت قصير. إجاباتك محفوظة. انتظر ${0} ثم حاول مرة أخرى.`,
  'complaint-form.wait-a-while': 'بضع دقائق',
  'complaint-form.offline': 'يبدو أنك غير متصل بالإنترنت. سنرسل شكواك فور عودة الاتصال.',
  'complaint-form.contact-ministry': 'يمكنك أيضًا التواصل معنا بالهاتف أو البريد الإلكتروني:',

  // Confirmation
  'complaint-form.done-title': 'تم إرسال الشكوى',
  'complaint-form.reference-label': 'رقمك المرجعي',
  'complaint-form.copy': 'انسخ الرقم المرجعي',
  'complaint-form.copied': 'تم نسخ الرقم المرجعي',
  'complaint-form.copy-selected': 'تم تحديد الرقم المرجعي: انسخه بأمر النسخ في جهازك',
  'complaint-form.earlier-version':
    'كانت شكواك قد وصلتنا قبل تعديلاتك الأخيرة، لذلك سُجّلت النسخة السابقة منها. لإضافة التعديلات، تواصل معنا واذكر رقمك المرجعي.',
  'complaint-form.next-title': 'ماذا يحدث بعد ذلك',
  'complaint-form.next-team': str`أرسلنا شكواك إلى الفريق المسؤول عن «${0}». نتوقع أن نرد عليك بحلول ${1}.`,
  'complaint-form.next-keep':
    'احتفظ برقمك المرجعي. ستحتاج إليه، مع البريد الإلكتروني أو رقم الهاتف الذي قدّمته، لمتابعة شكواك أو عند الاتصال بنا.',
  'complaint-form.track': 'تابِع شكواك',
};
