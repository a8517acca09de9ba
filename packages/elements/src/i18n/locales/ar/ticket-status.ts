// Arabic strings of ticket-status, keyed by msg() id. In a str`…` template, ${n} stands for
// the n-th value of the English message, so a translation may put the values in any order.
import { str, type TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {
  'ticket-status.heading': 'تحقّق من حالة شكواك',
  'ticket-status.reference-label': 'الرقم المرجعي للشكوى',
  'ticket-status.reference-hint': str`تجده في رسالة التأكيد التي وصلتك بالبريد الإلكتروني أو في رسالة نصية، مثل ${0}`,
  'ticket-status.verifier-label': 'البريد الإلكتروني أو رقم الهاتف',
  'ticket-status.verifier-hint': 'البريد الإلكتروني أو رقم الهاتف الذي قدّمته عند تقديم الشكوى',
  'ticket-status.submit': 'تحقّق من الحالة',
  'ticket-status.checking': 'جارٍ البحث عن شكواك…',
  'ticket-status.retry': 'حاول مرة أخرى',

  'ticket-status.reference-missing': 'أدخل الرقم المرجعي للشكوى',
  'ticket-status.reference-invalid': 'أدخل الرقم المرجعي كما يظهر تمامًا في رسالة التأكيد',
  'ticket-status.verifier-missing': 'أدخل البريد الإلكتروني أو رقم الهاتف الذي قدّمته عند تقديم الشكوى',
  'ticket-status.verifier-invalid': 'أدخل البريد الإلكتروني أو رقم الهاتف كما قدّمته تمامًا عند تقديم الشكوى',

  'ticket-status.not-found':
    'لم نعثر على شكوى بهذا الرقم المرجعي وهذا البريد الإلكتروني أو رقم الهاتف. تحقّق من كليهما مقارنةً برسالة التأكيد ثم حاول مرة أخرى',
  'ticket-status.rate-limited': str`لقد حاولت مرات كثيرة. حاول مرة أخرى ${0}`,
  'ticket-status.rate-limited-unknown': 'لقد حاولت مرات كثيرة. انتظر بضع دقائق ثم حاول مرة أخرى',
  'ticket-status.unreachable': 'تعذّر الوصول إلى مركز الاتصال. تحقّق من اتصالك بالإنترنت ثم حاول مرة أخرى. ما أدخلته لا يزال محفوظًا',
  'ticket-status.server': 'مركز الاتصال لا يعمل كما ينبغي في الوقت الحالي. حاول مرة أخرى بعد بضع دقائق. ما أدخلته لا يزال محفوظًا',

  'ticket-status.result-heading': str`الشكوى ${0}`,
  'ticket-status.loaded': str`تم العثور على الشكوى ${0}. الحالة: ${1}`,
  'ticket-status.status-label': 'الحالة:',
  'ticket-status.expected': 'موعد الرد المتوقع',
  'ticket-status.service': 'الموضوع',
  'ticket-status.team': 'الجهة المسؤولة',
  'ticket-status.submitted': 'تاريخ تقديم الشكوى',
  'ticket-status.timeline-heading': 'ما جرى حتى الآن',
  'ticket-status.timeline-order': 'الأحدث أولًا',
  'ticket-status.timeline-created': 'تم استلام الشكوى',
  'ticket-status.timeline-rerouted': str`أُحيلت إلى ${0}`,
  'ticket-status.timeline-status': str`تغيّرت الحالة إلى: ${0}`,
  'ticket-status.timeline-note': 'رسالة من الفريق:',
  'ticket-status.timeline-team': str`الفريق: ${0}`,
  'ticket-status.time-in-zone': str`${0} (${1})`,
  'ticket-status.check-another': 'تحقّق من شكوى أخرى',

  'ticket-status.status.received': 'مستلَمة',
  'ticket-status.status.assigned': 'لدى الفريق المختص',
  'ticket-status.status.in-progress': 'قيد المعالجة',
  'ticket-status.status.awaiting-citizen': 'بانتظار ردّك',
  'ticket-status.status.resolved': 'تمّت معالجتها',
  'ticket-status.status.closed': 'مغلقة',
  'ticket-status.status.reopened': 'أُعيد فتحها',

  'ticket-status.explain.received': 'وصلتنا شكواك، وستُحال إلى الفريق المختص بها.',
  'ticket-status.explain.assigned': 'شكواك لدى الفريق المختص، وسيعمل على دراستها.',
  'ticket-status.explain.in-progress': 'يعمل أحد الموظفين على شكواك. سنتواصل معك إذا احتجنا إلى مزيد من المعلومات.',
  'ticket-status.explain.awaiting-citizen':
    'نحتاج منك إلى أمر ما قبل أن نتابع. ابحث عن رسالة بريد إلكتروني أو رسالة نصية أو مكالمة منّا.',
  'ticket-status.explain.resolved': 'عالجنا شكواك وأرسلنا إليك ردّنا. إذا لم تكن راضيًا عنه، تواصل معنا وسنعيد النظر فيها.',
  'ticket-status.explain.closed': 'أُغلقت شكواك. إذا استجدّ أمر ما، قدّم شكوى جديدة.',
  'ticket-status.explain.reopened': 'نعيد النظر في شكواك.',
};
