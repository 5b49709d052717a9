import { html, nothing, type PropertyDeclarations } from 'lit';
import { msg, str } from '../../core/lit-localize.js';
import { HelseDataElement } from '../data-element.js';
import { meetingListSchema, type Meeting, type MeetingList } from '../schemas/meeting.js';
import { renderText, type TextContext } from '../text.js';
import { renderDate } from '../../core/dates.js';
import { clampLevel, heading } from '../heading.js';
import { isSafeHref } from '../links.js';
import { buttons, tokens } from '../../core/tokens.styles.js';
import { contentStyles } from '../content.styles.js';
import { meetingStyles } from '../meeting.styles.js';
import { meetingListStyles } from './meeting-list.styles.js';

/** When a meeting happened, for ordering: the meeting date, else the publication date. */
const dateOf = (meeting: Meeting) => meeting.meetingDate ?? meeting.published;

/**
 * A list of meetings: newest first, grouped by year, with a year filter, each
 * a compact card (kind, title linking to the meeting, date, short lead).
 *
 * @slot - Fallback content, shown until the list has rendered and again if it fails.
 *
 * @event helse-data-error - The document could not be loaded or is invalid. `detail`: `{ reason, message, path?, status?, src? }`.
 *
 * @csspart base - The rendered list.
 * @csspart heading - The list's title and the year headings.
 * @csspart filter - The year filter (a select).
 * @csspart list - The list of one year's meetings.
 * @csspart card - One meeting.
 * @csspart card-title - A meeting's title (a link when it has `href`).
 * @csspart kind - The kind of meeting.
 * @csspart meta - A meeting's date.
 * @csspart lead - A meeting's lead, cut to three lines.
 * @csspart empty - «Ingen møter å vise».
 * @csspart loading - The placeholder while loading (only without fallback content).
 * @csspart error - The error message (only without fallback content).
 * @csspart retry - The «Prøv igjen» button after a load failure.
 *
 * @tagname helse-meeting-list
 */
export class HelseMeetingList extends HelseDataElement<MeetingList> {
  static override styles = [tokens, buttons, contentStyles, meetingStyles, meetingListStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    limit: { type: Number },
    year: {},
  };

  /** Level of the list's title heading (1–6); years and meetings go one and two levels deeper. */
  headingLevel = 2;

  /** Show at most this many meetings (after the year filter). */
  limit: number | undefined;

  /** The year shown, e.g. "2021"; empty for all years. The visitor changes it with the filter. */
  year = '';

  protected readonly schema = meetingListSchema;

  protected renderContent(list: MeetingList) {
    const level = clampLevel(this.headingLevel);
    const yearLevel = list.title ? level + 1 : level;
    const sorted = [...list.meetings].sort((a, b) => dateOf(b).localeCompare(dateOf(a)));
    const years = [...new Set(sorted.map((meeting) => dateOf(meeting).slice(0, 4)))];
    const year = years.includes(this.year) ? this.year : '';
    const limit = this.limit && this.limit > 0 ? this.limit : Infinity;
    const shown = sorted.filter((meeting) => !year || dateOf(meeting).startsWith(year)).slice(0, limit);
    const byYear = groupByYear(shown);
    return html`
      ${list.title ? heading(level, renderText(list.title, this.context)) : nothing}
      ${years.length > 1 ? this.#renderFilter(years, year) : nothing}
      <p class="visually-hidden" role="status">${this.hasUpdated && years.length > 1 ? countText(shown.length) : ''}</p>
      ${
        shown.length === 0
          ? html`<p part="empty" class="empty">${msg('Ingen møter å vise')}</p>`
          : [...byYear].map(
              ([groupYear, meetings]) =>
                html`<section class="year">
                  ${heading(yearLevel, groupYear)}
                  <ul part="list" class="cards">
                    ${meetings.map((meeting) => this.#renderCard(meeting, list, yearLevel + 1))}
                  </ul>
                </section>`,
            )
      }
    `;
  }

  #renderFilter(years: string[], selected: string) {
    return html`<div class="filter">
      <label for="year">${msg('Vis møter fra')}</label>
      <select id="year" part="filter" @change=${this.#onYearChange}>
        <option value="" ?selected=${!selected}>${msg('Alle år')}</option>
        ${years.map((year) => html`<option value=${year} ?selected=${year === selected}>${year}</option>`)}
      </select>
    </div>`;
  }

  #renderCard(meeting: Meeting, list: MeetingList, level: number) {
    const context: TextContext = { locale: this.locale, documentLang: meeting.lang ?? list.lang };
    const title = renderText(meeting.title, context);
    return html`<li part="card" class="card">
      <article>
        ${meeting.kind ? html`<p part="kind" class="kind">${renderText(meeting.kind, context)}</p>` : nothing}
        ${heading(level, isSafeHref(meeting.href) ? html`<a href=${meeting.href}>${title}</a>` : title, 'card-title')}
        <p part="meta" class="meta">${renderDate(dateOf(meeting), this.locale)}</p>
        ${meeting.lead ? html`<p part="lead" class="card-lead">${renderText(meeting.lead, context)}</p>` : nothing}
      </article>
    </li>`;
  }

  #onYearChange(event: Event): void {
    this.year = (event.target as HTMLSelectElement).value;
  }
}

/** «Viser 3 møter», announced when the filter changes. */
function countText(count: number): string {
  return count === 1 ? msg('Viser 1 møte') : msg(str`Viser ${count} møter`);
}

/** Meetings by year, in the order given (Map.groupBy is too new for some visitors' browsers). */
function groupByYear(meetings: Meeting[]): Map<string, Meeting[]> {
  const groups = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    const year = dateOf(meeting).slice(0, 4);
    const group = groups.get(year);
    if (group) group.push(meeting);
    else groups.set(year, [meeting]);
  }
  return groups;
}
