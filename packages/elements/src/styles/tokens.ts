import { css } from 'lit';

/**
 * Reference tokens: the page sets `--civic-*` custom properties (usually at `:root`) and
 * every element follows. Each element then maps them to its own component tokens
 * (`--civic-complaint-form-…`), so a ministry can restyle one element without the others.
 * Defaults are GOV.UK-like and pass WCAG AA contrast in light and dark schemes; the dark ones
 * apply where the page itself is dark (its `color-scheme: light dark` or `dark`, which the
 * elements inherit), so a page that stays light never gets light text on its white.
 */
export const tokens = css`
  :host {
    --_font-family: var(--civic-font-family, inherit);
    --_font-size: var(--civic-font-size, 1rem);
    --_line-height: var(--civic-line-height, 1.5);
    --_text: var(--civic-color-text, #0b0c0c);
    --_text-secondary: var(--civic-color-text-secondary, #484949);
    --_surface: var(--civic-color-surface, #ffffff);
    --_surface-muted: var(--civic-color-surface-muted, #f3f2f1);
    --_border: var(--civic-color-border, #0b0c0c);
    --_border-muted: var(--civic-color-border-muted, #b1b4b6);
    --_primary: var(--civic-color-primary, #00703c);
    --_primary-text: var(--civic-color-on-primary, #ffffff);
    --_primary-hover: var(--civic-color-primary-hover, #005a30);
    --_secondary: var(--civic-color-secondary, #f3f2f1);
    --_secondary-text: var(--civic-color-on-secondary, #0b0c0c);
    --_link: var(--civic-color-link, #1d70b8);
    --_error: var(--civic-color-error, #d4351c);
    --_success: var(--civic-color-success, #00703c);
    --_focus: var(--civic-color-focus, #ffdd00);
    --_focus-text: var(--civic-color-focus-text, #0b0c0c);
    --_radius: var(--civic-radius, 0);
    --_space: var(--civic-space, 1rem);
    --_target: var(--civic-target-size, 44px);
  }
  /* Dark only where the page is: the page's color-scheme, which the elements inherit, chooses,
     never the system's alone, so a page that stays white keeps the widgets readable on it.
     Browsers without light-dark() keep the light colours. */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--civic-color-text, light-dark(#0b0c0c, #f3f2f1));
      --_text-secondary: var(--civic-color-text-secondary, light-dark(#484949, #c9cacb));
      --_surface: var(--civic-color-surface, light-dark(#ffffff, #161718));
      --_surface-muted: var(--civic-color-surface-muted, light-dark(#f3f2f1, #26282a));
      --_border: var(--civic-color-border, light-dark(#0b0c0c, #d8dadb));
      --_border-muted: var(--civic-color-border-muted, light-dark(#b1b4b6, #6f7173));
      --_primary: var(--civic-color-primary, light-dark(#00703c, #4cc38a));
      --_primary-text: var(--civic-color-on-primary, light-dark(#ffffff, #0b0c0c));
      --_primary-hover: var(--civic-color-primary-hover, light-dark(#005a30, #7dd6ab));
      --_secondary: var(--civic-color-secondary, light-dark(#f3f2f1, #3b3d3f));
      --_secondary-text: var(--civic-color-on-secondary, light-dark(#0b0c0c, #f3f2f1));
      --_link: var(--civic-color-link, light-dark(#1d70b8, #8fc3f5));
      --_error: var(--civic-color-error, light-dark(#d4351c, #ff8a75));
      --_success: var(--civic-color-success, light-dark(#00703c, #4cc38a));
    }
  }
`;

/** Shared building blocks of the elements' forms and panels, after the GOV.UK design system. */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
    max-width: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  /* Headings look the same at any level (heading-level): a step's heading, and a part of it (.sub). */
  .heading {
    font-size: 1.5em;
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .sub {
    font-size: 1.17em;
  }
  p {
    margin: 0 0 var(--_space);
  }
  a {
    color: var(--_link);
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 3px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_border);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  /* A reference (shared/reference.ts): never broken across lines, in any language. */
  .ref {
    white-space: nowrap;
  }
  .form-group {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .form-group--error {
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 5px solid var(--_error);
  }
  label,
  legend {
    display: block;
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  legend {
    padding: 0;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .hint {
    display: block;
    color: var(--_text-secondary);
    margin-block-end: 0.5rem;
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 700;
    margin-block-end: 0.5rem;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input[type='number'],
  input[type='date'],
  input[type='search'],
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    width: 100%;
    min-height: var(--_target);
    padding: 0.3rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  textarea {
    min-height: 7rem;
    resize: vertical;
  }
  .input--error {
    border-color: var(--_error) !important;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    min-height: var(--_target);
    padding-block: 0.25rem;
  }
  .choice input {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin: 0.1rem 0 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .choice label {
    font-weight: 400;
    margin: 0;
    padding-block: 0.25rem;
    cursor: pointer;
  }
  .button {
    font: inherit;
    font-weight: 700;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.5rem 1rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_primary-text);
    box-shadow: 0 2px 0 #002d18;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_primary-hover);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .button--secondary {
    background: var(--_secondary);
    color: var(--_secondary-text);
    box-shadow: 0 2px 0 #929191;
  }
  .button--secondary:hover {
    background: var(--_surface-muted);
  }
  .button-group {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .link-button {
    font: inherit;
    background: none;
    border: 0;
    padding: 0.5rem 0;
    min-height: var(--_target);
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
  }
  .error-summary {
    border: 5px solid var(--_error);
    padding: var(--_space);
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
    display: inline-block;
    padding-block: 0.35rem;
  }
  .panel {
    background: var(--_success);
    color: var(--_primary-text);
    padding: calc(var(--_space) * 1.5);
    text-align: center;
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .inset {
    border-inline-start: 5px solid var(--_border-muted);
    padding: 0.5rem var(--_space);
    margin-block: var(--_space);
  }
  .summary-list {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .summary-list > div {
    display: flex;
    flex-wrap: wrap;
    /* A row's action (Change) on its first line, however tall its target. */
    align-items: baseline;
    gap: 0.25rem var(--_space);
    border-block-end: 1px solid var(--_border-muted);
    padding-block: 0.5rem;
  }
  .summary-list dt {
    font-weight: 700;
    flex: 1 1 10rem;
  }
  .summary-list dd {
    margin: 0;
    flex: 2 1 14rem;
    overflow-wrap: anywhere;
  }
  .tag {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    font-weight: 700;
    background: var(--_surface-muted);
    border: 1px solid var(--_border-muted);
  }
`;
