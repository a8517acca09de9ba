import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  FaqEntrySchema,
  fieldErrorsFromIssues,
  LIMITS,
  MinistrySchema,
  safeParse,
  ServiceSchema,
  type FaqEntry,
  type FieldDefinition,
  type LocalizedText,
  type Ministry,
  type Service,
} from '@civic-contact/contract';
import { seed, seedFaqs, seedMinistries, seedServices } from '@civic-contact/core/seed';

function ministryOf(id: string): Ministry {
  const ministry = seedMinistries.find((m) => m.id === id);
  assert.ok(ministry, `unknown ministry ${id}`);
  return ministry;
}

function serviceById(id: string): Service {
  const service = seedServices.find((s) => s.id === id);
  assert.ok(service, `unknown service ${id}`);
  return service;
}

function field(serviceId: string, fieldId: string): FieldDefinition {
  const found = serviceById(serviceId).fields.find((f) => f.id === fieldId);
  assert.ok(found, `unknown field ${serviceId}.${fieldId}`);
  return found;
}

function assertUnique(values: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    assert.ok(!seen.has(value), `duplicate ${what}: ${value}`);
    seen.add(value);
  }
}

/** Every localized text must be in exactly the ministry's languages, none left empty. */
function assertLocales(text: LocalizedText | undefined, ministry: Ministry, where: string): void {
  assert.ok(text, `${where}: missing text`);
  assert.deepEqual(Object.keys(text).sort(), [...ministry.locales].sort(), `${where}: languages`);
  for (const locale of ministry.locales) {
    assert.ok(text[locale]?.trim(), `${where}: empty ${locale} text`);
  }
}

/** Matches a field pattern the way the validator and an HTML `pattern` attribute do. */
function matches(fieldDef: FieldDefinition, answer: string): boolean {
  assert.ok(fieldDef.pattern, `${fieldDef.id} has no pattern`);
  return new RegExp(`^(?:${fieldDef.pattern.regex})$`, 'u').test(answer);
}

const isChoice = (f: FieldDefinition) => f.type === 'single_choice' || f.type === 'multi_choice';

test('the seed object holds the same arrays as the named exports', () => {
  assert.equal(seed.ministries, seedMinistries);
  assert.equal(seed.services, seedServices);
  assert.equal(seed.faqs, seedFaqs);
});

test('every seed item parses with the contract schemas', () => {
  for (const ministry of seedMinistries) {
    const result = safeParse(MinistrySchema, ministry);
    assert.ok(result.success, `ministry ${ministry.id}: ${result.success || JSON.stringify(fieldErrorsFromIssues(result.issues))}`);
  }
  for (const service of seedServices) {
    const result = safeParse(ServiceSchema, service);
    assert.ok(result.success, `service ${service.id}: ${result.success || JSON.stringify(fieldErrorsFromIssues(result.issues))}`);
  }
  for (const faq of seedFaqs) {
    const result = safeParse(FaqEntrySchema, faq);
    assert.ok(result.success, `faq ${faq.id}: ${result.success || JSON.stringify(fieldErrorsFromIssues(result.issues))}`);
  }
});

test('ids are unique: ministries, codes, services, FAQs, entities, fields and options', () => {
  assertUnique(seedMinistries.map((m) => m.id), 'ministry id');
  assertUnique(seedMinistries.map((m) => m.code), 'ministry code');
  assertUnique(seedServices.map((s) => s.id), 'service id');
  assertUnique(seedFaqs.map((f) => f.id), 'FAQ id');
  for (const ministry of seedMinistries) {
    assertUnique(ministry.entities.map((e) => e.id), `entity id in ${ministry.id}`);
    assertUnique(ministry.holidays.map((h) => h.date), `holiday date in ${ministry.id}`);
  }
  for (const service of seedServices) {
    assertUnique(service.fields.map((f) => f.id), `field id in ${service.id}`);
    for (const f of service.fields) {
      assertUnique((f.options ?? []).map((o) => o.value), `option of ${service.id}.${f.id}`);
    }
  }
});

