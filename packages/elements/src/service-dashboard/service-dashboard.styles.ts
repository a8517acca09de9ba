import { css } from 'lit';
import { formStyles } from '../styles/shared.ts';
import { baseStyles, tokens } from '../styles/tokens.ts';

/** `<civic-service-dashboard>`: the shared tokens and building blocks, then its own component tokens, and how it prints. */
export const serviceDashboardStyles = [
  tokens,
  baseStyles,
  formStyles,
  css`
    :host {
      --_sd-max-width: var(--civic-service-dashboard-max-width, 60rem);
      --_sd-bar: var(--civic-service-dashboard-bar, var(--_primary));
      --_sd-received: var(--civic-service-dashboard-received, var(--_surface-muted));
      --_sd-received-line: var(--civic-service-dashboard-received-line, var(--_text-secondary));
      --_sd-resolved: var(--civic-service-dashboard-resolved, var(--_primary));
      --_sd-figure-background: var(--civic-service-dashboard-figure-background, var(--_surface-muted));
    }
    .root {
      max-width: var(--_sd-max-width);
      overflow-wrap: anywhere;
    }
    .period {
      color: var(--_text-secondary);
    }
    .period-form {
      margin-block-end: calc(var(--_space) * 1.5);
    }
    .period-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem var(--_space);
    }
    .period-row select {
      width: auto;
      max-width: 100%;
    }
    .kpis {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
      gap: var(--_space);
      margin: 0 0 var(--_space);
    }
    .kpi {
      background: var(--_sd-figure-background);
      border-block-start: 5px solid var(--_sd-resolved);
      padding: var(--_space);
    }
    .kpi dt {
      font-weight: 700;
    }
    .kpi dd {
      margin: 0.25rem 0 0;
    }
    .kpi-value {
      display: block;
      font-size: 2em;
      font-weight: 700;
      line-height: 1.2;
      font-variant-numeric: tabular-nums;
    }
    .kpi-note {
      display: block;
      color: var(--_text-secondary);
    }
    .figure {
      margin: calc(var(--_space) * 2) 0 0;
      break-inside: avoid;
    }
    .bars {
      display: grid;
      grid-template-columns: minmax(8rem, 1fr) minmax(6rem, 2fr) auto;
      gap: 0.5rem var(--_space);
      align-items: center;
      margin-block-end: var(--_space);
    }
    .bar,
    .columns svg {
      display: block;
      width: 100%;
      height: 100%;
      fill: var(--_sd-bar);
    }
    /* Received: an outlined column (its outline at 3:1 or more), resolved: a solid one inside it, told apart by more than colour. */
    .weekly .received,
    .swatch {
      fill: var(--_sd-received);
      stroke: var(--_sd-received-line);
      stroke-width: 2px;
      vector-effect: non-scaling-stroke;
      background: var(--_sd-received);
      border: 2px solid var(--_sd-received-line);
    }
    .bar {
      height: 1.25rem;
    }
    .bar-value {
      font-variant-numeric: tabular-nums;
      text-align: end;
    }
    .columns {
      display: flex;
      height: 10rem;
      border-block-end: 2px solid var(--_border);
    }
    .columns svg {
      flex: 1;
      min-width: 0;
    }
    .weekly .resolved,
    .swatch.resolved {
      fill: var(--_sd-resolved);
      stroke: none;
      background: var(--_sd-resolved);
      border: 0;
    }
    .suppressed,
    .swatch.suppressed {
      fill: none;
      stroke: var(--_text-secondary);
      stroke-width: 2px;
      stroke-dasharray: 3 2;
      vector-effect: non-scaling-stroke;
      background: none;
      border: 2px dashed var(--_text-secondary);
    }
    /* Bars and weeks run from the reading start: from the right in Arabic. */
    [dir='rtl'] svg {
      transform: scaleX(-1);
    }
    .scale,
    .axis {
      color: var(--_text-secondary);
      font-variant-numeric: tabular-nums;
      margin: 0;
    }
    .axis {
      display: flex;
      justify-content: space-between;
      margin-block-end: 0.5rem;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem var(--_space);
      list-style: none;
      margin: 0 0 var(--_space);
      padding: 0;
    }
    .swatch {
      display: inline-block;
      inline-size: 1rem;
      block-size: 1rem;
      margin-inline-end: 0.5rem;
      vertical-align: -0.15em;
    }
    .swatch.resolved {
      inline-size: 0.5rem;
    }
    .table-toggle summary {
      color: var(--_link);
      text-decoration: underline;
      cursor: pointer;
      padding-block: 0.5rem;
      min-height: var(--_target);
    }
    .table {
      border-collapse: collapse;
      width: 100%;
      margin-block: 0.5rem var(--_space);
      font-variant-numeric: tabular-nums;
    }
    .table th,
    .table td {
      border-block-end: 1px solid var(--_border-muted);
      padding: 0.5rem;
      text-align: start;
      vertical-align: top;
    }
    .table td {
      text-align: end;
    }
    .loading {
      color: var(--_text-secondary);
    }
    /* Printed: the figures and their tables, without the controls. */
    @media print {
      .period-form,
      .retry,
      .table-toggle summary {
        display: none;
      }
      .table-toggle::details-content {
        content-visibility: visible;
        display: block;
      }
      svg,
      .swatch,
      .kpi {
        print-color-adjust: exact;
      }
    }
  `,
];
