/**
 * Shared constants of the v1 contract: statuses, limits, header names and problem types.
 * Everything here is plain data so that the SDK, the components, the mock and the server
 * agree on the same values without importing each other.
 */

/** Version segment of every path of the HTTP contract. */
export const API_VERSION = 'v1';

/** Ticket statuses, in the order a ticket normally moves through them. */
export const TICKET_STATUSES = [
  'received',
  'assigned',
  'in_progress',
  'awaiting_citizen',
  'resolved',
  'closed',
  'reopened',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Statuses that count as "open" for backlog figures. */
export const OPEN_TICKET_STATUSES: readonly TicketStatus[] = [
  'received',
  'assigned',
  'in_progress',
  'awaiting_citizen',
  'reopened',
];

/** The channels a ticket can arrive through; the widgets always file `web`. */
export const CHANNELS = ['web', 'phone', 'email', 'walk_in', 'social'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Dynamic field types a service definition may use (Open311-style attributes). */
export const FIELD_TYPES = ['string', 'text', 'number', 'date', 'single_choice', 'multi_choice'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Which contact details a service asks for; one of them becomes the ticket's verifier. */
export const CONTACT_REQUIREMENTS = ['email', 'phone', 'email_or_phone', 'email_and_phone'] as const;
export type ContactRequirement = (typeof CONTACT_REQUIREMENTS)[number];

/** Whether a service needs an address or location. */
export const LOCATION_REQUIREMENTS = ['none', 'optional', 'required'] as const;
export type LocationRequirement = (typeof LOCATION_REQUIREMENTS)[number];

/** Attachment content types the contact centre can accept (sniffed from bytes by the server). */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** Locales the widgets ship strings for; ministries may add others for their own content. */
export const SUPPORTED_LOCALES = ['en', 'fr', 'es', 'ar'] as const;
/** Locales written right to left. */
export const RTL_LOCALES: readonly string[] = ['ar', 'he', 'fa', 'ur'];

/** Length and size limits enforced by every party. */
export const LIMITS = {
  subjectMaxLength: 150,
  descriptionMaxLength: 5000,
  nameMaxLength: 200,
  emailMaxLength: 254,
  stringFieldMaxLength: 500,
  textFieldMaxLength: 5000,
  addressMaxLength: 300,
  reasonMaxLength: 1000,
  /** A comment with feedback: "did this answer your question?" and how satisfied a citizen is with a ticket. */
  feedbackCommentMaxLength: 1000,
  searchQueryMaxLength: 200,
  searchLimitMax: 20,
  searchLimitDefault: 5,
  attachmentsPerComplaintMax: 10,
  attachmentMaxBytes: 20 * 1024 * 1024,
  ticketPageSizeMax: 100,
  ticketPageSizeDefault: 25,
  slotDaysMax: 31,
  slotDaysDefault: 7,
  idempotencyKeyMinLength: 8,
  idempotencyKeyMaxLength: 255,
} as const;

/** HTTP header names of the contract. */
export const HEADERS = {
  siteKey: 'X-Site-Key',
  authorization: 'Authorization',
  idempotencyKey: 'Idempotency-Key',
  /** The email or phone given when filing: proves the caller may read a ticket. Never sent in a URL. */
  verifier: 'X-Civic-Verifier',
  /** A solved proof-of-work challenge (`GET /v1/challenge`), on public writes with a site key. */
  proof: 'X-Civic-Proof',
  retryAfter: 'Retry-After',
  requestId: 'X-Request-Id',
} as const;

/** Stable RFC 9457 problem `type` values (those of rating a ticket are `SATISFACTION_PROBLEM_TYPES`). */
export const PROBLEM_TYPES = {
  validation: 'urn:civic-contact:problem:validation',
  badRequest: 'urn:civic-contact:problem:bad-request',
  unauthorized: 'urn:civic-contact:problem:unauthorized',
  forbidden: 'urn:civic-contact:problem:forbidden',
  notFound: 'urn:civic-contact:problem:not-found',
  methodNotAllowed: 'urn:civic-contact:problem:method-not-allowed',
  conflict: 'urn:civic-contact:problem:conflict',
  idempotencyConflict: 'urn:civic-contact:problem:idempotency-conflict',
  illegalTransition: 'urn:civic-contact:problem:illegal-transition',
  slotFull: 'urn:civic-contact:problem:slot-full',
  payloadTooLarge: 'urn:civic-contact:problem:payload-too-large',
  unsupportedMediaType: 'urn:civic-contact:problem:unsupported-media-type',
  rateLimited: 'urn:civic-contact:problem:rate-limited',
  /** A public write with a site key without a valid, unused proof of work (`GET /v1/challenge`); a fresh one may pass. */
  proofRequired: 'urn:civic-contact:problem:proof-required',
  internal: 'urn:civic-contact:problem:internal',
  unavailable: 'urn:civic-contact:problem:unavailable',
  insufficientStorage: 'urn:civic-contact:problem:insufficient-storage',
} as const;
export type ProblemType = (typeof PROBLEM_TYPES)[keyof typeof PROBLEM_TYPES];

/** Codes of per-field validation errors, stable so that components can localise them. */
export const FIELD_ERROR_CODES = [
  'required',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'not_integer',
  'invalid_type',
  'invalid_format',
  'invalid_email',
  'invalid_phone',
  'invalid_date',
  'date_in_future',
  'date_in_past',
  'invalid_choice',
  'too_many',
  'unknown_field',
  'not_allowed',
  'invalid_reference',
  'invalid_value',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** Callback statuses. */
export const CALLBACK_STATUSES = ['scheduled', 'cancelled', 'completed'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

/** How a day appears in the callback slot listing: closed days are shown, not hidden. */
export const SLOT_DAY_STATUSES = ['open', 'closed', 'holiday', 'past'] as const;
export type SlotDayStatus = (typeof SLOT_DAY_STATUSES)[number];
