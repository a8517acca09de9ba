import { css } from 'lit';
import { formStyles } from '../styles/shared.ts';
import { baseStyles, tokens } from '../styles/tokens.ts';

/** `<civic-ticket-status>`: the shared tokens and building blocks, then its own component tokens. */
export const ticketStatusStyles = [
  tokens,
  baseStyles,
  formStyles,
  css`
    :host {
      --_ts-max-width: var(--civic-ticket-status-max-width, 40rem);
      --_ts-reference-width: var(--civic-ticket-status-reference-width, 20ch);
      --_ts-status-background: var(--civic-ticket-status-status-background, var(--_surface-muted));
      --_ts-status-border: var(--civic-ticket-status-status-border, var(--_primary));
      --_ts-timeline-line: var(--civic-ticket-status-timeline-line, var(--_border-muted));
      --_ts-timeline-marker: var(--civic-ticket-status-timeline-marker, var(--_primary));
    }
    .root {
      max-width: var(--_ts-max-width);
      overflow-wrap: anywhere;
    }
    .reference-input {
      max-width: min(100%, var(--_ts-reference-width));
      letter-spacing: 0.05em;
      font-variant-numeric: tabular-nums;
    }
    .verifier-input {
      max-width: min(100%, 30rem);
    }
    .status {
      background: var(--_ts-status-background);
      border-inline-start: 5px solid var(--_ts-status-border);
      padding: var(--_space);
      margin-block-end: calc(var(--_space) * 1.5);
    }
    .status p:last-child {
      margin-block-end: 0;
    }
    .status-line .tag {
      margin-inline-start: 0.25rem;
      background: var(--_surface);
    }
    .timeline {
      list-style: none;
      margin: 0 0 calc(var(--_space) * 1.5);
      padding: 0;
    }
    .timeline-entry {
      position: relative;
      padding-inline-start: calc(var(--_space) * 1.5);
      padding-block-end: var(--_space);
      border-inline-start: 3px solid var(--_ts-timeline-line);
      margin-inline-start: 0.5rem;
    }
    .timeline-entry:last-child {
      border-inline-start-color: transparent;
    }
    .timeline-entry::before {
      content: '';
      position: absolute;
      inset-inline-start: calc(-0.5rem - 1.5px);
      inset-block-start: 0.3rem;
      inline-size: 1rem;
      block-size: 1rem;
      border-radius: 50%;
      background: var(--_ts-timeline-marker);
    }
    .timeline-entry p {
      margin-block-end: 0.25rem;
    }
    .timeline-when {
      color: var(--_text-secondary);
    }
    .timeline-what {
      font-weight: 700;
    }
    .timeline-note {
      border-inline-start: 5px solid var(--_border-muted);
      padding: 0.25rem var(--_space);
      margin-block: 0.5rem;
    }
    /* Agents write notes with line breaks. */
    .timeline-note-text {
      white-space: pre-line;
    }
    .timeline-note-label {
      font-weight: 700;
    }
    .timeline-team {
      color: var(--_text-secondary);
    }
  `,
];