test('ministries cover English plus French, Spanish and Arabic, and several time-zone behaviours', () => {
  const second = seedMinistries.map((m) => {
    assert.equal(m.defaultLocale, 'en');
    assert.equal(m.locales[0], 'en', `${m.id} lists en first`);
    assert.equal(m.locales.length, 2, `${m.id} has one second language`);
    return m.locales[1];
  });
  assert.deepEqual([...second].sort(), ['ar', 'es', 'fr']);

  const offsetMinutes = (timeZone: string, isoInstant: string) => {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(isoInstant))
      .find((p) => p.type === 'timeZoneName')?.value;
    const match = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(part ?? '');
    assert.ok(match, `offset of ${timeZone}`);
    return match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  };
  const observesDst = seedMinistries.map(
    (m) => offsetMinutes(m.timeZone, '2026-01-15T12:00:00Z') !== offsetMinutes(m.timeZone, '2026-07-15T12:00:00Z'),
  );
  assert.ok(observesDst.includes(true), 'at least one ministry observes daylight saving time');
  assert.ok(observesDst.includes(false), 'at least one ministry does not');
});

test('every localized text is in exactly its ministry’s languages', () => {
  for (const ministry of seedMinistries) {
    assertLocales(ministry.name, ministry, `${ministry.id} name`);
    for (const h of ministry.holidays) assertLocales(h.name, ministry, `${ministry.id} holiday ${h.date}`);
    for (const e of ministry.entities) assertLocales(e.name, ministry, `${ministry.id} entity ${e.id}`);
  }
  for (const service of seedServices) {
    const ministry = ministryOf(service.ministryId);
    for (const key of ['group', 'name', 'description'] as const) {
      assertLocales(service[key], ministry, `${service.id} ${key}`);
    }
    for (const f of service.fields) {
      const where = `${service.id}.${f.id}`;
      assertLocales(f.label, ministry, `${where} label`);
      if (f.help) assertLocales(f.help, ministry, `${where} help`);
      if (f.pattern) assertLocales(f.pattern.message, ministry, `${where} pattern message`);
      for (const o of f.options ?? []) {
        assertLocales(o.label, ministry, `${where}=${o.value} label`);
        if (o.prompt) assertLocales(o.prompt, ministry, `${where}=${o.value} prompt`);
      }
    }
  }
  for (const faq of seedFaqs) {
    const ministry = ministryOf(faq.ministryId);
    for (const key of ['category', 'question', 'answerHtml'] as const) {
      assertLocales(faq[key], ministry, `${faq.id} ${key}`);
    }
  }
});

test('holidays are real calendar dates in 2026–2027, in order, on weekdays the centre would open', () => {
  for (const ministry of seedMinistries) {
    assert.ok(ministry.holidays.length >= 8, `${ministry.id} has its public holidays`);
    const openDays = new Set(ministry.businessHours.map((h) => h.day));
    let previous = '';
    for (const { date } of ministry.holidays) {
      assert.match(date, /^202[67]-\d{2}-\d{2}$/, `${ministry.id} holiday ${date} in 2026–2027`);
      const parsed = new Date(`${date}T00:00:00Z`);
      assert.equal(parsed.toISOString().slice(0, 10), date, `${ministry.id} holiday ${date} is a real date`);
      assert.ok(date > previous, `${ministry.id} holidays are in date order (${date})`);
      previous = date;
      // Holidays on a closed day change nothing; listing one is harmless but an observed day must be open.
      if (/observed|substitute/i.test(ministry.holidays.find((h) => h.date === date)?.name.en ?? '')) {
        const isoDay = parsed.getUTCDay() === 0 ? 7 : parsed.getUTCDay();
        assert.ok(openDays.has(isoDay), `${ministry.id} observed holiday ${date} falls on an open day`);
      }
    }
    for (const year of ['2026', '2027']) {
      assert.ok(ministry.holidays.some((h) => h.date.startsWith(`${year}-01-01`)), `${ministry.id} has New Year ${year}`);
    }
  }
});

test('business hours are well-formed: one range per day, open before close', () => {
  for (const ministry of seedMinistries) {
    assert.ok(ministry.businessHours.length > 0, `${ministry.id} opens at some point`);
    assertUnique(ministry.businessHours.map((h) => String(h.day)), `business day of ${ministry.id}`);
    for (const { day, open, close } of ministry.businessHours) {
      assert.ok(Number.isInteger(day) && day >= 1 && day <= 7, `${ministry.id} day ${day}`);
      assert.match(open, /^([01]\d|2[0-3]):[0-5]\d$/);
      assert.match(close, /^([01]\d|2[0-3]):[0-5]\d$/);
      assert.ok(open < close, `${ministry.id} day ${day}: ${open} < ${close}`);
    }
    assert.ok(ministry.callbackSlotMinutes > 0 && ministry.callbackCapacity > 0);
    assert.match(ministry.contact.email, /^[a-z.]+@[a-z.]+\.example\.gov$/, `${ministry.id} uses a fictional domain`);
  }
});

