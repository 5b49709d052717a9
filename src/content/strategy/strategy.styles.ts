import { css } from 'lit';

export const strategyStyles = css`
  .organization {
    margin-top: -0.25em;
    opacity: var(--helse-muted-opacity, 0.8);
  }

  .statement {
    margin: 1em 0;
    padding: 0.5em var(--helse-space, 1rem);
    border-inline-start: 4px solid var(--helse-color-accent, #005a9c);
  }

  .statement-label {
    margin: 0;
    font-size: var(--helse-font-size-small, 0.9375em);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .statement-text {
    margin: 0;
    font-size: var(--helse-font-size-large, 1.25em);
    font-weight: 600;
  }

  .adopted,
  .status {
    font-style: italic;
  }

  .focus,
  .documents {
    margin: 0 0 1em;
    padding-inline-start: 1.25em;
  }

  .focus q {
    font-style: italic;
  }

  .goal-group > :first-child {
    margin-top: 1em;
  }
`;
