import { css } from 'lit';
import { confirmationStyles, formStyles } from '../styles/shared.ts';
import { baseStyles, tokens } from '../styles/tokens.ts';

/** `<civic-callback-request>`: the shared tokens and building blocks, then its own component tokens. */
export const callbackRequestStyles = [
  tokens,
  baseStyles,
  formStyles,
  confirmationStyles,
  css`
    :host {
      --_cb-max-width: var(--civic-callback-request-max-width, 40rem);
      --_reference-size: var(--civic-callback-request-reference-size, 2rem);
      --_confirmation-background: var(--civic-callback-request-confirmation-background, var(--_success));
      --_confirmation-color: var(--civic-callback-request-confirmation-color, var(--_primary-text));
      --_cb-unavailable: var(--civic-callback-request-unavailable-color, var(--_text-secondary));
    }
    .root {
      max-width: var(--_cb-max-width);
      overflow-wrap: break-word;
    }
    .lead {
      font-size: 1.125em;
    }
    .error-summary .sub {
      font-size: 1.125rem;
      margin-block: var(--_space) 0.5rem;
    }
    .suggestions {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .suggestions .button {
      text-align: start;
      justify-content: flex-start;
    }
    .choice > div {
      display: flex;
      flex-direction: column;
    }
    .choice .hint {
      margin: 0;
    }
    .choice--unavailable label,
    .choice--unavailable .hint {
      color: var(--_cb-unavailable);
      cursor: default;
    }
    .calendar {
      border-inline-start: 5px solid var(--_border-muted);
      padding-inline-start: var(--_space);
      margin-block-start: var(--_space);
    }
    .days,
    .times {
      display: grid;
      gap: 0 var(--_space);
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    }
    .pager {
      margin-block-start: 0.5rem;
    }
    .time {
      font-variant-numeric: tabular-nums;
    }
    .choice--unavailable .time {
      text-decoration: line-through;
    }
    .tag {
      margin-inline-start: 0.25rem;
    }
    .phone-input {
      max-width: min(100%, 20rem);
    }
    .reference-input {
      max-width: min(100%, 20ch);
      letter-spacing: 0.05em;
      font-variant-numeric: tabular-nums;
    }
    .readback {
      margin-block: 0.5rem 0;
    }
    .readback .number {
      font-weight: 700;
    }
    .button--warning {
      background: var(--_error);
      color: var(--_primary-text);
      box-shadow: 0 2px 0 #55150b;
    }
    .button--warning:hover {
      background: var(--_error);
      filter: brightness(0.9);
    }
  `,
];