test('services point at an existing ministry and one of its entities', () => {
  for (const service of seedServices) {
    const ministry = ministryOf(service.ministryId);
    assert.ok(
      ministry.entities.some((e) => e.id === service.entityId),
      `${service.id} routes to ${service.entityId}, an entity of ${ministry.id}`,
    );
    assert.ok(service.id.startsWith(service.ministryId.split('-')[0] ?? ''), `${service.id} is named after its ministry`);
  }
  for (const ministry of seedMinistries) {
    const count = seedServices.filter((s) => s.ministryId === ministry.id).length;
    assert.ok(count >= 4 && count <= 6, `${ministry.id} has 4–6 services (has ${count})`);
  }
});

test('field definitions are consistent with their type', () => {
  for (const service of seedServices) {
    for (const f of service.fields) {
      const where = `${service.id}.${f.id}`;
      assert.match(f.id, /^[a-z][a-z0-9_]*$/, where);
      assert.equal(isChoice(f), Boolean(f.options), `${where}: options only, and always, on choice fields`);
      if (f.options) assert.ok(f.options.length >= 2, `${where}: a choice needs at least two options`);
      if (f.pattern) assert.equal(f.type, 'string', `${where}: patterns only on string fields`);
      if (f.dateRange) assert.equal(f.type, 'date', `${where}: dateRange only on date fields`);
      if (f.min !== undefined || f.max !== undefined || f.integer !== undefined) {
        assert.equal(f.type, 'number', `${where}: bounds only on number fields`);
      }
      if (f.min !== undefined && f.max !== undefined) assert.ok(f.min < f.max, `${where}: min < max`);
      if (f.minLength !== undefined || f.maxLength !== undefined) {
        assert.ok(f.type === 'string' || f.type === 'text', `${where}: lengths only on string/text fields`);
      }
      if (f.minLength !== undefined && f.maxLength !== undefined) {
        assert.ok(f.minLength < f.maxLength, `${where}: minLength < maxLength`);
      }
      const cap = f.type === 'string' ? LIMITS.stringFieldMaxLength : LIMITS.textFieldMaxLength;
      if (f.maxLength !== undefined) assert.ok(f.maxLength <= cap, `${where}: maxLength within the contract limit`);
      if (f.pattern) assert.doesNotThrow(() => new RegExp(f.pattern?.regex ?? '', 'u'), `${where}: pattern compiles`);
    }
  }
});

test('every requiredWhen names another choice field of the same service and real option values', () => {
  let conditions = 0;
  for (const service of seedServices) {
    for (const f of service.fields) {
      if (!f.requiredWhen) continue;
      conditions++;
      const where = `${service.id}.${f.id}`;
      assert.equal(f.required, false, `${where}: a conditional field is not also always required`);
      assert.notEqual(f.requiredWhen.field, f.id, `${where}: does not depend on itself`);
      const target = service.fields.find((t) => t.id === f.requiredWhen?.field);
      assert.ok(target, `${where}: requiredWhen field ${f.requiredWhen.field} exists`);
      assert.ok(isChoice(target), `${where}: requiredWhen field ${target.id} is a choice field`);
      const values = new Set((target.options ?? []).map((o) => o.value));
      for (const value of f.requiredWhen.equals) {
        assert.ok(values.has(value), `${where}: ${target.id} has an option "${value}"`);
      }
    }
  }
  assert.ok(conditions >= 10, 'the seed exercises conditional fields');
});

test('attachment limits agree with themselves', () => {
  for (const service of seedServices) {
    const { maxFiles, maxBytes, types } = service.attachments;
    if (maxFiles === 0) {
      assert.equal(types.length, 0, `${service.id}: no types when no files are accepted`);
    } else {
      assert.ok(types.length > 0 && maxBytes > 0, `${service.id}: accepted files have types and a size`);
      assertUnique(types, `attachment type of ${service.id}`);
    }
  }
});

