import { css } from 'lit';

/**
 * `<civic-complaint-form>`'s own look. Component tokens (`--civic-complaint-form-…`) fall back
 * to the shared reference tokens, so a ministry can restyle this element alone.
 */
export const complaintFormStyles = css`
  :host {
    --_cf-max-width: var(--civic-complaint-form-max-width, 40rem);
    --_reference-size: var(--civic-complaint-form-reference-size, 2rem);
    --_confirmation-background: var(--civic-complaint-form-confirmation-background, var(--_success));
    --_confirmation-color: var(--civic-complaint-form-confirmation-color, var(--_primary-text));
    --_cf-drop-zone-border: var(--civic-complaint-form-drop-zone-border-color, var(--_border-muted));
    --_cf-drop-zone-active: var(--civic-complaint-form-drop-zone-active-background, var(--_surface-muted));
    --_cf-suggestions-background: var(--civic-complaint-form-suggestions-background, var(--_surface-muted));
    --_cf-highlight-background: var(--civic-complaint-form-highlight-background, var(--_focus));
    --_cf-highlight-color: var(--civic-complaint-form-highlight-color, var(--_focus-text));
  }
  .root {
    max-width: var(--_cf-max-width);
    overflow-wrap: break-word;
  }
  .heading[tabindex='-1']:focus,
  .heading[tabindex='-1']:focus-visible {
    outline: none;
  }
  .lead {
    font-size: 1.125em;
  }
  .optional {
    font-weight: 400;
  }
  .input--short {
    max-width: 10em;
  }
  .input--medium {
    max-width: 14em;
  }
  input[type='file'] {
    font: inherit;
    max-width: 100%;
    min-height: var(--_target);
  }
  input[type='search'] {
    margin-block-end: var(--_space);
  }
  .choices {
    display: grid;
  }
  .prompt .inset {
    margin-block: 0.75rem 0;
  }
  .prompt .inset :last-child {
    margin-block-end: 0;
  }
  .contact {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .service-group {
    margin-block-end: var(--_space);
  }
  .service-group legend {
    font-size: 1.125em;
  }
  .service-choice label {
    font-weight: 700;
  }
  .service-choice .hint {
    margin: 0;
    font-weight: 400;
  }
  .error-summary .heading {
    font-size: 1.25em;
  }
  /* Suggested FAQs: visibly an aside, not part of the form. */
  .suggestions {
    background: var(--_cf-suggestions-background);
    padding: var(--_space);
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .suggestions .sub {
    font-size: 1.125em;
  }
  .suggestions__list {
    list-style: none;
    margin: 0 0 0.5rem;
    padding: 0;
  }
  .suggestions__list li + li {
    margin-block-start: 0.5rem;
  }
  .suggestions summary {
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
    min-height: var(--_target);
    padding-block: 0.5rem;
  }
  .suggestions__answer {
    border-inline-start: 5px solid var(--_border-muted);
    padding-inline-start: var(--_space);
    margin-block: 0.5rem;
  }
  mark {
    background: var(--_cf-highlight-background);
    color: var(--_cf-highlight-color);
  }
  /* Attachments */
  .drop-zone {
    border: 2px dashed var(--_cf-drop-zone-border);
    padding: var(--_space);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem var(--_space);
  }
  .drop-zone--active {
    background: var(--_cf-drop-zone-active);
    border-style: solid;
  }
  .drop-zone__text {
    margin: 0;
    color: var(--_text-secondary);
  }
  .attachments {
    list-style: none;
    padding: 0;
    margin: var(--_space) 0 0;
  }
  .attachment {
    border-block-end: 1px solid var(--_border-muted);
    padding-block: 0.5rem;
  }
  .attachment__name {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .attachment__size,
  .attachment__status {
    font-weight: 400;
    color: var(--_text-secondary);
  }
  .attachment p {
    margin: 0.25rem 0;
  }
  progress {
    display: block;
    inline-size: 100%;
    block-size: 0.75rem;
    accent-color: var(--_primary);
  }
  /* Check your answers */
  .summary-list__actions {
    flex: 0 0 auto !important;
  }
  .summary-list__actions .link-button {
    padding-block: 0;
  }
  .plain-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .multiline {
    white-space: pre-line;
  }
  .not-given {
    color: var(--_text-secondary);
  }
`;
