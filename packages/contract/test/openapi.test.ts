import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { buildOpenApiDocument, serializeOpenApiDocument } from '../src/openapi.ts';

const committedPath = new URL('../../../docs/openapi.json', import.meta.url);
const document = buildOpenApiDocument() as {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string; requestBody?: unknown; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
};

test('the committed docs/openapi.json is what the schemas produce (run `npm run openapi` after changing them)', () => {
  const committed = readFileSync(committedPath, 'utf8');
  assert.equal(committed, serializeOpenApiDocument(document));
});

test('the document is OpenAPI 3.1 and covers every endpoint of the v1 contract', () => {
  assert.equal(document.openapi, '3.1.0');
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId}`),
  );
  for (const expected of [
    'GET /v1/services',
    'POST /v1/complaints',
    'POST /v1/attachments',
    'GET /v1/tickets/{reference}',
    'GET /v1/callbacks/slots',
    'POST /v1/callbacks',
    'DELETE /v1/callbacks/{reference}',
    'GET /v1/faq/search',
    'GET /v1/faq/{id}',
    'POST /v1/faq/{id}/feedback',
    'GET /v1/agent/tickets',
    'GET /v1/agent/tickets/{reference}',
    'POST /v1/agent/tickets/{reference}/status',
    'POST /v1/agent/tickets/{reference}/route',
    'GET /v1/stats',
  ]) {
    assert.ok(operations.some((op) => op.startsWith(`${expected} `)), `missing ${expected}`);
  }
});

test('every $ref in the document resolves to a component schema', () => {
  const refs = JSON.stringify(document).match(/"\$ref":"#\/components\/schemas\/[^"]+"/g) ?? [];
  assert.ok(refs.length > 20);
  for (const ref of refs) {
    const name = ref.slice('"$ref":"#/components/schemas/'.length, -1);
    assert.ok(name in document.components.schemas, `dangling $ref to ${name}`);
  }
});

test('every error response is application/problem+json', () => {
  for (const methods of Object.values(document.paths)) {
    for (const op of Object.values(methods)) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        assert.deepEqual(Object.keys((response as { content: object }).content), ['application/problem+json'], `${op.operationId} ${status}`);
      }
    }
  }
});

test('formats, strictness and nullability of the schemas survive the conversion', () => {
  const schemas = document.components.schemas as Record<string, { properties: Record<string, Record<string, unknown>>; [key: string]: unknown }>;
  assert.equal(schemas.Citizen!.properties.email!.format, 'email');
  assert.equal(schemas.ComplaintCreated!.properties.submittedAt!.format, 'date-time');
  assert.equal(schemas.SlotDay!.properties.date!.format, 'date');
  assert.equal(schemas.ComplaintCreateRequest!.additionalProperties, false);
  assert.equal('additionalProperties' in schemas.Ticket!, false, 'responses may grow new members');
  assert.deepEqual(schemas.TimelineEntry!.properties.note!.type, ['string', 'null']);
  assert.deepEqual(schemas.Problem!.properties.status, { type: 'integer', minimum: 400, maximum: 599 });
  assert.equal('required' in schemas.Citizen!, false, 'every member of a citizen is optional');
});

test("the contract's schemas carry no description or metadata: the browser bundles validate with them, so the document's words are added in openapi.ts", () => {
  const sources = new URL('../src/', import.meta.url);
  const files = readdirSync(sources).filter((name) => name.endsWith('.ts') && name !== 'openapi.ts');
  const found = files.filter((name) => /\bv\.(description|metadata|title)\(/.test(readFileSync(new URL(name, sources), 'utf8')));
  assert.deepEqual(found, []);
  const json = document as unknown as { components: { schemas: Record<string, { description?: string }> } };
  assert.match(json.components.schemas['Suppressed']!.description ?? '', /fewer than 5/);
});