test('the seed covers what the widgets must demonstrate', () => {
  const allFields = seedServices.flatMap((s) => s.fields);
  for (const type of ['string', 'text', 'number', 'date', 'single_choice', 'multi_choice'] as const) {
    assert.ok(allFields.some((f) => f.type === type), `some field is a ${type}`);
  }
  for (const range of ['past', 'future', 'any'] as const) {
    assert.ok(allFields.some((f) => f.dateRange === range), `some date field is ${range}`);
  }
  // An option that prompts for more information and makes another field required.
  const promptedAndRequired = seedServices.flatMap((s) =>
    s.fields.flatMap((f) =>
      (f.options ?? [])
        .filter((o) => o.prompt)
        .filter((o) => s.fields.some((d) => d.requiredWhen?.field === f.id && d.requiredWhen.equals.includes(o.value)))
        .map((o) => `${s.id}.${f.id}=${o.value}`),
    ),
  );
  assert.ok(promptedAndRequired.length >= 5, `prompt + requiredWhen pairs: ${promptedAndRequired.join(', ')}`);

  const roads = serviceById('transport-road-defects');
  assert.equal(roads.anonymousAllowed, true);
  assert.equal(roads.location, 'required');
  assert.ok(roads.attachments.maxFiles > 0 && roads.attachments.types.includes('image/jpeg'), 'pothole photos');

  const licence = serviceById('transport-licence-status');
  assert.equal(licence.anonymousAllowed, false, 'licence status needs the name');
  assert.equal(field('transport-licence-status', 'licence_number').required, true);

  assert.ok(seedServices.some((s) => s.attachments.maxFiles === 0), 'some service takes no attachments');
  assert.ok(seedServices.some((s) => s.attachments.types.includes('application/pdf')), 'some service takes scans');
  assert.ok(seedServices.some((s) => !s.callbacks) && seedServices.some((s) => s.callbacks));
  for (const contact of ['email_or_phone', 'email_and_phone'] as const) {
    assert.ok(seedServices.some((s) => s.contact === contact), `some service asks for ${contact}`);
  }
});

test('field patterns accept the examples they show and reject near misses', () => {
  const cases: Array<[string, string, string[], string[]]> = [
    ['transport-licence-status', 'licence_number', ['D1234567'], ['D123456', 'd1234567', 'DL1234567', ' D1234567']],
    ['transport-driving-test', 'permit_number', ['M7654321'], ['7654321']],
    ['transport-vehicle-registration', 'plate_number', ['ABC1234', 'KX55'], ['ABC 1234', 'abc1234', 'A']],
    ['transport-vehicle-registration', 'vin', ['1HGCM82633A004352'], ['1HGCM82633A00435I', '1HGCM82633A00435']],
    ['transport-bus-service', 'route', ['12', 'X27', 'M15', 'B44A'], ['12 north', 'route 12', '']],
    ['transport-bus-service', 'incident_time', ['08:45', '17:40', '00:00'], ['8:45', '24:00', '17.40']],
    ['transport-bus-service', 'bus_number', ['4127'], ['412', '41270']],
    ['health-card', 'health_card_number', ['1234-567-890', '1234567890'], ['12345', '1234-567-89O']],
    ['health-hospital-waiting-times', 'hospital_number', ['CG123456'], ['cg123456', 'CG12345']],
    ['civil-birth-certificate', 'order_number', ['ORD-20261234', 'ORD20261234'], ['ORD-2026123', '20261234']],
    ['civil-certificate-correction', 'entry_number', ['2019/004521', '1952/17'], ['19/4521', '2019-004521']],
  ];
  for (const [serviceId, fieldId, good, bad] of cases) {
    const f = field(serviceId, fieldId);
    for (const answer of good) assert.ok(matches(f, answer), `${serviceId}.${fieldId} accepts "${answer}"`);
    for (const answer of bad) assert.ok(!matches(f, answer), `${serviceId}.${fieldId} rejects "${answer}"`);
  }
});

