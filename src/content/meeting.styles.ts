import { css } from 'lit';

/**
 * What the meeting summary and the meeting list's cards share: one look for a meeting's kind and
 * date wherever it shows. The summary's own styles (header, lead, image, links) are in its folder,
 * so the list's bundle and shadow roots do not carry them.
 */
export const meetingStyles = css`
  .kind {
    display: inline-block;
    margin: 0 0 0.25em;
    font-size: var(--helse-font-size-small, 0.9375em);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    font-size: var(--helse-font-size-small, 0.9375em);
    opacity: var(--helse-muted-opacity, 0.8);
  }
`;
