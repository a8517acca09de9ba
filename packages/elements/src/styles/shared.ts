import { css } from 'lit';

/**
 * Building blocks several elements share beyond the base styles. Each element points the
 * private properties they read at its own component tokens in its `:host`:
 * `--_confirmation-background`, `--_confirmation-color`, `--_reference-size`.
 */

/** Headings of a form that takes focus from script, and the error summary's contents. */
export const formStyles = css`
  .heading {
    font-size: 1.5rem;
  }
  .sub {
    font-size: 1.1875rem;
    margin-block-start: calc(var(--_space) * 1.5);
  }
  /* Headings take focus from script only; the error summary shows it, as GOV.UK's does. */
  .heading[tabindex='-1']:focus {
    outline: none;
  }
  .error-summary .heading {
    font-size: 1.25rem;
  }
  .error-summary li {
    margin-block-end: 0.25rem;
  }
  .retry {
    margin-block-start: var(--_space);
  }
`;

/** The confirmation panel with its reference number, large and on one line where it can be. */
export const confirmationStyles = css`
  .panel {
    background: var(--_confirmation-background);
    color: var(--_confirmation-color);
    container-type: inline-size;
  }
  .panel .heading {
    font-size: 1.75em;
  }
  .reference {
    display: block;
    /* Shrinks to keep the reference on one line in a narrow panel, where it can be read out in one go. */
    font-size: min(var(--_reference-size), 10cqi);
    font-weight: 700;
    letter-spacing: 0.03em;
    font-variant-numeric: tabular-nums;
    user-select: all;
    margin-block: 0.25rem var(--_space);
  }
  .panel .button-group {
    justify-content: center;
  }
`;
