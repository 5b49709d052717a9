import { css } from 'lit';

export const feedbackStyles = css`
  .feedback {
    max-width: var(--_max-width);
    padding-block: calc(var(--_space) / 2);
  }

  .question {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: var(--_font-size-large);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }

  .form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }

  .form > .button {
    align-self: flex-start;
  }

  .label {
    font-size: var(--_font-size-large);
    font-weight: 600;
  }

  .warning {
    margin: 0;
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_warning-bg);
  }

  .textarea {
    display: block;
    width: 100%;
    min-height: 6rem;
    padding: 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    resize: vertical;
  }

  .textarea[aria-invalid='true'] {
    border-color: var(--_danger);
  }

  .count {
    margin: 0;
    font-size: var(--_font-size-small);
    opacity: var(--_muted-opacity);
  }

  .count--error {
    opacity: 1;
    color: var(--_danger);
    font-weight: 600;
  }

  .privacy--shown {
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 4px solid var(--_danger);
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
    margin-block: calc(var(--_space) / 2);
    font-size: var(--_font-size-large);
  }

  .message--error {
    padding-inline-start: calc(var(--_space) / 2);
    border-inline-start: 4px solid var(--_danger);
  }

  @media (forced-colors: active) {
    .textarea[aria-invalid='true'],
    .privacy--shown,
    .message--error {
      border-color: Mark;
    }
  }
`;
