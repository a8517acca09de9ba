/**
 * Shared fixtures of the `<civic-complaint-form>` tests. It has no tests of its own; the
 * `.test.ts` name keeps it out of the package build.
 */
import { expect } from 'chai';
import { html } from 'lit';
import type { AgentTicket, FaqEntry, Service } from '@civic-contact/contract';
import { seed } from '@civic-contact/core/seed';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import '../provider/provider.ts';
import { getLocale } from '../i18n/localization.ts';
import './complaint-form.ts';
import type { CivicComplaintForm } from './complaint-form.ts';
import type { StringOverrides } from '../context/contexts.ts';
import { templates as arabicForm } from '../i18n/locales/ar/complaint-form.ts';
import { templates as arabicShared } from '../i18n/locales/ar/shared.ts';
import { $, startOn, type Widget } from '../test-support/dom.ts';
import { arabicOf, place, type Lang, until } from '../test-support/fixtures.ts';

export { $, $$, press, text } from '../test-support/dom.ts';
export { expectAccessible, focused, problem, sleep, until } from '../test-support/fixtures.ts';
export { LANGS, type Lang } from '../test-support/fixtures.ts';

/** The Arabic this element can show: its own strings and those shared by every element. */
const ARABIC = { ...arabicShared, ...arabicForm };

/** Arabic words to assert on: a template's fixed text, or its longest fixed piece. */
export const { text: arabic, phrase: arabicPhrase } = arabicOf(ARABIC);

/** Words the citizen sees, in each language. */
export const WORDS = {
  en: {
    problem: 'There is a problem',
    errorPrefix: 'Error:',
    continue: 'Continue',
    optional: '(optional)',
    pickerTitle: 'What is your complaint about?',
    subjectRequired: 'Enter a subject',
    descriptionRequired: 'Describe your complaint',
    checkTitle: 'Check your answers before sending your complaint',
    change: 'Change',
    submit: 'Submit complaint',
    sending: 'Sending…',
    tryAgain: 'Try again',
    sendFailed: 'We could not send your complaint. Your answers are kept. Try again.',
    doneTitle: 'Complaint sent',
    faqTitle: 'These may answer your question',
    copied: 'Reference copied',
  },
  ar: {
    problem: arabic('shared.error-summary-title'),
    errorPrefix: arabic('shared.error-prefix'),
    continue: arabic('complaint-form.continue'),
    optional: arabic('complaint-form.optional'),
    pickerTitle: arabic('complaint-form.picker-title'),
    subjectRequired: arabic('complaint-form.error.subject-required'),
    descriptionRequired: arabic('complaint-form.error.description-required'),
    checkTitle: arabic('complaint-form.check-title'),
    change: arabic('complaint-form.change'),
    submit: arabic('complaint-form.submit'),
    sending: arabic('complaint-form.submitting'),
    tryAgain: arabic('complaint-form.try-again'),
    sendFailed: arabic('complaint-form.send-failed'),
    doneTitle: arabic('complaint-form.done-title'),
    faqTitle: arabic('complaint-form.faq-title'),
    copied: arabic('complaint-form.copied'),
  },
} as const;

/** A service of the civil registry (English and Arabic) with every kind of field, for the field tests. */
export const EVERY_FIELD: Service = {
  id: 'registry-every-field',
  ministryId: 'civil-registry',
  group: { en: 'Archives', ar: 'الأرشيف' },
  name: { en: 'Archive searches', ar: 'البحث في الأرشيف' },
  description: { en: 'Ask us to search the old registers.', ar: 'اطلب منا البحث في السجلات القديمة.' },
  entityId: 'certificates',
  contact: 'email',
  anonymousAllowed: false,
  location: 'optional',
  attachments: { maxFiles: 2, maxBytes: 1024 * 1024, types: ['image/png', 'application/pdf'] },
  responseTargetDays: 10,
  callbacks: false,
  fields: [
    {
      id: 'register_ref',
      type: 'string',
      label: { en: 'Register reference', ar: 'مرجع السجل' },
      help: { en: 'Printed on the letter we sent you.', ar: 'مطبوع على الرسالة التي أرسلناها إليك.' },
      required: true,
      maxLength: 20,
    },
    { id: 'notes', type: 'text', label: { en: 'Notes', ar: 'ملاحظات' }, required: false, maxLength: 500 },
    { id: 'copies', type: 'number', label: { en: 'Copies', ar: 'عدد النسخ' }, required: false, integer: true, min: 1, max: 10 },
    { id: 'search_date', type: 'date', label: { en: 'Date of the event', ar: 'تاريخ الواقعة' }, required: true, dateRange: 'past' },
    {
      id: 'office',
      type: 'single_choice',
      label: { en: 'Register office', ar: 'مكتب التسجيل' },
      required: true,
      options: Array.from({ length: 10 }, (_, index) => ({
        value: `office_${index + 1}`,
        label: { en: `Office ${index + 1}`, ar: `المكتب ${index + 1}` },
      })),
    },
    {
      id: 'reply_by',
      type: 'single_choice',
      label: { en: 'How should we send the result?', ar: 'كيف نرسل إليك النتيجة؟' },
      required: true,
      options: [
        { value: 'post', label: { en: 'By post', ar: 'بالبريد' } },
        { value: 'email', label: { en: 'By email', ar: 'بالبريد الإلكتروني' } },
      ],
    },
    {
      id: 'records',
      type: 'multi_choice',
      label: { en: 'Which records?', ar: 'أي السجلات؟' },
      help: { en: 'Select all that apply.', ar: 'اختر كل ما ينطبق.' },
      required: true,
      options: [
        { value: 'births', label: { en: 'Births', ar: 'المواليد' } },
        { value: 'deaths', label: { en: 'Deaths', ar: 'الوفيات' } },
        {
          value: 'other',
          label: { en: 'Other records', ar: 'سجلات أخرى' },
          prompt: { en: 'Name the records in the box below.', ar: 'اذكر السجلات في الخانة أدناه.' },
        },
      ],
    },
    {
      id: 'other_records',
      type: 'string',
      label: { en: 'Other records', ar: 'السجلات الأخرى' },
      required: false,
      requiredWhen: { field: 'records', equals: ['other'] },
    },
  ],
};

