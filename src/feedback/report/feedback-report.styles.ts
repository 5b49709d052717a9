import { css } from 'lit';

export const feedbackReportStyles = css`
  .report {
    --_chart-yes: var(--helse-color-chart-yes, var(--_accent));
    --_chart-no: var(--helse-color-chart-no, #b35900);
    max-width: 60rem;
  }

  h2,
  h3 {
    margin: 0 0 calc(var(--_space) / 2);
    line-height: 1.25;
  }

  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-bottom: var(--_space);
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
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }

  .hint {
    font-size: var(--_font-size-small);
    opacity: var(--_muted-opacity);
  }

  .field .hint {
    max-width: 18rem;
  }

  select,
  input {
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
  }

  .status:empty {
    display: none;
  }

  .error {
    color: var(--_danger);
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
    padding-bottom: calc(var(--_space) / 2);
  }

  th,
  td {
    padding: 0.5rem;
    border-bottom: 1px solid var(--_border);
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
    font-size: var(--_font-size-small);
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
    background: var(--_accent);
  }

  .comments {
    margin-top: calc(var(--_space) * 1.5);
  }

  .comment-list {
    padding: 0;
    list-style: none;
  }

  .comment-list li {
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }

  .comment-list p {
    margin: 0 0 0.25rem;
    white-space: pre-wrap;
  }

  time {
    font-size: var(--_font-size-small);
  }

  .trend {
    margin: var(--_space) 0 calc(var(--_space) * 1.5);
  }

  .trend-summary {
    margin: 0 0 0.5rem;
  }

  .legend {
    display: flex;
    gap: var(--_space);
    margin: 0 0 0.25rem;
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-small);
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
    margin-top: calc(var(--_space) / 2);
  }

  .comment-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }

  .comment-page,
  .badge {
    font-size: var(--_font-size-small);
  }

  .badge {
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
  }

  .comment[data-status='spam'] .comment-text {
    opacity: var(--_muted-opacity);
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
