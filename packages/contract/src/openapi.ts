import { toJsonSchema, toJsonSchemaDefs, type ConversionConfig, type JSONSchema7 as JsonSchema7 } from '@valibot/to-json-schema';
import { optional, string, type Literal, type LiteralSchema, type RegexAction } from 'valibot';
import { API_VERSION, HEADERS } from './constants.ts';
import { DATE_PATTERN, DATE_TIME_PATTERN, EMAIL_PATTERN, LocalizedTextSchema, VISIBLE_PATTERN } from './common.ts';
import { FieldErrorSchema, ProblemSchema } from './problem.ts';
import { FieldDefinitionSchema, MinistrySchema, ServiceCatalogueSchema, ServiceSchema, ServicesQuerySchema } from './service.ts';
import { CitizenSchema, ComplaintCreateRequestSchema, ComplaintCreatedSchema, LocationSchema } from './complaint.ts';
import { AttachmentSchema } from './attachment.ts';
import {
  AgentTicketSchema,
  AgentTicketSummarySchema,
  TimelineEntrySchema,
  RerouteRequestSchema,
  SatisfactionSchema,
  StatusUpdateRequestSchema,
  TicketListQuerySchema,
  TicketListSchema,
  TicketSchema,
} from './ticket.ts';
import {
  CallbackCreateRequestSchema,
  CallbackSchema,
  CallbackSlotsSchema,
  SlotDaySchema,
  SlotSchema,
  SlotsQuerySchema,
} from './callback.ts';
import {
  FaqArticleSchema,
  FaqFeedbackRequestSchema,
  FaqFeedbackResponseSchema,
  FaqSearchHitSchema,
  FaqSearchQuerySchema,
  HighlightSegmentSchema,
  FaqSearchResponseSchema,
} from './faq.ts';
import { KpisSchema, PublicStatsQuerySchema, PublicStatsSchema, StatsQuerySchema, StatsSchema, SuppressedSchema } from './stats.ts';
import { SatisfactionRequestSchema } from './satisfaction.ts';
import { ChallengeSchema } from './proof-of-work.ts';
import { strictObject } from './schema.ts';
import type { Schema } from './validate.ts';

type JsonSchema = Record<string, unknown>;
type Auth = 'site' | 'secret' | 'either';

interface Operation {
  method: 'get' | 'post' | 'delete';
  path: string;
  id: string;
  summary: string;
  auth: Auth;
  /** Schema of the query string, flattened into `in: query` parameters. */
  query?: Schema;
  pathParams?: string[];
  body?: string | 'multipart';
  idempotent?: boolean;
  verifier?: boolean;
  /** A public write: with a site key it carries a proof of work. */
  proof?: boolean;
  ok: { status: number; schema: string | null; description: string };
  errors: number[];
}

/** Named schemas: each becomes `#/components/schemas/<name>`. */
const components: Record<string, Schema> = {
  LocalizedText: LocalizedTextSchema,
  FieldError: FieldErrorSchema,
  Problem: ProblemSchema,
  FieldDefinition: FieldDefinitionSchema,
  Service: ServiceSchema,
  Ministry: MinistrySchema,
  ServiceCatalogue: ServiceCatalogueSchema,
  Citizen: CitizenSchema,
  Location: LocationSchema,
  ComplaintCreateRequest: ComplaintCreateRequestSchema,
  ComplaintCreated: ComplaintCreatedSchema,
  Attachment: AttachmentSchema,
  TimelineEntry: TimelineEntrySchema,
  Ticket: TicketSchema,
  AgentTicketSummary: AgentTicketSummarySchema,
  AgentTicket: AgentTicketSchema,
  TicketList: TicketListSchema,
  StatusUpdateRequest: StatusUpdateRequestSchema,
  RerouteRequest: RerouteRequestSchema,
  Slot: SlotSchema,
  SlotDay: SlotDaySchema,
  CallbackSlots: CallbackSlotsSchema,
  CallbackCreateRequest: CallbackCreateRequestSchema,
  Callback: CallbackSchema,
  HighlightSegment: HighlightSegmentSchema,
  FaqSearchHit: FaqSearchHitSchema,
  FaqSearchResponse: FaqSearchResponseSchema,
  FaqArticle: FaqArticleSchema,
  FaqFeedbackRequest: FaqFeedbackRequestSchema,
  SatisfactionRequest: SatisfactionRequestSchema,
  Satisfaction: SatisfactionSchema,
  FaqFeedbackResponse: FaqFeedbackResponseSchema,
  Kpis: KpisSchema,
  Stats: StatsSchema,
  Suppressed: SuppressedSchema,
  PublicStats: PublicStatsSchema,
  Challenge: ChallengeSchema,
};