function filler(id: string, group: Service['group']): Service {
  return {
    ...EVERY_FIELD,
    id,
    group,
    name: { en: `Filler ${id}`, ar: `خدمة ${id}` },
    description: { en: 'Nothing to see here.', ar: 'لا شيء هنا.' },
    fields: [],
  };
}

/**
 * A contact centre with the demo seed; `manyServices` gives the civil registry eight, with
 * {@link EVERY_FIELD}; `faqs` adds FAQs.
 */
export async function createMock(options: { manyServices?: boolean; faqs?: FaqEntry[] } = {}): Promise<MockContactCentre> {
  const services = options.manyServices
    ? [...seed.services, EVERY_FIELD, filler('registry-filler-a', EVERY_FIELD.group), filler('registry-filler-b', { en: 'Fees', ar: 'الرسوم' })]
    : seed.services;
  return createMockContactCentre({ seed: { ...seed, services, faqs: [...seed.faqs, ...(options.faqs ?? [])] } });
}

/** Options of {@link mount}. */
export interface MountOptions {
  mock: MockContactCentre;
  ministry?: string;
  service?: string;
  lang?: Lang;
  fetch?: typeof globalThis.fetch;
  trackUrl?: string;
  strings?: StringOverrides;
  /** Sets `update-title`: the page title follows the step. */
  updateTitle?: boolean;
}


/** The form inside a provider, in a page landmark, once its catalogue has loaded. */
export async function mount(options: MountOptions): Promise<CivicComplaintForm> {
  const { mock } = options;
  const container = place(
    html`<civic-contact-provider
      api-base=${mock.baseUrl}
      site-key=${mock.keys.site[options.ministry ?? 'civil-registry']!}
      lang=${options.lang ?? 'en'}
      .fetch=${options.fetch ?? mock.fetch}
      .strings=${options.strings ?? {}}
    >
      <civic-complaint-form
        service=${options.service ?? ''}
        track-url=${options.trackUrl ?? ''}
        ?update-title=${options.updateTitle ?? false}
      ></civic-complaint-form>
    </civic-contact-provider>`,
  );
  const form = container.querySelector('civic-complaint-form')!;
  await until(() => Boolean(form.shadowRoot?.querySelector('form')), 'the form');
  await until(() => getLocale() === (options.lang ?? 'en'), 'the strings of the language');
  await startOn(form, later);
  return form;
}

/** The steps after the form, which the citizen starting on it fetches. */
const later = () => import('./later.ts');

/** Mounts the form on its own, with its own `api-base` and `site-key`. */
export async function mountStandalone(mock: MockContactCentre, service: string, fetch: typeof globalThis.fetch): Promise<CivicComplaintForm> {
  const container = place(
    html`<civic-complaint-form
      api-base=${mock.baseUrl}
      site-key=${mock.keys.site['civil-registry']!}
      service=${service}
      lang="en"
      .fetch=${fetch}
    ></civic-complaint-form>`,
  );
  const form = container.querySelector('civic-complaint-form')!;
  await until(() => Boolean(form.shadowRoot?.querySelector('form')), 'the form');
  await startOn(form, later);
  return form;
}

/** The control of a field, by its key (`subject`, `answers.clinic`, `citizen.email`). */
export function control<T extends HTMLElement = HTMLInputElement>(form: Widget, key: string): T {
  return $<T>(form, `[data-field="${key}"] input, [data-field="${key}"] textarea, [data-field="${key}"] select`);
}