test('each ministry has at least 20 FAQs, 75 in all, linked to its own services', () => {
  assert.ok(seedFaqs.length >= 75, `at least 75 FAQs (has ${seedFaqs.length})`);
  for (const ministry of seedMinistries) {
    const faqs = seedFaqs.filter((f) => f.ministryId === ministry.id);
    assert.ok(faqs.length >= 20, `${ministry.id} has at least 20 FAQs (has ${faqs.length})`);
  }
  for (const faq of seedFaqs) {
    ministryOf(faq.ministryId);
    assert.match(faq.id, new RegExp(`^${faq.ministryId}-\\d{3}$`), `${faq.id} is numbered within its ministry`);
    if (faq.serviceId) {
      assert.equal(serviceById(faq.serviceId).ministryId, faq.ministryId, `${faq.id} links to its ministry's service`);
    }
    assert.ok(!Number.isNaN(Date.parse(faq.updatedAt)), `${faq.id} updatedAt`);
  }
});

const ALLOWED_TAGS = new Set(['p', 'ul', 'ol', 'li', 'strong', 'em', 'a']);

/** Checks the answer is the simple HTML the widgets render: allowed tags, balanced, https links only. */
function assertSafeHtml(html: string, where: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>/g;
  for (const [, closing, rawName, attributes] of html.matchAll(tag)) {
    const name = (rawName ?? '').toLowerCase();
    assert.ok(ALLOWED_TAGS.has(name), `${where}: <${name}> is not allowed`);
    if (closing) {
      assert.equal(stack.pop(), name, `${where}: </${name}> closes the open tag`);
      assert.equal(attributes, '', `${where}: </${name}> has no attributes`);
    } else if (name === 'a') {
      assert.match(attributes ?? '', /^ href="https:\/\/[a-z-]+\.example\.gov\/[^"\s<>]*"$/, `${where}: <a> has only an https href`);
      stack.push(name);
    } else {
      assert.equal(attributes, '', `${where}: <${name}> has no attributes`);
      stack.push(name);
    }
  }
  assert.deepEqual(stack, [], `${where}: every tag is closed`);
  const text = html.replace(tag, '');
  assert.ok(!/[<>]/.test(text), `${where}: no stray angle brackets`);
  assert.ok(!/&(?!amp;|lt;|gt;|quot;|#39;)/.test(text), `${where}: no unknown entities`);
  assert.ok(html.startsWith('<p>') || html.startsWith('<ul>') || html.startsWith('<ol>'), `${where}: starts with a block`);
}

test('FAQ answers use only safe, simple HTML', () => {
  for (const faq of seedFaqs) {
    for (const [locale, html] of Object.entries(faq.answerHtml)) assertSafeHtml(html, `${faq.id} (${locale})`);
  }
});

test('the HTML check rejects what it must', () => {
  const rejects = (html: string) => assert.throws(() => assertSafeHtml(html, 'sample'), assert.AssertionError, html);
  rejects('<p>Hi<script>alert(1)</script></p>');
  rejects('<p onclick="x()">Hi</p>');
  rejects('<p><a href="javascript:alert(1)">x</a></p>');
  rejects('<p><a href="http://health.example.gov/">x</a></p>');
  rejects('<p><img src="https://health.example.gov/x.png"></p>');
  rejects('<p>unclosed');
  assert.doesNotThrow(() => assertSafeHtml('<p>A <a href="https://health.example.gov/x">link</a></p>', 'sample'));
});

test('English answers are 40 to 150 words and every question is a question', () => {
  const words = (html: string) => html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
  for (const faq of seedFaqs) {
    const count = words(faq.answerHtml.en ?? '');
    assert.ok(count >= 40 && count <= 150, `${faq.id}: ${count} words in English`);
    for (const [locale, question] of Object.entries(faq.question)) {
      assert.match(question, /[?؟]$/, `${faq.id} (${locale}) ends with a question mark`);
    }
  }
});

test('translations are not copies of the English text', () => {
  const check = (text: LocalizedText, where: string) => {
    for (const [locale, value] of Object.entries(text)) {
      if (locale !== 'en') assert.notEqual(value, text.en, `${where} (${locale}) is translated`);
    }
  };
  for (const faq of seedFaqs) {
    check(faq.question, `${faq.id} question`);
    check(faq.answerHtml, `${faq.id} answer`);
  }
  for (const faq of seedFaqs.filter((f: FaqEntry) => f.ministryId === 'civil-registry')) {
    assert.match(faq.answerHtml.ar ?? '', /[\u0600-\u06FF]{3}/, `${faq.id} Arabic answer is in Arabic script`);
  }
});
