import { html, nothing, type PropertyDeclarations } from 'lit';
import { msg } from '../../core/lit-localize.js';
import { HelseDataElement } from '../data-element.js';
import { meetingSchema, type Meeting } from '../schemas/meeting.js';
import { renderText, type Text } from '../text.js';
import { renderDate } from '../../core/dates.js';
import { clampLevel, heading } from '../heading.js';
import { renderImage } from './image.js';
import { renderItemList } from '../items.js';
import { renderLink } from '../links.js';
import { buttons, tokens } from '../../core/tokens.styles.js';
import { contentStyles } from '../content.styles.js';
import { meetingStyles } from '../meeting.styles.js';
import { meetingSummaryStyles } from './meeting-summary.styles.js';

/**
 * What a foretaksmøte or styremøte decided, as a news item: title, kind,
 * lead, «Publisert 18.02.2022», the image, the owner's goals as a numbered
 * list with their intro and closing sentence, the body and the links
 * (protocols, styringsdokumenter) with file type and size.
 *
 * @slot - Fallback content, shown until the meeting has rendered and again if it fails.
 *
 * @event helse-data-error - The document could not be loaded or is invalid. `detail`: `{ reason, message, path?, status?, src? }`.
 *
 * @csspart base - The rendered meeting.
 * @csspart title - The title.
 * @csspart kind - The kind of meeting, e.g. «Foretaksmøte».
 * @csspart meta - The line with the dates.
 * @csspart lead - The lead paragraph.
 * @csspart figure - The image and its caption.
 * @csspart image - The image.
 * @csspart caption - The caption.
 * @csspart goals - The goals with their intro and closing sentence.
 * @csspart list - The numbered list of goals.
 * @csspart item - Every goal.
 * @csspart heading - Every section heading.
 * @csspart links - The list of links.
 * @csspart link - Every link.
 * @csspart loading - The placeholder while loading (only without fallback content).
 * @csspart error - The error message (only without fallback content).
 * @csspart retry - The «Prøv igjen» button after a load failure.
 *
 * @cssprop --helse-image-aspect-ratio - Aspect ratio of an image given without width and height. Default `16 / 9`.
 *
 * @tagname helse-meeting-summary
 */
export class HelseMeetingSummary extends HelseDataElement<Meeting> {
  static override styles = [tokens, buttons, contentStyles, meetingStyles, meetingSummaryStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Level of the title heading (1–6), 2 unless set; section headings go one level deeper. */
  headingLevel?: number;

  protected get schema() {
    return meetingSchema;
  }

  protected renderContent(meeting: Meeting) {
    const level = clampLevel(this.headingLevel);
    return html`
      <header class="header">
        ${meeting.kind ? html`<p part="kind" class="kind">${this.#text(meeting.kind)}</p>` : nothing}
        ${heading(level, this.#text(meeting.title), 'title')}
      </header>
      ${meeting.lead ? html`<p part="lead" class="lead">${this.#text(meeting.lead)}</p>` : nothing}
      <p part="meta" class="meta">${this.#renderDates(meeting)}</p>
      ${meeting.image ? renderImage(meeting.image, this.context) : nothing} ${this.#renderGoals(meeting)}
      ${meeting.sections?.map(
        (section) =>
          html`<section class="section">
            ${section.heading ? heading(level + 1, this.#text(section.heading)) : nothing}
            ${section.paragraphs.map((paragraph) => html`<p>${this.#text(paragraph)}</p>`)}
          </section>`,
      )}
      ${
        meeting.links?.length
          ? html`<ul part="links" class="links">
              ${meeting.links.map((link) => html`<li>${renderLink(link, this.context)}</li>`)}
            </ul>`
          : nothing
      }
    `;
  }

  #text(text: Text | undefined) {
    return renderText(text, this.context);
  }

  #renderDates(meeting: Meeting) {
    const published = renderDate(meeting.published, this.locale);
    const held = meeting.meetingDate ? renderDate(meeting.meetingDate, this.locale) : undefined;
    // The space keeps the two dates apart for screen readers; the layout spaces them visually.
    return html`<span class="published">${msg(html`Publisert ${published}`)}</span>
      ${held ? html`<span class="held">${msg(html`Møtedato ${held}`)}</span>` : nothing}`;
  }

  #renderGoals(meeting: Meeting) {
    const goals = meeting.goals;
    if (!goals?.items.length) return nothing;
    return html`<div part="goals" class="goals">
      ${goals.intro ? html`<p>${this.#text(goals.intro)}</p>` : nothing} ${renderItemList(goals.items, this.context)}
      ${goals.outro ? html`<p>${this.#text(goals.outro)}</p>` : nothing}
    </div>`;
  }
}