/** The field's group: label, hint, error and control. */
export function group(form: CivicComplaintForm, key: string): HTMLElement {
  return $(form, `[data-field="${key}"]`);
}

/** Types into a field as a person would: the value changes and `input` fires. */
export async function type(form: Widget, key: string, text: string): Promise<void> {
  const input = control<HTMLInputElement | HTMLTextAreaElement>(form, key);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  await form.updateComplete;
}

/** Clicks the radio or checkbox of `value`, or picks it in a select. */
export async function choose(form: Widget, key: string, value: string): Promise<void> {
  const select = form.shadowRoot!.querySelector<HTMLSelectElement>(`[data-field="${key}"] select`);
  if (select) {
    select.value = value;
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  } else {
    $<HTMLInputElement>(form, `[data-field="${key}"] input[value="${value}"]`).click();
  }
  await form.updateComplete;
}

/** The key of the field an error summary link goes to: its `href` names the field's control. */
export function linkKey(form: CivicComplaintForm, link: HTMLAnchorElement): string | undefined {
  return form.shadowRoot!.querySelector(link.getAttribute('href')!)?.closest<HTMLElement>('[data-field]')?.dataset['field'];
}

/** The error summary's links. */
export function summaryLinks(form: CivicComplaintForm): HTMLAnchorElement[] {
  return [...form.shadowRoot!.querySelectorAll<HTMLAnchorElement>('#cf-error-summary a')];
}

/** The keys of the fields the error summary links to, in its order. */
export function summaryKeys(form: CivicComplaintForm): Array<string | undefined> {
  return summaryLinks(form).map((link) => linkKey(form, link));
}

/** A day before `from` (the browser's today unless said): for dates a field checks against today. */
export function daysAgo(days: number, from = Date.now()): string {
  return new Date(from - days * 86_400_000).toISOString().slice(0, 10);
}

/** A ticket as an agent sees it (the SDK refuses secret keys in a browser, so the raw API). */
export async function agentTicket(mock: MockContactCentre, ministry: string, reference: string): Promise<AgentTicket> {
  const response = await mock.fetch(`${mock.baseUrl}/v1/agent/tickets/${reference}`, {
    headers: { Authorization: `Bearer ${mock.keys.secret[ministry]!}` },
  });
  expect(response.status, await response.clone().text()).to.equal(200);
  return (await response.json()) as AgentTicket;
}

/** References of the tickets filed for a service. */
export async function ticketsOf(mock: MockContactCentre, ministry: string, service: string): Promise<string[]> {
  const response = await mock.fetch(`${mock.baseUrl}/v1/agent/tickets?service=${service}&limit=100`, {
    headers: { Authorization: `Bearer ${mock.keys.secret[ministry]!}` },
  });
  expect(response.status).to.equal(200);
  const { items } = (await response.json()) as { items: Array<{ reference: string }> };
  return items.map((item) => item.reference);
}

/** Fills in a complete, valid complaint for the civil registry's general enquiries (a short form). */
export async function fillEnquiry(form: CivicComplaintForm, subject = 'How to register a birth abroad'): Promise<void> {
  await type(form, 'subject', subject);
  await type(form, 'description', 'My son was born in Spain last month. What do I need to register his birth here?');
  await choose(form, 'answers.topic', 'register_birth');
  await type(form, 'answers.question', 'Which documents do I need to bring?');
  await type(form, 'citizen.email', 'amira@example.com');
}

/** Presses Continue and waits for the step that follows. */
export async function pressContinue(form: Widget): Promise<void> {
  $<HTMLButtonElement>(form, 'form:not([hidden]) [part="continue-button"]').click();
  await form.updateComplete;
  await form.updateComplete;
}

/** A fetch that answers from the mock, counting and recording the complaint submissions, and able to fail them. */
export function complaintsFetch(mock: MockContactCentre) {
  const state = {
    /** Idempotency-Key of every POST /v1/complaints that was attempted. */
    keys: [] as string[],
    /** What the next complaint submissions meet: the mock, a dropped connection, or a prepared answer. */
    mode: 'pass' as 'pass' | 'offline' | 'lost-answer' | 'hold',
    answer: undefined as (() => Response) | undefined,
    /** Resolves held submissions (mode 'hold'). */
    release: undefined as (() => void) | undefined,
  };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.method === 'POST' && new URL(request.url).pathname === '/v1/complaints') {
      state.keys.push(request.headers.get('Idempotency-Key') ?? '');
      if (state.answer) return state.answer();
      if (state.mode === 'offline') throw new TypeError('Failed to fetch');
      if (state.mode === 'hold') await new Promise<void>((resolve) => (state.release = resolve));
      const response = await mock.fetch(request);
      // The contact centre filed it, but the answer never came back.
      if (state.mode === 'lost-answer') throw new TypeError('Failed to fetch');
      return response;
    }
    return mock.fetch(request);
  };
  return { fetch, state };
}

