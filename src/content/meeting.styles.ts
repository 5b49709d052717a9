import { css } from 'lit';

/** The meeting summary, and the cards of the meeting list: one look for a meeting wherever it shows. */
export const meetingStyles = css`
  .kind {
    display: inline-block;
    margin: 0 0 0.25em;
    font-size: var(--_font-size-small);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .header > h1,
  .header > h2,
  .header > h3,
  .header > h4,
  .header > h5,
  .header > h6 {
    margin-top: 0;
  }

  .lead {
    font-size: var(--_font-size-large);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    font-size: var(--_font-size-small);
    opacity: var(--_muted-opacity);
  }

  .figure {
    margin: 1em 0;
  }

  .image {
    display: block;
    max-width: 100%;
    height: auto;
  }

  .image--ratio {
    width: 100%;
    aspect-ratio: var(--helse-image-aspect-ratio, 16 / 9);
    object-fit: cover;
  }

  figcaption {
    margin-top: 0.4em;
    font-size: var(--_font-size-small);
  }

  .links {
    margin: 1em 0;
    padding-inline-start: 1.25em;
  }
`;
