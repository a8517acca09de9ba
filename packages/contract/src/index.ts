// Each object the contract describes is an interface over its schema's output
// (`interface Ticket extends v.InferOutput<typeof TicketSchema> {}`), not an alias of it: an
// alias of an inferred type gets no name of its own, so editors and the API reference (typedoc)
// spelt the whole shape out wherever it was used, e.g. in `client.complaints.create`'s signature.
export * from './constants.ts';
export * from './common.ts';
export * from './problem.ts';
export * from './service.ts';
export * from './attachment.ts';
export * from './complaint.ts';
export * from './ticket.ts';
export * from './satisfaction.ts';
export * from './callback.ts';
export * from './faq.ts';
export * from './stats.ts';
export * from './proof-of-work.ts';
export * from './honeypot.ts';
export * from './reference.ts';
export * from './reference-schema.ts';
export * from './field-errors.ts';
export * from './validate.ts';
