import { html, nothing } from 'lit';
import { renderText, resolveText, type TextContext } from '../text.js';
import type { MeetingImage } from '../schemas/meeting.js';

/**
 * An image that never makes the page jump: width and height reserve its box
 * (the browser derives the aspect ratio), else `--helse-image-aspect-ratio`
 * does. Lazy-loaded. A decorative image has empty alt text and no caption.
 */
export function renderImage(image: MeetingImage, context: TextContext) {
  const alt = 'alt' in image ? resolveText(image.alt, context.locale) : '';
  const caption = 'caption' in image && image.caption ? renderText(image.caption, context) : undefined;
  const sized = image.width !== undefined && image.height !== undefined;
  return html`<figure part="figure" class="figure">
    <img
      part="image"
      class=${sized ? 'image' : 'image image--ratio'}
      src=${image.src}
      alt=${alt}
      width=${image.width ?? nothing}
      height=${image.height ?? nothing}
      loading="lazy"
      decoding="async"
    />
    ${caption ? html`<figcaption part="caption">${caption}</figcaption>` : nothing}
  </figure>`;
}