const v = `/${API_VERSION}`;
const operations: Operation[] = [
  { method: 'get', path: `${v}/services`, id: 'listServices', summary: 'The services the key’s ministry (or the one an all-ministries key names) accepts complaints and callbacks for', auth: 'either', query: ServicesQuerySchema, ok: { status: 200, schema: 'ServiceCatalogue', description: 'The ministry and its services' }, errors: [400, 401, 403] },
  { method: 'post', path: `${v}/complaints`, id: 'createComplaint', summary: 'File a complaint; repeating the same Idempotency-Key returns the same ticket', auth: 'either', body: 'ComplaintCreateRequest', idempotent: true, proof: true, ok: { status: 201, schema: 'ComplaintCreated', description: 'The ticket was filed' }, errors: [400, 401, 403, 409, 413, 422, 429] },
  { method: 'post', path: `${v}/attachments`, id: 'uploadAttachment', summary: 'Upload one file to cite in a complaint; type sniffed from the bytes, size limited per service', auth: 'either', body: 'multipart', proof: true, ok: { status: 201, schema: 'Attachment', description: 'The stored attachment' }, errors: [400, 401, 403, 413, 415, 422, 429] },
  { method: 'get', path: `${v}/tickets/{reference}`, id: 'getTicket', summary: 'A ticket’s status and public timeline; unknown reference and wrong verifier answer the same 404', auth: 'site', pathParams: ['reference'], verifier: true, ok: { status: 200, schema: 'Ticket', description: 'The ticket' }, errors: [400, 401, 403, 404, 429] },
  { method: 'post', path: `${v}/tickets/{reference}/satisfaction`, id: 'rateTicket', summary: 'How satisfied the citizen is with how a resolved or closed ticket was handled, once per ticket (409 `urn:civic-contact:problem:already-rated` for a second answer, `…:not-yet-resolved` before); the same verifier check as the lookup', auth: 'site', pathParams: ['reference'], verifier: true, body: 'SatisfactionRequest', ok: { status: 201, schema: 'Satisfaction', description: 'The satisfaction recorded' }, errors: [400, 401, 403, 404, 409, 422, 429] },
  { method: 'get', path: `${v}/callbacks/slots`, id: 'listCallbackSlots', summary: 'Callback slots from the centre’s business hours, holidays, time zone and capacity', auth: 'either', query: SlotsQuerySchema, ok: { status: 200, schema: 'CallbackSlots', description: 'Days and their slots' }, errors: [400, 401, 403, 404] },
  { method: 'post', path: `${v}/callbacks`, id: 'createCallback', summary: 'Book a callback', auth: 'either', body: 'CallbackCreateRequest', idempotent: true, proof: true, ok: { status: 201, schema: 'Callback', description: 'The booked callback' }, errors: [400, 401, 403, 409, 422, 429] },
  { method: 'delete', path: `${v}/callbacks/{reference}`, id: 'cancelCallback', summary: 'Cancel a callback; the verifier is the phone number it was booked with', auth: 'either', pathParams: ['reference'], verifier: true, ok: { status: 200, schema: 'Callback', description: 'The cancelled callback' }, errors: [400, 401, 403, 404, 409, 429] },
  { method: 'get', path: `${v}/faq/search`, id: 'searchFaq', summary: 'Typo-tolerant ranked FAQ search with highlighted snippets', auth: 'either', query: FaqSearchQuerySchema, ok: { status: 200, schema: 'FaqSearchResponse', description: 'Ranked results' }, errors: [400, 401, 403] },
  { method: 'get', path: `${v}/faq/{id}`, id: 'getFaq', summary: 'One FAQ in the asked language, or the ministry’s default', auth: 'either', pathParams: ['id'], query: strictObject({ lang: optional(string()) }), ok: { status: 200, schema: 'FaqArticle', description: 'The FAQ' }, errors: [400, 401, 403, 404] },
  { method: 'post', path: `${v}/faq/{id}/feedback`, id: 'sendFaqFeedback', summary: '“Did this answer your question?”', auth: 'either', pathParams: ['id'], body: 'FaqFeedbackRequest', ok: { status: 202, schema: 'FaqFeedbackResponse', description: 'Feedback recorded' }, errors: [400, 401, 403, 404, 422, 429] },
  { method: 'get', path: `${v}/challenge`, id: 'getChallenge', summary: 'A proof-of-work challenge (ALTCHA’s format) to solve before a complaint, an attachment or a callback with a site key; 404 when the contact centre asks for none', auth: 'site', ok: { status: 200, schema: 'Challenge', description: 'A challenge, good for one write until it expires' }, errors: [401, 403, 404] },
  { method: 'get', path: `${v}/agent/tickets`, id: 'listTickets', summary: 'List and filter the ministry’s tickets, newest first; with dueBefore or overdue, the open ones due soonest first', auth: 'secret', query: TicketListQuerySchema, ok: { status: 200, schema: 'TicketList', description: 'A page of tickets' }, errors: [400, 401, 403] },
  { method: 'get', path: `${v}/agent/tickets/{reference}`, id: 'getAgentTicket', summary: 'A ticket with everything an agent needs', auth: 'secret', pathParams: ['reference'], ok: { status: 200, schema: 'AgentTicket', description: 'The ticket' }, errors: [400, 401, 403, 404] },
  { method: 'post', path: `${v}/agent/tickets/{reference}/status`, id: 'updateTicketStatus', summary: 'Change a ticket’s status with a public note; illegal transitions are refused', auth: 'secret', pathParams: ['reference'], body: 'StatusUpdateRequest', ok: { status: 200, schema: 'AgentTicket', description: 'The updated ticket' }, errors: [400, 401, 403, 404, 409, 422] },
  { method: 'post', path: `${v}/agent/tickets/{reference}/route`, id: 'rerouteTicket', summary: 'Re-route a ticket to another entity', auth: 'secret', pathParams: ['reference'], body: 'RerouteRequest', ok: { status: 200, schema: 'AgentTicket', description: 'The updated ticket' }, errors: [400, 401, 403, 404, 409, 422] },
  { method: 'get', path: `${v}/stats`, id: 'getStats', summary: 'KPIs for a public service dashboard', auth: 'secret', query: StatsQuerySchema, ok: { status: 200, schema: 'Stats', description: 'The KPIs' }, errors: [400, 401, 403] },
  { method: 'get', path: `${v}/stats/public`, id: 'getPublicStats', summary: 'Aggregate figures safe to publish (a site key is enough): received, resolved, within target, median first response, satisfaction, volume by service (named) and channel, a line per ministry, weekly trend by ISO week, for `from`–`to` (default the last 12 weeks, at most 366 days). `ministry` omitted: the key’s own ministry (every ministry for an all-ministries key); a ministry’s id: that ministry, on its own calendar (any key may ask; an unknown id is a 404); `all`: every ministry together, on one calendar — the time zone of the key’s ministry, or of the first ministry by id for a key without one; `period.timeZone` names it. A count of fewer than 5, and a share or median over fewer than 5 items, is `{ "suppressed": true }`, in the totals and in each ministry’s line alone, so no citizen can be singled out. Cacheable: `Cache-Control: public, max-age=300`; the server keeps an answer up to 60 s itself', auth: 'either', query: PublicStatsQuerySchema, ok: { status: 200, schema: 'PublicStats', description: 'The public figures' }, errors: [400, 401, 403, 404] },
];

