import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '../../core/lit-localize.js';
import { HelseDataElement } from '../data-element.js';
import {
  listedMeetingsSchema,
  type ListedMeeting as Meeting,
  type ListedMeetings as MeetingList,
} from '../schemas/meeting.js';
import { renderText, type TextContext } from '../text.js';
import { formatDate } from '../../core/dates.js';
import { clampLevel, heading } from '../heading.js';
import { isSafeHref } from '../links.js';
import { buttons, tokens } from '../../core/tokens.styles.js';
import { contentStyles } from '../content.styles.js';
import { meetingStyles } from '../meeting.styles.js';
import { meetingListStyles } from './meeting-list.styles.js';

/** How many meetings show at first, and how many more «Vis flere møter» adds. */
const PAGE_SIZE = 20;

/** When a meeting happened, for ordering: the meeting date, else the publication date. */
const dateOf = (meeting: Meeting) => meeting.meetingDate ?? meeting.published;

/** A document, its meetings newest first, and each year's meetings: worked out once per document. */
type Index = [list: MeetingList, sorted: Meeting[], byYear: Map<string, Meeting[]>];

/**
 * A list of meetings: newest first, grouped by year, with a year filter, each
 * a compact card (kind, title linking to the meeting, date, short lead). Long
 * archives show 20 meetings at a time, with «Vis flere møter» for the next 20:
 * focus moves to the first of them and the count shown is announced.
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
 * @csspart more - The «Vis flere møter» button.
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
    pages: { state: true },
  };

  /** Level of the list's title heading (1–6); years and meetings go one and two levels deeper. */
  headingLevel = 2;

  /** Show at most this many meetings (after the year filter). */
  limit: number | undefined;

  /** The year shown, e.g. "2021"; empty for all years. The visitor changes it with the filter. */
  year = '';

  /** How many pages of meetings the visitor has asked for; back to one when the year changes. */
  protected pages = 1;

  protected readonly schema = listedMeetingsSchema;

  #index: Index | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new document (dataState is protected, so not among the public keys) starts on one page too.
    if (changed.has('year') || (changed as Map<PropertyKey, unknown>).has('dataState')) this.pages = 1;
  }

  protected renderContent(list: MeetingList) {
    const level = clampLevel(this.headingLevel);
    const yearLevel = list.title ? level + 1 : level;
    const [, sorted, byYear] = this.#indexOf(list);
    const year = byYear.has(this.year) ? this.year : '';
    const matching = byYear.get(year) ?? sorted;
    const limit = Math.min(this.limit && this.limit > 0 ? this.limit : Infinity, matching.length);
    const count = Math.min(limit, this.pages * PAGE_SIZE);
    const shown = matching.slice(0, count);
    return html`
      ${list.title ? heading(level, renderText(list.title, this.context)) : nothing}
      ${byYear.size > 1 ? this.#renderFilter([...byYear.keys()], year) : nothing}
      <p class="visually-hidden" role="status">
        ${this.hasUpdated && (byYear.size > 1 || count < limit) ? countText(count) : ''}
      </p>
      ${
        count === 0
          ? html`<p part="empty" class="empty">${msg('Ingen møter å vise')}</p>`
          : [...groupByYear(shown)].map(
              ([groupYear, meetings]) =>
                html`<section class="year">
                  ${heading(yearLevel, groupYear)}
                  <ul part="list" class="cards">
                    ${meetings.map((meeting) => this.#renderCard(meeting, list, yearLevel + 1))}
                  </ul>
                </section>`,
            )
      }
      ${
        count < limit
          ? html`<button part="button more" class="button" type="button" @click=${this.#showMore}>
              ${msg('Vis flere møter')}
            </button>`
          : nothing
      }
    `;
  }

  /** Sorting thousands of meetings takes longer than a frame: it is done when the document changes, not on every filter. */
  #indexOf(list: MeetingList): Index {
    if (this.#index?.[0] !== list) {
      // ISO dates sort as plain strings, without the cost of a locale-aware compare.
      const sorted = list.meetings.slice().sort((a, b) => (dateOf(a) < dateOf(b) ? 1 : dateOf(a) > dateOf(b) ? -1 : 0));
      this.#index = [list, sorted, groupByYear(sorted)];
    }
    return this.#index;
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
        <p part="meta" class="meta">
          <time datetime=${dateOf(meeting)}>${formatDate(dateOf(meeting), this.locale)}</time>
        </p>
        ${meeting.lead ? html`<p part="lead" class="card-lead">${renderText(meeting.lead, context)}</p>` : nothing}
      </article>
    </li>`;
  }

  #onYearChange(event: Event): void {
    this.year = (event.target as HTMLSelectElement).value;
  }

  /** The next page; focus goes to the first meeting it adds, so keyboard and screen reader users go on from there. */
  async #showMore(): Promise<void> {
    const first = this.pages++ * PAGE_SIZE;
    await this.updateComplete;
    const title = this.renderRoot.querySelectorAll<HTMLElement>('[part~="card-title"]')[first];
    title.tabIndex = -1;
    (title.querySelector('a') ?? title).focus();
  }
}

/** «Viser 3 møter», announced when the filter or «Vis flere møter» changes what is shown. */
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
