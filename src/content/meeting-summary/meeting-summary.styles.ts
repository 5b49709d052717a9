import { css } from 'lit';

/** The meeting summary: its header, lead, image and links (the kind and date are in ../meeting.styles.ts). */
export const meetingSummaryStyles = css`
  .header > :is(h1, h2, h3, h4, h5, h6) {
    margin-top: 0;
  }

  .lead {
    font-size: var(--helse-font-size-large, 1.25em);
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
    font-size: var(--helse-font-size-small, 0.9375em);
  }

  .links {
    margin: 1em 0;
    padding-inline-start: 1.25em;
  }
`;