const errorDescriptions: Record<number, string> = {
  400: 'Malformed request; for a write with a site key, also a missing, wrong, expired or used proof of work (`urn:civic-contact:problem:proof-required`)',
  401: 'Missing or unknown key',
  403: 'The key may not do this (wrong kind of key, or origin not allowed)',
  404: 'Not found',
  409: 'Conflict: illegal status transition, full slot, an Idempotency-Key reused with a different body, or a ticket rated twice or before it is resolved',
  413: 'Body or file too large',
  415: 'Unsupported content type',
  422: 'Validation failed; `errors` lists every field',
  429: 'Too many attempts; wait `Retry-After` seconds',
  503: 'Other requests changed the same records at the same moment, again after several tries; nothing was saved: send it again (with the same `Idempotency-Key`) after `Retry-After` seconds',
  507: 'The contact centre cannot store anything now (its disk is full); nothing was saved: send it again after `Retry-After` seconds',
};

/* The contract's own patterns of a date, an instant and an email are formats a reader knows by name. */
const FORMATS = new Map<unknown, string>([
  [DATE_PATTERN, 'date'],
  [DATE_TIME_PATTERN, 'date-time'],
  [EMAIL_PATTERN, 'email'],
]);

const conversion: ConversionConfig = {
  // OpenAPI 3.1 schemas are JSON Schema 2020-12; a request is described as the client sends it.
  target: 'draft-2020-12',
  typeMode: 'input',
  // Trimming changes no accepted value, and "at least one language" has no keyword to say it.
  ignoreActions: ['trim', 'check'],
  overrideAction: ({ valibotAction, jsonSchema }) => {
    const requirement = valibotAction.type === 'regex' ? (valibotAction as RegexAction<string, undefined>).requirement : undefined;
    // Required text: JSON Schema's patterns are Unicode ones already, so `\p{…}` needs no flag.
    if (requirement === VISIBLE_PATTERN) return { ...jsonSchema, minLength: 1 };
    const format = FORMATS.get(requirement);
    return format ? { ...jsonSchema, format } : undefined;
  },
  overrideSchema: ({ valibotSchema, jsonSchema }) => {
    // A constant says its type too, as code generators expect.
    if (valibotSchema.type === 'literal') {
      const type = typeof (valibotSchema as LiteralSchema<Literal, undefined>).literal as 'string' | 'number' | 'boolean';
      return { type, ...jsonSchema };
    }
    // "Text or null" is the type list `["string", "null"]`, the way OpenAPI 3.1 writes it.
    const [inner, none] = (jsonSchema.anyOf ?? []) as JsonSchema7[];
    if (valibotSchema.type === 'nullable' && none?.type === 'null' && typeof inner?.type === 'string' && Object.keys(inner).length === 1) {
      const { anyOf: _, ...rest } = jsonSchema;
      return { ...rest, type: [inner.type, 'null'] };
    }
    // An object whose members are all optional has no `required` list, rather than an empty one.
    if (Array.isArray(jsonSchema.required) && jsonSchema.required.length === 0) {
      const { required: _, ...rest } = jsonSchema;
      return rest;
    }
    return undefined;
  },
  overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
};

