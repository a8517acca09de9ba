import type { FaqEntry } from '@civic-contact/contract';

const BIRTHS = { en: 'Birth certificates', ar: 'شهادات الميلاد' };
const MARRIAGES = { en: 'Marriage certificates', ar: 'شهادات الزواج' };
const DEATHS = { en: 'Death certificates', ar: 'شهادات الوفاة' };
const REGISTERING = { en: 'Registering a birth, marriage or death', ar: 'تسجيل الميلاد أو الزواج أو الوفاة' };
const CORRECTIONS = { en: 'Corrections and changes', ar: 'التصحيحات والتعديلات' };
const ABROAD = { en: 'Using certificates abroad', ar: 'استخدام الشهادات في الخارج' };
const ORDERS = { en: 'Your order', ar: 'طلبك' };

/** Frequently asked questions of the Civil Registry Office (English and Arabic). */
export const civilRegistryFaqs: FaqEntry[] = [
  {
    id: 'civil-registry-001',
    ministryId: 'civil-registry',
    category: BIRTHS,
    serviceId: 'civil-birth-certificate',
    question: {
      en: 'How do I get a copy of my birth certificate?',
      ar: 'كيف أحصل على نسخة من شهادة ميلادي؟',
    },
    answerHtml: {
      en: `<p>Order a certified copy <a href="https://registry.example.gov/certificates/order">online</a>, by phone on 020 7946 0311 or at the register office counter. You need:</p><ul><li>your full name at birth</li><li>your date and place of birth</li><li>for a full certificate, your mother's surname before marriage</li></ul><p>A standard copy costs <strong>£12.50</strong> and is posted within 15 working days. The priority service costs £38.50 and is posted the next working day if you order before 4:00 pm.</p>`,
      ar: `<p>اطلب نسخة مصدّقة <a href="https://registry.example.gov/certificates/order">عبر الإنترنت</a>، أو بالهاتف على الرقم 020 7946 0311، أو من شباك مكتب التسجيل. ستحتاج إلى:</p><ul><li>اسمك الكامل عند الولادة</li><li>تاريخ ولادتك ومكانها</li><li>اسم عائلة والدتك قبل الزواج، إذا طلبت الشهادة الكاملة</li></ul><p>تبلغ تكلفة النسخة العادية <strong>12.50 جنيهًا إسترلينيًا</strong> وتُرسل بالبريد خلال 15 يوم عمل. أما الخدمة المستعجلة فتكلّف 38.50 جنيهًا وتُرسل في يوم العمل التالي إذا قدّمت الطلب قبل الساعة 4:00 عصرًا.</p>`,
    },
    keywords: ['birth certificate', 'copy', 'order certificate', 'certified copy', 'شهادة ميلاد', 'نسخة'],
    updatedAt: '2026-09-28T10:00:00Z',
  },
  {
    id: 'civil-registry-002',
    ministryId: 'civil-registry',
    category: BIRTHS,
    serviceId: 'civil-birth-certificate',
    question: {
      en: 'I lost my birth certificate. What do I do?',
      ar: 'فقدتُ شهادة ميلادي. ماذا أفعل؟',
    },
    answerHtml: {
      en: `<p>Do not worry: your birth stays on the register, so you do not need to register it again. Simply <a href="https://registry.example.gov/certificates/order">order a new certified copy</a>. It has exactly the same legal value as the one you lost.</p><p>You do not need to report a lost certificate to the police, because a birth certificate is not proof of identity on its own. If you need it urgently, for example for a passport appointment, choose the priority service.</p>`,
      ar: `<p>لا داعي للقلق: يبقى قيد ميلادك محفوظًا في السجل، فلا حاجة إلى تسجيله من جديد. كل ما عليك هو <a href="https://registry.example.gov/certificates/order">طلب نسخة مصدّقة جديدة</a>، ولها القيمة القانونية نفسها تمامًا للنسخة المفقودة.</p><p>لا يلزم الإبلاغ عن فقدان الشهادة لدى الشرطة، لأن شهادة الميلاد وحدها لا تُعدّ إثباتًا للهوية. وإذا كنت تحتاج إليها بشكل عاجل، كموعد لاستخراج جواز سفر مثلًا، فاختر الخدمة المستعجلة.</p>`,
    },
    keywords: ['lost birth certificate', 'missing certificate', 'replace birth certificate', 'شهادة ميلاد مفقودة', 'بدل فاقد'],
    updatedAt: '2026-09-28T10:00:00Z',
  },
  {
    id: 'civil-registry-003',
    ministryId: 'civil-registry',
    category: BIRTHS,
    question: {
      en: 'How much does a birth, marriage or death certificate cost?',
      ar: 'كم تبلغ تكلفة شهادة الميلاد أو الزواج أو الوفاة؟',
    },
    answerHtml: {
      en: `<p>Fees are the same for birth, marriage, civil partnership and death certificates:</p><ul><li>standard service: <strong>£12.50</strong> per copy, posted within 15 working days</li><li>priority service: <strong>£38.50</strong> per copy, posted the next working day</li><li>copies bought when a death is registered: £12.50 each</li></ul><p>Postage within the UK is included. Delivery abroad costs £5 extra per order. An apostille for use abroad is charged separately. You can pay by card online or by phone, and by card or cash at the counter.</p>`,
      ar: `<p>الرسوم واحدة لشهادات الميلاد والزواج والشراكة المدنية والوفاة:</p><ul><li>الخدمة العادية: <strong>12.50 جنيهًا إسترلينيًا</strong> للنسخة، وتُرسل خلال 15 يوم عمل</li><li>الخدمة المستعجلة: <strong>38.50 جنيهًا</strong> للنسخة، وتُرسل في يوم العمل التالي</li><li>النسخ المشتراة عند تسجيل الوفاة: 12.50 جنيهًا لكل نسخة</li></ul><p>تشمل الرسوم البريد داخل المملكة المتحدة، ويُضاف 5 جنيهات لكل طلب يُرسل إلى الخارج. وتُحتسب رسوم الأبوستيل للاستخدام في الخارج بشكل منفصل. يمكنك الدفع بالبطاقة عبر الإنترنت أو الهاتف، وبالبطاقة أو نقدًا عند الشباك.</p>`,
    },
    keywords: ['fee', 'price', 'cost', 'how much', 'payment', 'رسوم', 'تكلفة', 'سعر'],
    updatedAt: '2026-04-01T09:00:00Z',
  },
  {
    id: 'civil-registry-004',
    ministryId: 'civil-registry',
    category: BIRTHS,
    serviceId: 'civil-birth-certificate',
    question: {
      en: 'What is the difference between a short and a full birth certificate?',
      ar: 'ما الفرق بين شهادة الميلاد المختصرة والكاملة؟',
    },
    answerHtml: {
      en: `<p>A <strong>short certificate</strong> shows only the name, sex, date and place of birth. It is enough for some jobs and for school places.</p><p>A <strong>full certificate</strong> is a copy of the whole register entry, including the parents' names, places of birth and occupations. You need a full certificate for a first passport, for a visa or residence application, to prove parentage and for most uses abroad. If you are not sure which you need, order a full certificate: both cost the same.</p>`,
      ar: `<p>تُظهر <strong>الشهادة المختصرة</strong> الاسم والجنس وتاريخ الولادة ومكانها فقط، وتكفي لبعض الوظائف وللتسجيل في المدارس.</p><p>أما <strong>الشهادة الكاملة</strong> فهي نسخة من القيد بأكمله، بما في ذلك أسماء الوالدين وأماكن ولادتهما ومهنتيهما. وتحتاج إليها عند استخراج أول جواز سفر، وفي طلبات التأشيرة أو الإقامة، ولإثبات النسب، ولمعظم الاستخدامات في الخارج. إذا لم تكن متأكدًا من الشهادة التي تحتاجها فاطلب الكاملة، فتكلفتهما واحدة.</p>`,
    },
    keywords: ['short certificate', 'long form', 'full certificate', 'parents names', 'شهادة مختصرة', 'شهادة كاملة'],
    updatedAt: '2026-04-01T09:00:00Z',
  },
  {
    id: 'civil-registry-005',
    ministryId: 'civil-registry',
    category: BIRTHS,
    serviceId: 'civil-birth-certificate',
    question: {
      en: 'How long does it take to get a birth certificate?',
      ar: 'كم يستغرق الحصول على شهادة الميلاد؟',
    },
    answerHtml: {
      en: `<p>Standard orders are posted within <strong>15 working days</strong>. Priority orders placed before 4:00 pm are posted the <strong>next working day</strong>. Allow two to three more days for second-class post in the UK, and up to ten days abroad.</p><p>At the counter, certificates for births registered in our district are usually printed while you wait, within 30 minutes. Orders that need a search because the details are incomplete can take longer; we will email you if we need more information.</p>`,
      ar: `<p>تُرسل الطلبات العادية بالبريد خلال <strong>15 يوم عمل</strong>، وتُرسل الطلبات المستعجلة المقدّمة قبل الساعة 4:00 عصرًا في <strong>يوم العمل التالي</strong>. أضف يومين إلى ثلاثة أيام للتوصيل بالبريد داخل المملكة المتحدة، وما يصل إلى عشرة أيام خارجها.</p><p>عند الشباك، تُطبع عادةً شهادات المواليد المسجّلين في منطقتنا خلال 30 دقيقة أثناء انتظارك. وقد تستغرق الطلبات التي تتطلب بحثًا بسبب نقص البيانات وقتًا أطول، وسنراسلك بالبريد الإلكتروني إذا احتجنا إلى معلومات إضافية.</p>`,
    },
    keywords: ['how long', 'processing time', 'urgent', 'same day', 'priority', 'مدة', 'كم يوم', 'مستعجل'],
    updatedAt: '2026-04-01T09:00:00Z',
  },
  {
    id: 'civil-registry-006',
    ministryId: 'civil-registry',
    category: BIRTHS,
    serviceId: 'civil-birth-certificate',
    question: {
      en: "Can I order a birth certificate for someone else, like my parent or grandparent?",
      ar: 'هل يمكنني طلب شهادة ميلاد لشخص آخر، مثل أحد والديّ أو أجدادي؟',
    },
    answerHtml: {
      en: `<p>Yes. Birth, marriage and death registers are public records, so you can order a certificate for anyone if you give enough details to find the entry: full name, approximate date and place of birth, and ideally the parents' names.</p><p>If you do not know the exact date, we search one year either side at no extra cost. For family history research before 1950, our <a href="https://registry.example.gov/family-history">family history service</a> can search the indexes for you. A certificate is not proof of identity, so it cannot be used to act for another person.</p>`,
      ar: `<p>نعم. سجلات المواليد والزواج والوفيات سجلات عامة، لذا يمكنك طلب شهادة لأي شخص إذا قدّمت بيانات كافية للعثور على القيد: الاسم الكامل، وتاريخ الولادة ومكانها على وجه التقريب، ويُفضّل ذكر اسمي الوالدين.</p><p>إذا لم تكن تعرف التاريخ الدقيق، نبحث في سنة قبله وسنة بعده دون أي رسوم إضافية. ولأبحاث تاريخ العائلة قبل عام 1950، يمكن <a href="https://registry.example.gov/family-history">لخدمة تاريخ العائلة</a> البحث في الفهارس نيابةً عنك. الشهادة ليست إثباتًا للهوية، فلا يجوز استخدامها للتصرف باسم شخص آخر.</p>`,
    },
    keywords: ['someone else', 'relative', 'family history', 'genealogy', 'grandparent', 'شخص آخر', 'أقارب', 'الأنساب'],
    updatedAt: '2026-04-01T09:00:00Z',
  },
  {
    id: 'civil-registry-007',
    ministryId: 'civil-registry',
    category: REGISTERING,
    serviceId: 'civil-registry-enquiry',
    question: {
      en: 'How do I register the birth of my baby?',
      ar: 'كيف أسجّل ولادة طفلي؟',
    },
    answerHtml: {
      en: `<p>A birth must be registered within <strong>42 days</strong> at the register office for the area where the baby was born. <a href="https://registry.example.gov/births/register">Book an appointment online</a> or call 020 7946 0311; appointments take about 30 minutes.</p><p>If the parents are married or in a civil partnership, either parent can register. If not, both parents must attend together for the father's or second parent's details to be included. Registration is free. Certificates cost £12.50 each and can be bought at the appointment.</p>`,
      ar: `<p>يجب تسجيل الولادة خلال <strong>42 يومًا</strong> في مكتب التسجيل التابع للمنطقة التي وُلد فيها الطفل. <a href="https://registry.example.gov/births/register">احجز موعدًا عبر الإنترنت</a> أو اتصل بالرقم 020 7946 0311، ويستغرق الموعد نحو 30 دقيقة.</p><p>إذا كان الوالدان متزوجين أو في شراكة مدنية، يمكن لأيٍّ منهما التسجيل. وإن لم يكونا كذلك، فيجب أن يحضرا معًا لإدراج بيانات الأب أو الوالد الثاني. التسجيل مجاني، وتكلّف كل شهادة 12.50 جنيهًا إسترلينيًا ويمكن شراؤها أثناء الموعد.</p>`,
    },
    keywords: ['register birth', 'new baby', 'newborn', '42 days', 'birth registration', 'تسجيل مولود', 'تسجيل الولادة'],
    updatedAt: '2026-06-15T11:30:00Z',
  },
  {
    id: 'civil-registry-008',
    ministryId: 'civil-registry',
    category: REGISTERING,
    serviceId: 'civil-registry-enquiry',
    question: {
      en: 'What documents do I need to bring to register a birth?',
      ar: 'ما المستندات التي يجب أن أحضرها لتسجيل الولادة؟',
    },
    answerHtml: {
      en: `<p>Bring photo ID for each parent attending, such as a passport or driving licence, and proof of address. If you are married or in a civil partnership, bring your certificate.</p><p>Be ready to give:</p><ul><li>the baby's names, date, time and place of birth</li><li>each parent's full name, date and place of birth and occupation</li><li>the mother's surname before marriage</li><li>the date of the parents' marriage or civil partnership</li></ul><p>Check the spelling of the baby's names carefully before you sign: correcting them later costs £90.</p>`,
      ar: `<p>أحضر وثيقة هوية تحمل صورة لكل والد يحضر، مثل جواز السفر أو رخصة القيادة، وإثباتًا للعنوان. وإذا كنتما متزوجين أو في شراكة مدنية، فأحضرا الشهادة الخاصة بذلك.</p><p>كن مستعدًا لتقديم:</p><ul><li>أسماء الطفل، وتاريخ الولادة ووقتها ومكانها</li><li>الاسم الكامل لكل من الوالدين وتاريخ ولادته ومكانها ومهنته</li><li>اسم عائلة الأم قبل الزواج</li><li>تاريخ زواج الوالدين أو شراكتهما المدنية</li></ul><p>تحقّق جيدًا من تهجئة أسماء الطفل قبل التوقيع، فتصحيحها لاحقًا يكلّف 90 جنيهًا إسترلينيًا.</p>`,
    },
    keywords: ['documents', 'what to bring', 'birth registration', 'ID', 'مستندات', 'أوراق مطلوبة'],
    updatedAt: '2026-06-15T11:30:00Z',
  },
  {
    id: 'civil-registry-009',
    ministryId: 'civil-registry',
    category: REGISTERING,
    serviceId: 'civil-registry-enquiry',
    question: {
      en: 'What happens if I register a birth late, after 42 days?',
      ar: 'ماذا يحدث إذا سجّلتُ الولادة متأخرًا، بعد 42 يومًا؟',
    },
    answerHtml: {
      en: `<p>Book an appointment as soon as you can: the registrar can still register the birth in the usual way up to <strong>12 months</strong> after it. You may be asked why it is late, and in rare cases the parents can be fined, but what matters is that the birth is registered.</p><p>After 12 months, registration needs the written authority of the Registrar General and evidence of the birth, such as hospital records. Use the <a href="https://registry.example.gov/contact/enquiry">enquiry form</a> and choose “A birth or death that was never registered”.</p>`,
      ar: `<p>احجز موعدًا في أقرب وقت ممكن، إذ يستطيع موظف التسجيل تسجيل الولادة بالطريقة المعتادة حتى <strong>12 شهرًا</strong> بعد حدوثها. قد يُطلب منك توضيح سبب التأخير، وفي حالات نادرة قد تُفرض غرامة على الوالدين، لكن الأهم هو أن تُسجَّل الولادة.</p><p>بعد مرور 12 شهرًا، يتطلب التسجيل إذنًا كتابيًا من أمين السجل العام ودليلًا على الولادة، مثل سجلات المستشفى. استخدم <a href="https://registry.example.gov/contact/enquiry">نموذج الاستفسار</a> واختر «ميلاد أو وفاة لم يُسجَّل قط».</p>`,
    },
    keywords: ['late registration', 'missed deadline', 'not registered', 'unregistered birth', 'تسجيل متأخر', 'غرامة'],
    updatedAt: '2026-06-15T11:30:00Z',
  },
  {
    id: 'civil-registry-010',
    ministryId: 'civil-registry',
    category: MARRIAGES,
    serviceId: 'civil-marriage-certificate',
    question: {
      en: 'How long does a marriage certificate take after the wedding?',
      ar: 'كم تستغرق شهادة الزواج بعد حفل الزفاف؟',
    },
    answerHtml: {
      en: `<p>For a ceremony at the register office or an approved venue, the marriage is registered the same day and you can buy certificates on the day.</p><p>After a religious ceremony, the <strong>marriage schedule</strong> you signed must be returned to the register office within <strong>21 days</strong>. The marriage is usually registered within 5 working days of us receiving it. You can then <a href="https://registry.example.gov/certificates/order">order certificates</a>, posted within 15 working days, or the next working day with the priority service.</p>`,
      ar: `<p>إذا عُقد الزواج في مكتب التسجيل أو في مكان معتمد، يُسجَّل في اليوم نفسه ويمكنك شراء الشهادات في ذلك اليوم.</p><p>أما بعد المراسم الدينية، فيجب إعادة <strong>وثيقة الزواج</strong> التي وقّعتماها إلى مكتب التسجيل خلال <strong>21 يومًا</strong>، ويُسجَّل الزواج عادةً خلال 5 أيام عمل من استلامها. بعد ذلك يمكنك <a href="https://registry.example.gov/certificates/order">طلب الشهادات</a>، وتُرسل خلال 15 يوم عمل، أو في يوم العمل التالي مع الخدمة المستعجلة.</p>`,
    },
    keywords: ['marriage certificate', 'wedding certificate', 'how long', 'marriage schedule', 'شهادة زواج', 'عقد الزواج'],
    updatedAt: '2026-07-07T10:20:00Z',
  },
  {
    id: 'civil-registry-011',
    ministryId: 'civil-registry',
    category: MARRIAGES,
    serviceId: 'civil-marriage-certificate',
    question: {
      en: 'How do I get a copy of my marriage certificate?',
      ar: 'كيف أحصل على نسخة من شهادة زواجي؟',
    },
    answerHtml: {
      en: `<p>Order a copy <a href="https://registry.example.gov/certificates/order">online</a>, by phone or at the counter. Give both partners' full names at the time of the marriage, the date and the place where it took place. The same service covers civil partnership certificates.</p><p>A copy costs <strong>£12.50</strong> (standard) or £38.50 (priority). If you married abroad, we do not hold the record: contact the authorities of the country where you married, or its embassy.</p>`,
      ar: `<p>اطلب نسخة <a href="https://registry.example.gov/certificates/order">عبر الإنترنت</a> أو بالهاتف أو من الشباك، مع ذكر الاسم الكامل لكلا الطرفين وقت الزواج، وتاريخ الزواج ومكان عقده. وتشمل الخدمة نفسها شهادات الشراكة المدنية.</p><p>تبلغ تكلفة النسخة <strong>12.50 جنيهًا إسترلينيًا</strong> (الخدمة العادية) أو 38.50 جنيهًا (الخدمة المستعجلة). إذا تزوجت خارج البلاد فلا نحتفظ بالقيد لدينا، فتواصل مع سلطات البلد الذي تزوجت فيه أو مع سفارته.</p>`,
    },
    keywords: ['marriage certificate copy', 'lost marriage certificate', 'civil partnership', 'نسخة عقد الزواج', 'شهادة زواج مفقودة'],
    updatedAt: '2026-07-07T10:20:00Z',
  },
  {
    id: 'civil-registry-012',
    ministryId: 'civil-registry',
    category: MARRIAGES,
    serviceId: 'civil-registry-enquiry',
    question: {
      en: 'How do I give notice of marriage, and how far ahead?',
      ar: 'كيف أقدّم إشعار الزواج، وقبل كم من الوقت؟',
    },
    answerHtml: {
      en: `<p>Both of you must give notice <strong>in person</strong> at the register office for the district where you have each lived for at least the past 7 days. Notice must be given at least <strong>28 full days</strong> before the ceremony, and it is valid for 12 months.</p><p>Book your notice appointments <a href="https://registry.example.gov/marriages/notice">online</a>; you can attend together or separately. The fee is <strong>£42 per person</strong>. Your notice is displayed publicly at the register office for 28 days.</p>`,
      ar: `<p>يجب على كلٍّ منكما تقديم الإشعار <strong>شخصيًا</strong> في مكتب التسجيل التابع للمنطقة التي أقام فيها طوال الأيام السبعة الماضية على الأقل. ويجب تقديم الإشعار قبل موعد الزواج بـ<strong>28 يومًا كاملة</strong> على الأقل، ويبقى ساريًا 12 شهرًا.</p><p>احجز مواعيد تقديم الإشعار <a href="https://registry.example.gov/marriages/notice">عبر الإنترنت</a>؛ ويمكنكما الحضور معًا أو كلٌّ على حدة. تبلغ الرسوم <strong>42 جنيهًا إسترلينيًا لكل شخص</strong>. ويُعرض إشعاركما علنًا في مكتب التسجيل مدة 28 يومًا.</p>`,
    },
    keywords: ['notice of marriage', 'getting married', 'wedding', '28 days', 'إشعار الزواج', 'عقد قران'],
    updatedAt: '2026-07-07T10:20:00Z',
  },
  {
    id: 'civil-registry-013',
    ministryId: 'civil-registry',
    category: MARRIAGES,
    serviceId: 'civil-registry-enquiry',
    question: {
      en: 'What documents do I need to give notice of marriage?',
      ar: 'ما المستندات التي أحتاجها لتقديم إشعار الزواج؟',
    },
    answerHtml: {
      en: `<p>Each of you needs the original documents, not photocopies:</p><ul><li>a valid passport or national identity card</li><li>proof of address from the last three months, such as a council tax bill, utility bill or bank statement</li><li>if you were married before, your final divorce order or your former partner's death certificate</li><li>if you changed your name, the deed poll</li></ul><p>Documents not in English must come with a certified translation. If either of you is not a British or Irish citizen, bring evidence of your immigration status.</p>`,
      ar: `<p>يحتاج كلٌّ منكما إلى المستندات الأصلية، لا إلى صور عنها:</p><ul><li>جواز سفر ساري المفعول أو بطاقة هوية وطنية</li><li>إثبات عنوان صادر خلال الأشهر الثلاثة الأخيرة، مثل فاتورة ضريبة المجلس المحلي أو فاتورة خدمات أو كشف حساب مصرفي</li><li>إذا سبق لك الزواج، حكم الطلاق النهائي أو شهادة وفاة الزوج أو الزوجة السابقة</li><li>إذا غيّرت اسمك، وثيقة تغيير الاسم</li></ul><p>يجب أن تُرفق بالمستندات غير المحررة بالإنجليزية ترجمة معتمدة. وإذا لم يكن أحدكما مواطنًا بريطانيًا أو أيرلنديًا، فأحضر ما يثبت وضع الهجرة الخاص به.</p>`,
    },
    keywords: ['marriage documents', 'decree absolute', 'divorce', 'proof of address', 'مستندات الزواج', 'طلاق'],
    updatedAt: '2026-07-07T10:20:00Z',
  },
  {
    id: 'civil-registry-014',
    ministryId: 'civil-registry',
    category: REGISTERING,
    serviceId: 'civil-registry-enquiry',
    question: {
      en: 'How do I register a death?',
      ar: 'كيف أسجّل حالة وفاة؟',
    },
    answerHtml: {
      en: `<p>A death should be registered within <strong>5 days</strong>, by appointment, at the register office for the area where the person died. A relative usually registers, but it can also be someone present at the death or the person arranging the funeral.</p><p>The doctor's <strong>medical certificate of cause of death</strong> is sent to us directly. If the death has been reported to a coroner, wait until they contact you. At the appointment you receive the form the funeral director needs for the burial or cremation, free of charge.</p>`,
      ar: `<p>يجب تسجيل الوفاة خلال <strong>5 أيام</strong>، بموعد مسبق، في مكتب التسجيل التابع للمنطقة التي حدثت فيها الوفاة. يتولى التسجيل عادةً أحد الأقارب، ويمكن أيضًا أن يتولاه شخص كان حاضرًا عند الوفاة أو الشخص الذي ينظّم الجنازة.</p><p>تُرسل <strong>الشهادة الطبية بسبب الوفاة</strong> من الطبيب إلينا مباشرة. وإذا أُحيلت الوفاة إلى قاضي التحقيق في الوفيات، فانتظر حتى يتواصل معك. وخلال الموعد تتسلّم مجانًا النموذج الذي يحتاجه مدير دار الجنازات للدفن أو حرق الجثمان.</p>`,
    },
    keywords: ['register death', 'someone died', 'bereavement', 'funeral', 'coroner', 'تسجيل وفاة', 'جنازة'],
    updatedAt: '2026-05-18T14:00:00Z',
  },
  {
    id: 'civil-registry-015',
    ministryId: 'civil-registry',
    category: DEATHS,
    serviceId: 'civil-death-certificate',
    question: {
      en: 'How many copies of the death certificate will I need?',
      ar: 'كم نسخة من شهادة الوفاة سأحتاج؟',
    },
    answerHtml: {
      en: `<p>Most families need between <strong>3 and 6 copies</strong>. Banks, pension providers, insurers and the probate service usually each ask for a certified copy; photocopies are not accepted.</p><p>Copies bought when you register cost £12.50 each. Before ordering many, ask each organisation whether it will look at your copy and give it back. Using our <a href="https://registry.example.gov/deaths/tell-us-once">Tell Us Once service</a> also means government departments do not need a certificate at all.</p>`,
      ar: `<p>تحتاج معظم الأسر إلى ما بين <strong>3 و6 نسخ</strong>. فالبنوك وجهات المعاشات وشركات التأمين ودائرة التركات تطلب عادةً كلٌّ منها نسخة مصدّقة، ولا تُقبل الصور.</p><p>تكلّف النسخ المشتراة عند التسجيل 12.50 جنيهًا إسترلينيًا للنسخة. وقبل طلب نسخ كثيرة، اسأل كل جهة إن كانت ستطّلع على نسختك ثم تعيدها إليك. كما أن استخدام <a href="https://registry.example.gov/deaths/tell-us-once">خدمة «أخبِرنا مرة واحدة»</a> يعني أن الجهات الحكومية لن تحتاج إلى شهادة أصلًا.</p>`,
    },
    keywords: ['death certificate copies', 'how many', 'probate', 'bank', 'نسخ شهادة الوفاة', 'كم نسخة'],
    updatedAt: '2026-05-18T14:00:00Z',
  },
  {
    id: 'civil-registry-016',
    ministryId: 'civil-registry',
    category: DEATHS,
    serviceId: 'civil-death-certificate',
    question: {
      en: 'How can I get a death certificate for a relative who died years ago?',
      ar: 'كيف أحصل على شهادة وفاة لقريب توفي منذ سنوات؟',
    },
    answerHtml: {
      en: `<p>Use the <a href="https://registry.example.gov/contact/death-certificate">death certificate form</a> or order online. Give the person's full name, the date of death (the year is enough if you are unsure) and the town or hospital where they died. Their age or date of birth helps us find the right entry.</p><p>We hold records for deaths registered in our district since 1837. If the person died elsewhere, we will tell you which office holds the record. The fee is £12.50 per copy.</p>`,
      ar: `<p>استخدم <a href="https://registry.example.gov/contact/death-certificate">نموذج شهادة الوفاة</a> أو اطلبها عبر الإنترنت. اذكر الاسم الكامل للمتوفى، وتاريخ الوفاة (تكفي السنة إن لم تكن متأكدًا)، والمدينة أو المستشفى الذي توفي فيه. كما يساعدنا ذكر عمره أو تاريخ ميلاده على العثور على القيد الصحيح.</p><p>نحتفظ بسجلات الوفيات المسجّلة في منطقتنا منذ عام 1837. وإذا كانت الوفاة قد حدثت في مكان آخر، فسنخبرك بالمكتب الذي يحتفظ بالقيد. تبلغ الرسوم 12.50 جنيهًا إسترلينيًا للنسخة.</p>`,
    },
    keywords: ['old death certificate', 'relative', 'historic record', 'family history', 'شهادة وفاة قديمة', 'قريب متوفى'],
    updatedAt: '2026-05-18T14:00:00Z',
  },
  {
    id: 'civil-registry-017',
    ministryId: 'civil-registry',
    category: DEATHS,
    question: {
      en: 'Who do I need to tell after registering a death?',
      ar: 'مَن يجب أن أُبلغ بعد تسجيل الوفاة؟',
    },
    answerHtml: {
      en: `<p>When you register, the registrar gives you a <strong>Tell Us Once</strong> reference. With it you can report the death once, online or by phone, and we inform most government services for you, including:</p><ul><li>the tax office and benefits and pension services</li><li>the passport office and the driving licence agency</li><li>the local council, for council tax and the electoral register</li></ul><p>You still need to contact banks, insurers, employers, utility companies and private pension providers yourself.</p>`,
      ar: `<p>عند التسجيل، يعطيك موظف التسجيل رقمًا مرجعيًا لخدمة <strong>«أخبِرنا مرة واحدة»</strong>. وبواسطته يمكنك الإبلاغ عن الوفاة مرة واحدة فقط، عبر الإنترنت أو بالهاتف، ونتولى نحن إبلاغ معظم الجهات الحكومية نيابةً عنك، ومنها:</p><ul><li>مصلحة الضرائب وخدمات الإعانات والمعاشات</li><li>مكتب الجوازات وهيئة رخص القيادة</li><li>المجلس المحلي، بشأن ضريبة المجلس وسجل الناخبين</li></ul><p>لكن يبقى عليك التواصل بنفسك مع البنوك وشركات التأمين وجهة العمل وشركات المرافق وجهات المعاشات الخاصة.</p>`,
    },
    keywords: ['tell us once', 'after a death', 'notify', 'bereavement', 'إبلاغ الجهات', 'بعد الوفاة'],
    updatedAt: '2026-05-18T14:00:00Z',
  },
  {
    id: 'civil-registry-018',
    ministryId: 'civil-registry',
    category: CORRECTIONS,
    serviceId: 'civil-certificate-correction',
    question: {
      en: 'There is a spelling mistake on my birth certificate. How do I correct it?',
      ar: 'يوجد خطأ إملائي في شهادة ميلادي. كيف أصحّحه؟',
    },
    answerHtml: {
      en: `<p>Apply with the <a href="https://registry.example.gov/contact/correction">correction form</a>. Tell us the entry number printed on the certificate, what it says now and what it should say, and attach evidence from around the time of the birth, such as a hospital record, early passport or school record.</p><p>The original entry is never changed or removed. If the correction is approved, a note is added in the margin of the register, and new certificates show both the original entry and the correction.</p>`,
      ar: `<p>قدّم طلبك عبر <a href="https://registry.example.gov/contact/correction">نموذج التصحيح</a>. اذكر رقم القيد المطبوع على الشهادة، وما هو مكتوب فيها حاليًا وما يجب أن يُكتب، وأرفق مستندات تعود إلى فترة الولادة، مثل سجل المستشفى أو جواز سفر قديم أو سجل مدرسي.</p><p>لا يُغيَّر القيد الأصلي ولا يُحذف أبدًا. فإذا قُبل التصحيح، تُضاف ملاحظة في هامش السجل، وتُظهر الشهادات الجديدة القيد الأصلي والتصحيح معًا.</p>`,
    },
    keywords: ['mistake', 'error', 'wrong name', 'misspelled', 'correction', 'خطأ إملائي', 'تصحيح الاسم'],
    updatedAt: '2026-10-12T09:40:00Z',
  },
  {
    id: 'civil-registry-019',
    ministryId: 'civil-registry',
    category: CORRECTIONS,
    serviceId: 'civil-certificate-correction',
    question: {
      en: 'How long does a correction take and how much does it cost?',
      ar: 'كم يستغرق التصحيح وكم يكلّف؟',
    },
    answerHtml: {
      en: `<p>The fee is <strong>£90</strong>, or <strong>free</strong> if the mistake was made by the registrar when writing the entry. Most applications are decided within <strong>25 working days</strong> of receiving all the evidence. Complex cases, such as a change of parentage, can take up to 3 months.</p><p>We write to you with the decision. If it is approved, order a new certificate for £12.50 to get a copy showing the correction. Your old certificates remain valid but do not show it.</p>`,
      ar: `<p>تبلغ الرسوم <strong>90 جنيهًا إسترلينيًا</strong>، ويكون التصحيح <strong>مجانيًا</strong> إذا كان الخطأ من موظف التسجيل عند تدوين القيد. ويُبتّ في معظم الطلبات خلال <strong>25 يوم عمل</strong> من استلام جميع المستندات، وقد تستغرق الحالات المعقدة، كتغيير بيانات النسب، ما يصل إلى 3 أشهر.</p><p>نراسلك كتابيًا بالقرار. فإذا قُبل، اطلب شهادة جديدة مقابل 12.50 جنيهًا لتحصل على نسخة تُظهر التصحيح. وتبقى شهاداتك القديمة صالحة لكنها لا تُظهره.</p>`,
    },
    keywords: ['correction fee', 'how long correction', 'amend certificate', 'رسوم التصحيح', 'مدة التصحيح'],
    updatedAt: '2026-10-12T09:40:00Z',
  },
  {
    id: 'civil-registry-020',
    ministryId: 'civil-registry',
    category: CORRECTIONS,
    question: {
      en: "Can the father's name be added to a birth certificate later?",
      ar: 'هل يمكن إضافة اسم الأب إلى شهادة الميلاد لاحقًا؟',
    },
    answerHtml: {
      en: `<p>Yes, by <strong>re-registering</strong> the birth. If the parents are not married to each other, both usually come to the appointment together. If one parent cannot attend, they can sign a statutory declaration instead, or you can use a court order or a parental responsibility agreement.</p><p>Re-registration is free. The child's surname can be changed at the same time if both parents agree. Afterwards, order new certificates for £12.50 each. Book through the <a href="https://registry.example.gov/contact/enquiry">enquiry form</a>.</p>`,
      ar: `<p>نعم، وذلك بـ<strong>إعادة تسجيل</strong> الولادة. إذا لم يكن الوالدان متزوجين أحدهما من الآخر، فيحضران عادةً الموعد معًا. وإذا تعذّر حضور أحدهما، يمكنه توقيع إقرار قانوني مشفوع باليمين بدلًا من ذلك، أو يمكنكم تقديم أمر محكمة أو اتفاق مسؤولية أبوية.</p><p>إعادة التسجيل مجانية، ويمكن تغيير اسم عائلة الطفل في الوقت نفسه إذا وافق الوالدان. وبعد ذلك اطلب شهادات جديدة مقابل 12.50 جنيهًا إسترلينيًا للنسخة. احجز موعدك عبر <a href="https://registry.example.gov/contact/enquiry">نموذج الاستفسار</a>.</p>`,
    },
    keywords: ['add father', 're-register', 'unmarried parents', 'parental responsibility', 'إضافة اسم الأب', 'إعادة التسجيل'],
    updatedAt: '2026-10-12T09:40:00Z',
  },
  {
    id: 'civil-registry-021',
    ministryId: 'civil-registry',
    category: CORRECTIONS,
    question: {
      en: 'I changed my name by deed poll. Will my birth certificate be changed?',
      ar: 'غيّرتُ اسمي بوثيقة رسمية. هل ستُعدَّل شهادة ميلادي؟',
    },
    answerHtml: {
      en: `<p><strong>No.</strong> A birth certificate records the facts at the time of the birth, so it always shows your name at birth. A later change of name, by deed poll or on marriage, is not a mistake and cannot be corrected.</p><p>Use your birth certificate together with your deed poll or marriage certificate to show the link between your old and new names. Passports, driving licences and bank records can all be updated in your new name with these documents.</p>`,
      ar: `<p><strong>لا.</strong> تُدوّن شهادة الميلاد الوقائع كما كانت وقت الولادة، ولذلك تُظهر دائمًا اسمك عند الولادة. ولا يُعدّ تغيير الاسم لاحقًا، بوثيقة رسمية أو بالزواج، خطأً يمكن تصحيحه.</p><p>استخدم شهادة ميلادك مع وثيقة تغيير الاسم أو شهادة الزواج لإثبات الصلة بين اسمك القديم واسمك الجديد. ويمكن بهذه المستندات تحديث جواز السفر ورخصة القيادة والسجلات المصرفية باسمك الجديد.</p>`,
    },
    keywords: ['deed poll', 'name change', 'new name', 'married name', 'تغيير الاسم', 'الاسم الجديد'],
    updatedAt: '2026-10-12T09:40:00Z',
  },
  {
    id: 'civil-registry-022',
    ministryId: 'civil-registry',
    category: ABROAD,
    question: {
      en: 'How do I get my certificate apostilled or legalised for use abroad?',
      ar: 'كيف أحصل على أبوستيل أو تصديق لشهادتي لاستخدامها في الخارج؟',
    },
    answerHtml: {
      en: `<p>An <strong>apostille</strong> confirms that the signature on your certificate is genuine, so that it is accepted in other countries. It can only be added to a certified copy issued by a register office, never to a photocopy.</p><p>The easiest way is to choose “Certified copy with apostille” when you <a href="https://registry.example.gov/certificates/order">order your certificate</a>: we send it to the Legalisation Office for you. This adds <strong>£45</strong> per document and about 5 working days. Countries outside the Apostille Convention may also need the certificate stamped by their embassy.</p>`,
      ar: `<p>يؤكد <strong>الأبوستيل</strong> صحة التوقيع على شهادتك، فتُقبل في الدول الأخرى. ولا يمكن وضعه إلا على نسخة مصدّقة صادرة عن مكتب التسجيل، ولا يُوضع أبدًا على صورة.</p><p>الطريقة الأسهل هي اختيار «نسخة مصدّقة مع أبوستيل» عند <a href="https://registry.example.gov/certificates/order">طلب شهادتك</a>، فنرسلها نحن إلى مكتب التصديقات. يضيف ذلك <strong>45 جنيهًا إسترلينيًا</strong> لكل مستند ونحو 5 أيام عمل. وقد تشترط الدول غير المنضمة إلى اتفاقية لاهاي للأبوستيل أيضًا ختم الشهادة من سفارتها.</p>`,
    },
    keywords: ['apostille', 'legalisation', 'legalization', 'use abroad', 'embassy', 'أبوستيل', 'تصديق', 'السفارة'],
    updatedAt: '2026-08-19T15:25:00Z',
  },
  {
    id: 'civil-registry-023',
    ministryId: 'civil-registry',
    category: ABROAD,
    question: {
      en: 'Do I need a translation of my certificate for another country?',
      ar: 'هل أحتاج إلى ترجمة شهادتي لاستخدامها في بلد آخر؟',
    },
    answerHtml: {
      en: `<p>Our certificates are issued in English only, and we do not provide translations. Many countries ask for a <strong>certified translation</strong> by a sworn or accredited translator. Ask the embassy or the authority that requested the certificate what they accept before you pay for one.</p><p>If you also need an apostille, get the apostille first and then have the translation made, because some countries require the apostille itself to be translated.</p>`,
      ar: `<p>تصدر شهاداتنا باللغة الإنجليزية فقط، ولا نقدّم خدمات الترجمة. وتطلب دول كثيرة <strong>ترجمة معتمدة</strong> يعدّها مترجم محلّف أو معتمد. اسأل السفارة أو الجهة التي طلبت الشهادة عمّا تقبله قبل أن تدفع تكلفة الترجمة.</p><p>وإذا كنت تحتاج أيضًا إلى أبوستيل، فاحصل عليه أولًا ثم اطلب الترجمة، لأن بعض الدول تشترط ترجمة الأبوستيل نفسه أيضًا.</p>`,
    },
    keywords: ['translation', 'translate certificate', 'sworn translator', 'ترجمة', 'مترجم معتمد', 'ترجمة محلفة'],
    updatedAt: '2026-08-19T15:25:00Z',
  },
  {
    id: 'civil-registry-024',
    ministryId: 'civil-registry',
    category: ORDERS,
    serviceId: 'civil-birth-certificate',
    question: {
      en: 'How do I check the status of my certificate order?',
      ar: 'كيف أتحقق من حالة طلب الشهادة الخاص بي؟',
    },
    answerHtml: {
      en: `<p>Use the <a href="https://registry.example.gov/certificates/track">order tracker</a> with your <strong>order number</strong> (ORD followed by 8 digits, in your confirmation email) and the email address you ordered with. It shows whether your order is received, being searched, printed or posted.</p><p>If we cannot find the entry from the details you gave, the status changes to “awaiting information” and we email you. Reply within 28 days or the order is cancelled and refunded, minus a £5 search fee.</p>`,
      ar: `<p>استخدم <a href="https://registry.example.gov/certificates/track">أداة تتبع الطلبات</a> مع <strong>رقم طلبك</strong> (يبدأ بالأحرف ORD يليها 8 أرقام، وتجده في رسالة التأكيد الإلكترونية) وعنوان البريد الإلكتروني الذي استخدمته في الطلب. تُظهر الأداة ما إذا كان طلبك قد استُلم، أو قيد البحث، أو طُبع، أو أُرسل بالبريد.</p><p>إذا لم نتمكن من العثور على القيد من البيانات التي قدّمتها، تتغير الحالة إلى «بانتظار معلومات» ونراسلك بالبريد الإلكتروني. يُرجى الرد خلال 28 يومًا، وإلا أُلغي الطلب واستُرد المبلغ بعد خصم 5 جنيهات رسوم بحث.</p>`,
    },
    keywords: ['order status', 'track order', 'where is my certificate', 'order number', 'حالة الطلب', 'تتبع الطلب'],
    updatedAt: '2026-11-03T10:05:00Z',
  },
  {
    id: 'civil-registry-025',
    ministryId: 'civil-registry',
    category: ORDERS,
    serviceId: 'civil-birth-certificate',
    question: {
      en: 'My certificate has not arrived. What should I do?',
      ar: 'لم تصلني الشهادة. ماذا أفعل؟',
    },
    answerHtml: {
      en: `<p>First check the dispatch date in the <a href="https://registry.example.gov/certificates/track">order tracker</a>: delivery in the UK can take up to 5 working days after posting, and up to 10 abroad.</p><p>If it has still not arrived <strong>10 working days after it was posted</strong>, tell us using the certificate form and choose “My certificate has not arrived”. Check that the delivery address on your confirmation email is correct. We reissue a lost certificate once, free of charge.</p>`,
      ar: `<p>تحقق أولًا من تاريخ الإرسال في <a href="https://registry.example.gov/certificates/track">أداة تتبع الطلبات</a>، فقد يستغرق التوصيل داخل المملكة المتحدة ما يصل إلى 5 أيام عمل بعد الإرسال، وما يصل إلى 10 أيام خارجها.</p><p>إذا لم تصلك الشهادة بعد <strong>10 أيام عمل من إرسالها</strong>، فأبلغنا عبر نموذج الشهادات واختر «لم تصلني الشهادة». وتأكد من صحة عنوان التسليم الوارد في رسالة التأكيد. نعيد إصدار الشهادة المفقودة في البريد مرة واحدة مجانًا.</p>`,
    },
    keywords: ['not arrived', 'not received', 'lost in post', 'delivery', 'لم تصل', 'التوصيل', 'البريد'],
    updatedAt: '2026-11-03T10:05:00Z',
  },
];
