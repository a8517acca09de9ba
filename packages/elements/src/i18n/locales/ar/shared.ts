// Arabic strings shared by several elements, keyed by msg() id.
import { str, type TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {
  'shared.error-prefix': 'خطأ:',
  'shared.error-summary-title': 'هناك مشكلة',
  'shared.reference-wrong-prefix': str`تبدأ الأرقام المرجعية هنا بالحروف ${0}. تحقّق من الحروف في أول الرقم المرجعي`,
  'shared.reference-no-prefix': str`أدخل الرقم المرجعي مع الحروف التي في أوله، مثل ${0}`,
  'shared.reference-length': str`يتكوّن الرقم المرجعي من ثمانية حروف وأرقام بعد الحروف التي في أوله، في مجموعتين من أربعة، مثل ${0}`,
  'shared.reference-bad-character': str`الحرف رقم ${0} بعد ${1} هو «${2}»، وهذا الحرف لا يُستخدم أبدًا في الأرقام المرجعية`,
  'shared.reference-check-failed':
    'الرقم المرجعي غير صحيح: ربما كُتب أحد الحروف خطأً أو تبادل حرفان متجاوران مكانيهما. قارنه برسالة التأكيد',
  'shared.reference-check-suggestion': str`الرقم المرجعي غير صحيح. تحقّق من الحرف رقم ${0} بعد ${1}: كتبتَ «${2}»، فهل تقصد «${3}»؟`,
  'shared.unavailable-here': 'هذه الخدمة غير متاحة في هذه الصفحة.',
  'shared.unavailable-call': str`اتصل بالرقم ${0} أو أرسل بريدًا إلكترونيًا إلى ${1}.`,
  'shared.unavailable-elsewhere': 'تواصل مع الوزارة بطريقة أخرى، مثل الهاتف أو البريد الإلكتروني.',
};
