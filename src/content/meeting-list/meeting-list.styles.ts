import { css } from 'lit';

export const meetingListStyles = css`
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0 0 1em;
  }

  .filter label {
    font-weight: 600;
  }

  .filter select {
    min-height: 2.75rem;
    padding: 0.25em 0.5em;
    border: 2px solid var(--helse-color-border, currentColor);
    border-radius: var(--helse-radius, 4px);
    background: transparent;
  }

  .filter option {
    color: initial;
  }

  .cards {
    display: grid;
    gap: var(--helse-space, 1rem);
    margin: 0 0 1.5em;
    padding: 0;
    list-style: none;
  }

  .card {
    padding: var(--helse-space, 1rem);
    border: 1px solid var(--helse-color-border, currentColor);
    border-radius: var(--helse-radius, 4px);
  }

  .card :is(h2, h3, h4, h5, h6) {
    margin: 0 0 0.25em;
    font-size: var(--helse-font-size-large, 1.25em);
  }

  .card .meta {
    margin-bottom: 0.5em;
  }

  .card-lead {
    display: -webkit-box;
    margin: 0;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
  }

  .empty {
    font-style: italic;
  }
`;
