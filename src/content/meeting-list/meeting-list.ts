import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '../../core/lit-localize.js';
import { HelseDataElement } from '../data-element.js';
import {
  listedMeetingSchema,
  listedMeetingsSchema,
  type ListedMeeting as Meeting,
  type ListedMeetings as MeetingList,
} from '../schemas/meeting.js';
import { isDayShaped } from '../schemas/common.js';
import { validate } from '../validate.js';
import { renderText, type TextContext } from '../text.js';
import { formatDate } from '../../core/dates.js';
import { clampLevel, heading } from '../heading.js';
import { flatHtml } from '../flat.js';
import { isSafeHref } from '../links.js';
import { buttons, tokens } from '../../core/tokens.styles.js';
import { contentStyles } from '../content.styles.js';
import { meetingStyles } from '../meeting.styles.js';
import { meetingListStyles } from './meeting-list.styles.js';

/** How many meetings show at first, and how many more «Vis flere møter» adds. */
const PAGE_SIZE = 20;

/** When a meeting happened, for ordering: the meeting date, else the publication date. */
const dateOf = (meeting: Pick<Meeting, 'meetingDate' | 'published'>) => meeting.meetingDate ?? meeting.published;

/**
 * A meeting as the document gives it, with its place there (for messages) and when it happened; `checked`
 * is the meeting once checked for its card, or false when it cannot be shown.
 */
type Entry = { raw: unknown; at: number; date: string; checked?: Meeting | false };

/** A document, its meetings newest first, and each year's meetings: worked out once per document. */
type Index = [list: MeetingList, sorted: Entry[], byYear: Map<string, Entry[]>];

/**
 * A list of meetings: newest first, grouped by year, with a year filter, each
 * a compact card (kind, title linking to the meeting, date, short lead). Long
 * archives show 20 meetings at a time, with «Vis flere møter» for the next 20:
 * focus moves to the first of them and the count shown is announced.
 *
 * A meeting is checked when it is first shown, not before: a meeting it cannot
 * show is left out, with a console warning and `helse-data-error` naming it
 * (`meetings[3].title`), and the rest of the archive stays usable.
 *
 * @slot - Fallback content, shown until the list has rendered and again if it fails.
 *
 * @event helse-data-error - The document could not be loaded or is invalid, or a meeting in it is and was left out. `detail`: `{ reason, message, path?, status?, src? }`.
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

  /** Level of the list's title heading (1–6), 2 unless set; years and meetings go one and two levels deeper. */
  headingLevel?: number;

  /** Show at most this many meetings (after the year filter). */
  limit: number | undefined;

  /** The year shown, e.g. "2021"; empty for all years. The visitor changes it with the filter. */
  year = '';

  /** How many pages of meetings the visitor has asked for; back to one when the year changes. */
  protected pages = 1;

  protected get schema() {
    return listedMeetingsSchema;
  }

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
    const wanted = Math.min(this.limit && this.limit > 0 ? this.limit : Infinity, this.pages * PAGE_SIZE);
    // One meeting more than shown, to know whether «Vis flere møter» has any to add.
    const shown: Entry[] = [];
    for (const entry of matching) {
      if (shown.length > wanted) break;
      if (this.#check(entry)) shown.push(entry);
    }
    // That one is not shown; it only says there are more to add, unless `limit` stops the list here.
    const more = shown.splice(wanted).length > 0 && this.limit !== wanted;
    // An iterator, so the element's flatHtml leaves the list a template of its own: its shape changes as the visitor
    // filters and shows more, and a new shape would render the filter anew, taking the visitor's focus with it.
    return [
      html`
        ${list.title ? heading(level, renderText(list.title, this.context)) : nothing}
        ${byYear.size > 1 ? this.#renderFilter([...byYear.keys()], year) : nothing}
        <p class="visually-hidden" role="status">
          ${this.hasUpdated && (byYear.size > 1 || this.pages > 1) ? countText(shown.length) : ''}
        </p>
        ${
          shown.length === 0
            ? html`<p part="empty" class="empty">${msg('Ingen møter å vise')}</p>`
            : [...groupByYear(shown)].map(
                ([groupYear, entries]) =>
                  flatHtml`<section class="year">
                  ${heading(yearLevel, groupYear)}
                  <ul part="list" class="cards">
                    ${
                      // An iterator, not an array, so flatHtml leaves each card an instance of its own: merged, every
                      // year and page the filter and «Vis flere» show would be a shape, prepared by Lit for itself.
                      entries.map((entry) => this.#renderCard(entry, list, yearLevel + 1)).values()
                    }
                  </ul>
                </section>`,
              )
        }
        ${
          more
            ? html`<button part="button more" class="button" type="button" @click=${this.#showMore}>
                ${msg('Vis flere møter')}
              </button>`
            : nothing
        }
      `,
    ].values();
  }

  /**
   * Sorting thousands of meetings takes longer than a frame: it is done when the document changes, not on every
   * filter. Only the form of the date a meeting is ordered and grouped by is checked here; a meeting without one
   * is checked (and left out) now, the rest when they are shown.
   */
  #indexOf(list: MeetingList): Index {
    if (this.#index?.[0] !== list) {
      const entries = list.meetings
        .map((raw, at): Entry => ({ raw, at, date: dateOf((raw ?? {}) as Meeting) }))
        .filter((entry) => isDayShaped(entry.date) || this.#check(entry))
        // ISO dates sort as plain strings, without the cost of a locale-aware compare.
        .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
      this.#index = [list, entries, groupByYear(entries)];
    }
    return this.#index;
  }

  /** The meeting checked for its card, once; one that fails is left out, and reported once this update is done. */
  #check(entry: Entry): Meeting | false {
    if (entry.checked === undefined) {
      const result = validate(listedMeetingSchema, entry.raw, `meetings[${entry.at}]`);
      entry.checked = result.ok && result.value;
      if (!result.ok) queueMicrotask(() => this.report(result.error, 'a meeting, and leaves it out'));
    }
    return entry.checked;
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

  #renderCard(entry: Entry, list: MeetingList, level: number) {
    const meeting = entry.checked as Meeting;
    const date = entry.date;
    const context: TextContext = { locale: this.locale, documentLang: meeting.lang ?? list.lang };
    const title = renderText(meeting.title, context);
    return flatHtml`<li part="card" class="card">
      <article>
        ${meeting.kind ? html`<p part="kind" class="kind">${renderText(meeting.kind, context)}</p>` : nothing}
        ${heading(level, isSafeHref(meeting.href) ? html`<a href=${meeting.href}>${title}</a>` : title, 'card-title')}
        <p part="meta" class="meta">
          <time datetime=${date}>${formatDate(date, this.locale)}</time>
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
function groupByYear(meetings: Entry[]): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const meeting of meetings) {
    const year = meeting.date.slice(0, 4);
    const group = groups.get(year);
    if (group) group.push(meeting);
    else groups.set(year, [meeting]);
  }
  return groups;
}
