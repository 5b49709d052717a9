import { css } from 'lit';

export const feedbackReportStyles = css`
  .report {
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

  @media (forced-colors: active) {
    .bar-fill {
      background: CanvasText;
    }
  }
`;
