import { css } from 'lit';

/** Typography and states shared by the content elements (strategy, goal list, meetings). */
export const contentStyles = css`
  :host {
    line-height: var(--helse-line-height, 1.5);
  }

  /* The author reserves this height so nothing jumps while data loads. */
  :host([aria-busy='true']) {
    min-height: var(--helse-placeholder-height, 0);
  }

  .content > :first-child {
    margin-top: 0;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 1.5em 0 0.5em;
    line-height: 1.25;
    color: var(--helse-color-heading, inherit);
  }

  p {
    margin: 0 0 0.75em;
  }

  a {
    color: var(--helse-color-link, inherit);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 3px;
  }

  .file-meta {
    white-space: nowrap;
  }

  .items {
    margin: 0 0 1em;
    padding-inline-start: 1.75em;
  }

  .item + .item {
    margin-top: 0.4em;
  }

  .item-title {
    display: block;
    font-weight: 600;
  }

  .item-description {
    display: block;
  }

  .loading {
    min-height: 1px;
  }

  .error {
    padding: calc(var(--helse-space, 1rem) / 2) var(--helse-space, 1rem);
    border-inline-start: 4px solid var(--helse-color-danger, #b00020);
  }

  .error p {
    margin: 0 0 0.5em;
  }

  .error p:last-child {
    margin: 0;
  }

  @media (forced-colors: active) {
    .error {
      border-color: Mark;
    }
  }
`;
