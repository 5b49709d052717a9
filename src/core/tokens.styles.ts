import { css } from 'lit';

/**
 * Design tokens and the base every component shares.
 *
 * Public tokens are `--helse-*` custom properties, read with fallbacks into
 * private `--_*` ones. Defining the public names on `:host` would shadow the
 * values a host page sets on `:root` or an ancestor, so we never do.
 * Text colour and font are inherited from the page; only accents carry their
 * own colour, chosen to keep 4.5:1 contrast with white text on any page.
 */
export const tokens = css`
  :host {
    --_accent: var(--helse-color-accent, #005a9c);
    --_on-accent: var(--helse-color-on-accent, #ffffff);
    --_danger: var(--helse-color-danger, #b00020);
    --_warning-bg: var(--helse-color-warning-background, transparent);
    --_border: var(--helse-color-border, currentColor);
    --_focus: var(--helse-color-focus, #1a1a1a);
    --_focus-inner: var(--helse-color-focus-inner, #ffffff);
    --_muted-opacity: var(--helse-muted-opacity, 0.8);
    --_radius: var(--helse-radius, 4px);
    --_space: var(--helse-space, 1rem);
    --_font-size: var(--helse-font-size, 1rem);
    --_font-size-small: var(--helse-font-size-small, 0.9375em);
    --_font-size-large: var(--helse-font-size-large, 1.25em);
    --_max-width: var(--helse-max-width, 40rem);

    /* flow-root keeps the margins of what we render inside our box: the height a page measures
       and reserves for an element is all the room it takes, so nothing below it moves. */
    display: flow-root;
    box-sizing: border-box;
    font-size: var(--_font-size);
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
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus-inner);
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
    clip: rect(0 0 0 0);
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
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
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
