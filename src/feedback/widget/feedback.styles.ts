import { css } from 'lit';

export const feedbackStyles = css`
  .feedback {
    max-width: var(--helse-max-width, 40rem);
    padding-block: calc(var(--helse-space, 1rem) / 2);
  }

  .question {
    margin: 0 0 calc(var(--helse-space, 1rem) / 2);
    font-size: var(--helse-font-size-large, 1.25em);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--helse-space, 1rem) / 2);
  }

  .form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--helse-space, 1rem) / 2);
  }

  .form > .button {
    align-self: flex-start;
  }

  .label {
    font-size: var(--helse-font-size-large, 1.25em);
    font-weight: 600;
  }

  .warning {
    margin: 0;
    padding: calc(var(--helse-space, 1rem) / 2) var(--helse-space, 1rem);
    border-inline-start: 4px solid var(--helse-color-accent, #005a9c);
    background: var(--helse-color-warning-background, transparent);
  }

  .textarea {
    display: block;
    width: 100%;
    min-height: 6rem;
    padding: 0.5em;
    border: 2px solid var(--helse-color-border, currentColor);
    border-radius: var(--helse-radius, 4px);
    background: transparent;
    resize: vertical;
  }

  .textarea[aria-invalid='true'] {
    border-color: var(--helse-color-danger, #b00020);
  }

  .count {
    margin: 0;
    font-size: var(--helse-font-size-small, 0.9375em);
    opacity: var(--helse-muted-opacity, 0.8);
  }

  .count--error {
    opacity: 1;
    color: var(--helse-color-danger, #b00020);
    font-weight: 600;
  }

  .privacy--shown {
    padding: calc(var(--helse-space, 1rem) / 2) var(--helse-space, 1rem);
    border-inline-start: 4px solid var(--helse-color-danger, #b00020);
    font-weight: 600;
  }

  /* Out of sight and out of reach for people; bots fill it in. */
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }

  .message--shown {
    margin-block: calc(var(--helse-space, 1rem) / 2);
    font-size: var(--helse-font-size-large, 1.25em);
  }

  .message--error {
    padding-inline-start: calc(var(--helse-space, 1rem) / 2);
    border-inline-start: 4px solid var(--helse-color-danger, #b00020);
  }

  @media (forced-colors: active) {
    .textarea[aria-invalid='true'],
    .privacy--shown,
    .message--error {
      border-color: Mark;
    }
  }
`;
