import { css } from 'lit';
import { baseStyles, tokens } from '../styles/tokens.ts';

/** `<civic-faq-search>`: the shared tokens and building blocks, then its own component tokens. */
export const faqSearchStyles = [
  tokens,
  baseStyles,
  css`
    :host {
      --_fs-max-width: var(--civic-faq-search-max-width, 40rem);
      --_fs-listbox-background: var(--civic-faq-search-listbox-background, var(--_surface));
      --_fs-active-background: var(--civic-faq-search-active-background, var(--_surface-muted));
      --_fs-highlight-background: var(--civic-faq-search-highlight-background, var(--_focus));
      --_fs-highlight-color: var(--civic-faq-search-highlight-color, var(--_focus-text));
      --_fs-answer-border: var(--civic-faq-search-answer-border, var(--_border-muted));
    }
    .root {
      max-width: var(--_fs-max-width);
      overflow-wrap: anywhere;
    }
    .heading {
      font-size: 1.5rem;
    }
    .sub {
      font-size: 1.1875rem;
    }
    /* Headings and panels take focus from script only. */
    [tabindex='-1']:focus {
      outline: none;
    }
    .error-summary:focus,
    .failure:focus,
    .contact-details:focus {
      outline: 3px solid var(--_focus);
    }
    .error-summary .heading {
      font-size: 1.25rem;
    }
    mark {
      background: var(--_fs-highlight-background);
      color: var(--_fs-highlight-color);
    }
    .combobox__row {
      display: flex;
      gap: 0.5rem;
      align-items: stretch;
    }
    .combobox__row input {
      flex: 1 1 auto;
      min-width: 0;
    }
    .combobox__row .button {
      flex: none;
    }
    [role='listbox'] {
      list-style: none;
      margin: 0;
      padding: 0;
      border: 2px solid var(--_border);
      border-block-start: 0;
      background: var(--_fs-listbox-background);
    }
    [role='option'] {
      display: block;
      min-height: var(--_target);
      padding: 0.5rem;
      cursor: pointer;
      border-block-end: 1px solid var(--_border-muted);
    }
    [role='option']:last-child {
      border-block-end: 0;
    }
    [role='option']:hover {
      background: var(--_fs-active-background);
    }
    /* The chosen option: a background and a thick line at its start, so it shows without colour. */
    [role='option'][aria-selected='true'] {
      background: var(--_fs-active-background);
      box-shadow: inset 5px 0 0 var(--_border);
    }
    [role='option'][aria-selected='true']:dir(rtl) {
      box-shadow: inset -5px 0 0 var(--_border);
    }
    .option__question {
      display: block;
      font-weight: 700;
    }
    .option__category,
    .result__category,
    .answer__category {
      display: block;
      color: var(--_text-secondary);
      font-size: 0.9375em;
    }
    .searching {
      margin-block: 0.5rem 0;
    }
    .failure {
      border-inline-start: 5px solid var(--_error);
      padding: 0.5rem var(--_space);
      margin-block: var(--_space);
    }
    .failure p {
      margin-block-end: 0.5rem;
    }
    .results,
    .no-results {
      margin-block-start: calc(var(--_space) * 1.5);
    }
    .results__list {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .result {
      border-block-end: 1px solid var(--_border-muted);
      padding-block: 0.5rem;
    }
    .result__question {
      margin: 0;
      font-size: 1.125rem;
    }
    .result__question .link-button {
      font-weight: 700;
      text-align: start;
    }
    .result__snippet {
      margin-block-end: 0.25rem;
    }
    .answer__body {
      border-inline-start: 5px solid var(--_fs-answer-border);
      padding-inline-start: var(--_space);
      margin-block-end: var(--_space);
    }
    .answer__body ul,
    .answer__body ol {
      margin: 0 0 var(--_space);
      padding-inline-start: 1.5rem;
    }
    .answer__body li + li {
      margin-block-start: 0.25rem;
    }
    .feedback {
      border-block-start: 1px solid var(--_border-muted);
      padding-block-start: var(--_space);
      margin-block-start: calc(var(--_space) * 1.5);
    }
    .feedback__thanks {
      font-weight: 700;
    }
    .escalation__actions {
      list-style: none;
      margin: 0 0 var(--_space);
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    a.button {
      text-decoration: none;
    }
    .contact-details {
      padding: 0.25rem;
    }
    .contact-details ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .contact-details a {
      display: inline-block;
      padding-block: 0.5rem;
    }
  `,
];