/**
 * Descriptions of named schemas and of query parameters (by operation id), added here rather
 * than with `v.description` in the contract's schemas: the browser bundles validate with those
 * schemas, and valibot's `description()` would be shipped to every page for this document alone.
 */
const DESCRIPTIONS: { schemas: Record<string, string>; parameters: Record<string, Record<string, string>> } = {
  schemas: {
    Suppressed: 'In place of a figure from fewer than 5 tickets or ratings (0 included), so that no citizen can be singled out.',
    'PublicStats.period.timeZone':
      "The calendar the days and ISO weeks are counted on: the ministry's zone; for every ministry together, the zone of the key's ministry (of the first ministry by id for a key without one).",
  },
  parameters: {
    getPublicStats: {
      ministry: "Whose figures: omitted, the key's ministry (every ministry for an all-ministries key); a ministry's id; or `all`, every ministry together.",
    },
  },
};

function toJsonSchemas(): Record<string, JsonSchema> {
  const schemas = toJsonSchemaDefs(components, conversion) as Record<string, JsonSchema>;
  // A schema by name, or a property inside one by its path (`PublicStats.period.timeZone`).
  for (const [path, description] of Object.entries(DESCRIPTIONS.schemas)) {
    const [name, ...properties] = path.split('.');
    let node = schemas[name!] as JsonSchema | undefined;
    for (const property of properties) node = (node?.['properties'] as Record<string, JsonSchema> | undefined)?.[property];
    if (!node) throw new Error(`openapi.ts describes ${path}, which the schemas do not have`);
    node['description'] = description;
  }
  return schemas;
}

