import { css } from 'lit';

/**
 * Design tokens and the base every component shares.
 *
 * Public tokens are `--helse-*` custom properties, read where they are used,
 * each with its documented default as the fallback (private copies on `:host`
 * cost every visitor bytes; tests/docs/custom-properties.test.mjs keeps the
 * fallbacks in step). Defining the public names on `:host` would shadow the
 * values a host page sets on `:root` or an ancestor, so we never do.
 * Text colour and font are inherited from the page; only accents carry their
 * own colour, chosen to keep 4.5:1 contrast with white text on any page.
 */
export const tokens = css`
  :host {
    /* flow-root keeps the margins of what we render inside our box: the height a page measures
       and reserves for an element is all the room it takes, so nothing below it moves. */
    display: flow-root;
    box-sizing: border-box;
    font-size: var(--helse-font-size, 1rem);
    overflow-wrap: break-word;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }

  /* A two-tone ring stays visible on light and dark pages alike. */
  :focus-visible {
    outline: 3px solid var(--helse-color-focus, #1a1a1a);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--helse-color-focus-inner, #ffffff);
  }

  [tabindex='-1']:focus {
    outline: none;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;

/** Buttons shared by components: a filled primary and an outlined secondary. */
export const buttons = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5em 1.25em;
    border: 2px solid var(--helse-color-accent, #005a9c);
    border-radius: var(--helse-radius, 4px);
    background: var(--helse-color-accent, #005a9c);
    color: var(--helse-color-on-accent, #ffffff);
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    transition: filter 0.15s ease-in-out;
  }

  .button:hover {
    filter: brightness(1.15);
  }

  .button--secondary {
    background: transparent;
    color: inherit;
    border-color: currentColor;
  }

  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
