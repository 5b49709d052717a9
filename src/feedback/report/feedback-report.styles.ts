import { css } from 'lit';

export const feedbackReportStyles = css`
  .report {
    --_chart-yes: var(--helse-color-chart-yes, var(--helse-color-accent, #005a9c));
    --_chart-no: var(--helse-color-chart-no, #b35900);
    max-width: 60rem;
  }

  h2,
  h3 {
    margin: 0 0 calc(var(--helse-space, 1rem) / 2);
    line-height: 1.25;
  }

  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--helse-space, 1rem) / 2) var(--helse-space, 1rem);
    margin-bottom: var(--helse-space, 1rem);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    flex-basis: 100%;
  }

  .presets [aria-pressed='true'] {
    background: var(--helse-color-accent, #005a9c);
    border-color: var(--helse-color-accent, #005a9c);
    color: var(--helse-color-on-accent, #ffffff);
  }

  .hint {
    font-size: var(--helse-font-size-small, 0.9375em);
    opacity: var(--helse-muted-opacity, 0.8);
  }

  .field .hint {
    max-width: 18rem;
  }

  select,
  input {
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--helse-color-border, currentColor);
    border-radius: var(--helse-radius, 4px);
    background: transparent;
  }

  .status:empty {
    display: none;
  }

  .error {
    color: var(--helse-color-danger, #b00020);
    font-weight: 600;
  }

  .table-wrap {
    overflow-x: auto;
  }

  table {
    width: 100%;
    border-collapse: collapse;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: calc(var(--helse-space, 1rem) / 2);
  }

  th,
  td {
    padding: 0.5rem;
    border-bottom: 1px solid var(--helse-color-border, currentColor);
    text-align: start;
    vertical-align: top;
  }

  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .page-url {
    display: block;
    font-weight: normal;
    font-size: var(--helse-font-size-small, 0.9375em);
    overflow-wrap: anywhere;
  }

  .share {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-width: 8rem;
  }

  /* The bar repeats the number beside it; the number is what everyone, screen readers included, reads. */
  .bar {
    flex: 1;
    height: 0.75rem;
    border: 1px solid currentColor;
  }

  .bar-fill {
    display: block;
    height: 100%;
    background: var(--helse-color-accent, #005a9c);
  }

  .comments {
    margin-top: calc(var(--helse-space, 1rem) * 1.5);
  }

  .comment-list {
    padding: 0;
    list-style: none;
  }

  .comment-list li {
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--helse-color-border, currentColor);
  }

  .comment-list p {
    margin: 0 0 0.25rem;
    white-space: pre-wrap;
  }

  time {
    font-size: var(--helse-font-size-small, 0.9375em);
  }

  .trend {
    margin: var(--helse-space, 1rem) 0 calc(var(--helse-space, 1rem) * 1.5);
  }

  .trend-summary {
    margin: 0 0 0.5rem;
  }

  .legend {
    display: flex;
    gap: var(--helse-space, 1rem);
    margin: 0 0 0.25rem;
    padding: 0;
    list-style: none;
    font-size: var(--helse-font-size-small, 0.9375em);
  }

  .legend li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }

  .key {
    display: inline-block;
    width: 1.5rem;
    border-top: 3px solid var(--_chart-yes);
  }

  .key.no {
    border-top: 3px dashed var(--_chart-no);
  }

  .chart {
    display: block;
    width: 100%;
    height: auto;
    max-height: 16rem;
    overflow: visible;
  }

  .chart .grid {
    stroke: currentColor;
    stroke-opacity: 0.25;
    vector-effect: non-scaling-stroke;
  }

  .chart .axis {
    fill: currentColor;
    font-size: 12px;
  }

  .chart .series {
    fill: none;
    stroke-width: 2.5;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }

  .chart .yes {
    stroke: var(--_chart-yes);
  }

  .chart .no {
    stroke: var(--_chart-no);
  }

  .chart .series.no {
    stroke-dasharray: 6 4;
  }

  .chart .mark.yes {
    fill: var(--_chart-yes);
  }

  .chart .mark.no {
    fill: var(--_chart-no);
  }

  .trend-details summary {
    cursor: pointer;
    padding: 0.5rem 0;
  }

  .trend-table {
    max-width: 24rem;
  }

  .comment-filter {
    margin-top: calc(var(--helse-space, 1rem) / 2);
  }

  .comment-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }

  .comment-page,
  .badge {
    font-size: var(--helse-font-size-small, 0.9375em);
  }

  .badge {
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
  }

  .comment[data-status='spam'] .comment-text {
    opacity: var(--helse-muted-opacity, 0.8);
  }

  .triage {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }

  @media (forced-colors: active) {
    .bar-fill {
      background: CanvasText;
    }

    .chart .yes,
    .chart .no,
    .key,
    .key.no {
      stroke: CanvasText;
      border-top-color: CanvasText;
    }

    .chart .mark.yes,
    .chart .mark.no {
      fill: CanvasText;
    }

    .presets [aria-pressed='true'] {
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
`;