function queryParameters(schema: Schema, descriptions: Record<string, string> = {}): JsonSchema[] {
  const json = toJsonSchema(schema, conversion) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: descriptions[name] ? { ...property, description: descriptions[name] } : property,
  }));
}

function operationObject(op: Operation): JsonSchema {
  const parameters: JsonSchema[] = [
    ...(op.pathParams ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    ...(op.query ? queryParameters(op.query, DESCRIPTIONS.parameters[op.id]) : []),
  ];
  if (op.idempotent) {
    parameters.push({
      name: HEADERS.idempotencyKey,
      in: 'header',
      required: false,
      description: 'One key per logical operation, kept across retries; a repeat returns the first response',
      schema: { type: 'string', minLength: 8, maxLength: 255 },
    });
  }
  if (op.proof) {
    parameters.push({
      name: HEADERS.proof,
      in: 'header',
      required: false,
      description:
        'With a site key, required: a solved challenge of GET /v1/challenge, as base64 of the JSON { algorithm, challenge, number, salt, signature }. Good for one write, and for the retries of that write with the same Idempotency-Key. Secret keys need none.',
      schema: { type: 'string' },
    });
  }

  if (op.verifier) {
    parameters.push({
      name: HEADERS.verifier,
      in: 'header',
      required: true,
      description: 'The email or phone number given when filing; never sent in the URL',
      schema: { type: 'string' },
    });
  }
  const security =
    op.auth === 'site' ? [{ siteKey: [] }] : op.auth === 'secret' ? [{ secretKey: [] }] : [{ siteKey: [] }, { secretKey: [] }];
  const responses: Record<string, JsonSchema> = {
    [op.ok.status]: {
      description: op.ok.description,
      ...(op.ok.schema ? { content: { 'application/json': { schema: { $ref: `#/components/schemas/${op.ok.schema}` } } } } : {}),
    },
  };
  // Every JSON body is refused with 413 when too large and 415 when it is not JSON.
  const bodyErrors = op.body && op.body !== 'multipart' ? [413, 415] : [];
  // Every write runs in a transaction that may keep conflicting with other instances' (503), and may find the disk full (507).
  const storageErrors = op.method === 'get' ? [] : [503, 507];
  for (const status of [...new Set([...op.errors, ...bodyErrors])].sort((a, b) => a - b).concat(500, ...storageErrors)) {
    responses[status] = {
      description: errorDescriptions[status] ?? 'Server error',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  const body =
    op.body === 'multipart'
      ? {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['service', 'file'],
                properties: { service: { type: 'string' }, file: { type: 'string', format: 'binary' } },
              },
            },
          },
        }
      : op.body
        ? { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${op.body}` } } } }
        : undefined;
  return {
    operationId: op.id,
    summary: op.summary,
    security,
    ...(parameters.length ? { parameters } : {}),
    ...(body ? { requestBody: body } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the v1 contract, generated from the contract's schemas. */
export function buildOpenApiDocument(): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operationObject(op);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Civic Contact API',
      version: '1.0.0',
      description:
        'One shared government contact centre for every ministry website: services, complaints, attachments, ticket status, callbacks, FAQs, and agent and reporting operations. Errors are RFC 9457 problem details.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: toJsonSchemas(),
      securitySchemes: {
        siteKey: { type: 'apiKey', in: 'header', name: HEADERS.siteKey, description: 'Publishable key (pk_…) bound to one ministry and its allowed origins' },
        secretKey: { type: 'http', scheme: 'bearer', description: 'Secret key (sk_…) for agents and integrators; never shipped to a browser' },
      },
    },
  };
}

/** The document as committed in `docs/openapi.json`: two-space JSON with a final newline. */
export function serializeOpenApiDocument(document: JsonSchema): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
