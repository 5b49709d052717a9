import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import * as v from 'valibot';
import { msg, str } from '../../core/lit-localize.js';
import { HelseElement } from '../../core/helse-element.js';
import { tokens, buttons } from '../../core/tokens.styles.js';
import { renderDate } from '../../core/dates.js';
import { intlLocale } from '../../core/intl-locale.js';
import { DEFAULT_TIMEOUT_MS, fetchJson, fetchWithTimeout, type JsonFailure } from '../../core/fetch.js';
import {
  commentsAnswerSchema,
  MIN_RANKED_ANSWERS,
  pagesAnswerSchema,
  trendAnswerSchema,
  type CommentStatus,
} from '../protocol/collector-api.js';
import { feedbackReportStyles } from './feedback-report.styles.js';
import { renderTrendChart, renderTrendTable, trendOf, trendSummary, type Trend } from './trend.js';
import type { FeedbackReportComment, FeedbackReportErrorReason, FeedbackReportPage } from './events.js';

const DAY_MS = 86_400_000;

/** A day as `YYYY-MM-DD` in the editor's own time zone (a Norwegian editor's is the collector's). */
const localDate = (time: number) => {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** The presets beside the date fields: the last n days, today included. */
const PRESETS = [7, 30, 90] as const;

/** The status filter's choices, as the collector's `status=` takes them. */
const STATUS_FILTERS = ['new,handled', 'new', 'handled', 'spam'] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number];

/** A failed read of the collector, as the report names it: refused credentials are `denied`. */
function reportReason({ reason, status }: JsonFailure): FeedbackReportErrorReason {
  if (status === 401 || status === 403) return 'denied';
  return reason === 'http' || reason === 'timeout' || reason === 'network' ? reason : 'invalid';
}

class ReportError extends Error {
  constructor(
    readonly reason: FeedbackReportErrorReason,
    readonly url: string,
    readonly status?: number,
  ) {
    super(`${reason}${status ? ` ${status}` : ''}`);
  }
}

type Load = 'idle' | 'loading' | 'ready' | 'failed';
type View = 'pages' | 'trend' | 'comments';

/** A section filter as the collector takes it: a path that starts (and, for a folder, ends) with `/`. */
const normalisePrefix = (value: string) => {
  const trimmed = value.trim();
  return !trimmed || trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
};

/**
 * The editors' view of page feedback: which pages fail visitors, how that changes, and what they
 * wrote. Reads the collector's API (`npm run collector`) and shows, for a period (presets «Siste 7
 * dager», «30 dager», «90 dager» or two dates) and optionally a section of the site (a path prefix):
 * the answers per day or week as a chart with a table and a one-sentence summary; the pages ranked
 * fairly, by the lower bound of the 95 % Wilson interval of their share of «Nei», pages with fewer
 * than 5 answers apart; and the comments, filtered by status and searchable.
 *
 * **Triage.** With `can-triage` set, each comment has buttons to mark it handled or spam, or back to
 * new: the change shows at once and is rolled back, with a message, if the collector refuses it.
 * Set `can-triage` when the token is the collector's TRIAGE_TOKEN; the element does not probe the
 * collector for its rights. A READ_TOKEN with `can-triage` set gets 403 on the first change: the
 * element then rolls it back, says the token may only read, and hides the controls.
 *
 * For a dashboard page behind the trust's own login, not for public pages: the token grants reading
 * every comment. Set it as a property from script; the `token` attribute works but leaves it in the markup.
 *
 * @tagname helse-feedback-report
 *
 * @event helse-feedback-report-error - The collector could not be read. `detail`: `{ reason, status?, url }`; `reason` is `network`, `timeout`, `denied`, `http` or `invalid`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart filter - The period and section filter form.
 * @csspart status - Loading, empty and error messages (a polite live region).
 * @csspart trend - The trend: heading, summary, chart and table.
 * @csspart trend-summary - The one-sentence summary of the trend.
 * @csspart chart - The SVG chart of «Ja» and «Nei» per day or week (hidden from assistive technology: the summary and table say the same).
 * @csspart trend-table - The trend's table, inside a disclosure.
 * @csspart table - The table of ranked pages.
 * @csspart unranked - The table of pages with too few answers to rank.
 * @csspart bar - The bar of a page's share of «Nei» (decorative; the number beside it says the same).
 * @csspart button - Every button.
 * @csspart comments - The comments, with their filter.
 * @csspart comment-status - A comment's status («Ny», «Håndtert», «Spam»).
 * @csspart triage - A comment's status buttons.
 * @csspart triage-error - Why a status change was rolled back.
 *
 * @cssprop --helse-color-accent - The bars, «Ja» in the chart and primary buttons. Default `#005a9c`.
 * @cssprop --helse-color-danger - Errors. Default `#b00020`.
 * @cssprop --helse-color-chart-no - «Nei» in the chart. Default `#b35900`.
 * @cssprop --helse-color-border - Lines of the table and fields. Default `currentColor`.
 */
export class HelseFeedbackReport extends HelseElement {
  static override styles = [tokens, buttons, feedbackReportStyles];

  static override properties: PropertyDeclarations = {
    collector: {},
    token: {},
    from: {},
    to: {},
    site: {},
    pathPrefix: { attribute: 'path-prefix' },
    canTriage: { type: Boolean, attribute: 'can-triage' },
    load: { state: true },
    failure: { state: true },
    pages: { state: true },
    trend: { state: true },
    trendLoad: { state: true },
    chosen: { state: true },
    comments: { state: true },
    commentsLoad: { state: true },
    next: { state: true },
    statusFilter: { state: true },
    query: { state: true },
    announcement: { state: true },
    triageErrors: { state: true },
  };

  /** Base URL of the collector, e.g. `https://feedback.helse-midt.no`. */
  collector = '';

  /** The collector's token: READ_TOKEN to read, TRIAGE_TOKEN to read and triage. Prefer setting the property from script. */
  token = '';

  /** First day of the period, `YYYY-MM-DD`. Default: 29 days before today («30 dager»). */
  from = localDate(Date.now() - 29 * DAY_MS);

  /** Last day of the period, `YYYY-MM-DD`. Default: today. */
  to = localDate(Date.now());

  /** Only pages of this site (an origin such as `https://helse-midt.no`). */
  site = '';

  /** Only pages whose URL path starts with this, e.g. `/behandlinger/`: a section of the site. Empty: every page. */
  pathPrefix = '';

  /**
   * The token may change comments' status (it is the collector's TRIAGE_TOKEN): shows «Merk som
   * håndtert», «Merk som spam» and «Sett tilbake til ny». Cleared by the element when the collector
   * refuses a change with 403.
   */
  canTriage = false;

  private load: Load = 'idle';
  private failure: ReportError | undefined;
  private pages: FeedbackReportPage[] = [];
  private trend: Trend | undefined;
  private trendLoad: Load = 'idle';
  private chosen: FeedbackReportPage | undefined;
  private comments: FeedbackReportComment[] = [];
  private commentsLoad: Load = 'idle';
  private next: string | null = null;
  private statusFilter: StatusFilter = 'new,handled';
  private query = '';
  /** The last status change (or its failure), for the polite live region. */
  private announcement = '';
  /** Why a comment's status change was rolled back, by comment id. */
  private triageErrors: Record<string, string> = {};

  /** The request under way for each view; a newer one for the same view aborts it. */
  #requests: Partial<Record<View, AbortController>> = {};
  #focus: string | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const request of Object.values(this.#requests)) request?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['collector', 'token', 'from', 'to', 'site', 'pathPrefix'] as const;
    if (!inputs.some((name) => changed.has(name))) return;
    // Another period, section, site or collector: the page chosen and its comments belong to the old one.
    this.chosen = undefined;
    if (this.collector) void this.#loadAll();
  }

  protected override updated(): void {
    if (!this.#focus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.#focus);
    if (target) {
      this.#focus = undefined;
      target.focus();
    }
  }

  protected override render() {
    const busy = this.load === 'loading' || this.trendLoad === 'loading';
    const ranked = this.pages.filter((page) => page.total >= MIN_RANKED_ANSWERS);
    const unranked = this.pages.filter((page) => page.total < MIN_RANKED_ANSWERS);
    return html`
      <section part="base" class="report" lang=${this.locale} aria-busy=${busy}>
        <h2>${msg('Tilbakemeldinger per side')}</h2>
        ${this.#renderFilter()}
        <p part="status" class="status ${this.load === 'failed' ? 'error' : ''}" role="status">${this.#statusText()}</p>
        ${
          this.load === 'failed'
            ? html`<button part="button" class="button" type="button" @click=${() => this.#loadAll()}>
                ${msg('Prøv igjen')}
              </button>`
            : nothing
        }
        ${this.load === 'failed' ? nothing : this.#renderTrend()}
        ${this.load === 'ready' && ranked.length ? this.#renderTable(ranked, true) : nothing}
        ${this.load === 'ready' && unranked.length ? this.#renderTable(unranked, false) : nothing}
        ${this.load === 'ready' ? this.#renderComments() : nothing}
      </section>
    `;
  }

  #renderFilter() {
    const today = localDate(Date.now());
    return html`
      <form part="filter" class="filter" @submit=${this.#applyFilter}>
        <div class="presets" role="group" aria-label=${msg('Periode')}>
          ${PRESETS.map((days) => {
            const from = localDate(Date.now() - (days - 1) * DAY_MS);
            return html`<button
              part="button"
              class="button button--secondary"
              type="button"
              aria-pressed=${this.from === from && this.to === today}
              @click=${() => this.#setPeriod(from, today)}
            >
              ${days === 7 ? msg('Siste 7 dager') : days === 30 ? msg('30 dager') : msg('90 dager')}
            </button>`;
          })}
        </div>
        <div class="field">
          <label for="from">${msg('Fra og med')}</label>
          <input id="from" name="from" type="date" .value=${this.from} required />
        </div>
        <div class="field">
          <label for="to">${msg('Til og med')}</label>
          <input id="to" name="to" type="date" .value=${this.to} required />
        </div>
        <div class="field">
          <label for="prefix">${msg('Del av nettstedet')}</label>
          <input
            id="prefix"
            name="prefix"
            type="text"
            .value=${this.pathPrefix}
            placeholder="/behandlinger/"
            aria-describedby="prefix-hint"
            spellcheck="false"
            autocomplete="off"
          />
          <span id="prefix-hint" class="hint">${msg('Sider med adresse som begynner slik. Tomt: alle sider.')}</span>
        </div>
        <button part="button" class="button" type="submit">${msg('Vis perioden')}</button>
      </form>
    `;
  }

  #statusText(): string {
    if (this.load === 'loading') return msg('Henter tilbakemeldinger …');
    if (this.load === 'failed') {
      return this.failure?.reason === 'denied'
        ? msg('Du har ikke tilgang til tilbakemeldingene. Sjekk lesenøkkelen.')
        : msg('Tilbakemeldingene kunne ikke hentes. Prøv igjen.');
    }
    if (this.load === 'ready' && !this.pages.length) return msg('Ingen tilbakemeldinger i denne perioden.');
    if (this.load === 'ready') {
      const count = this.pages.length;
      return count === 1
        ? msg('1 side har fått tilbakemeldinger.')
        : msg(str`${count} sider har fått tilbakemeldinger.`);
    }
    return '';
  }

  /** What the trend and comments are about: the chosen page, the section, or the whole site. */
  #scopeName(): string {
    if (this.chosen) return this.chosen.title ?? this.chosen.page;
    return this.pathPrefix ? this.pathPrefix : msg('hele nettstedet');
  }

  #renderTrend() {
    if (this.trendLoad === 'idle') return nothing;
    const trend = this.trend;
    return html`
      <section part="trend" class="trend" aria-labelledby="trend-heading">
        <h3 id="trend-heading">
          ${
            trend?.unit === 'week'
              ? msg(str`Svar per uke: ${this.#scopeName()}`)
              : msg(str`Svar per dag: ${this.#scopeName()}`)
          }
        </h3>
        ${
          this.trendLoad === 'failed'
            ? html`<p class="error">${msg('Utviklingen kunne ikke hentes.')}</p>`
            : this.trendLoad === 'loading' || !trend
              ? html`<p>${msg('Henter utviklingen …')}</p>`
              : html`
                  <p part="trend-summary" class="trend-summary">${trendSummary(trend, this.locale)}</p>
                  <ul class="legend" aria-hidden="true">
                    <li><span class="key yes"></span>${msg('Ja')}</li>
                    <li><span class="key no"></span>${msg('Nei')}</li>
                  </ul>
                  ${renderTrendChart(trend, this.locale)}
                  <details class="trend-details">
                    <summary>${msg('Vis tallene som tabell')}</summary>
                    ${renderTrendTable(trend, this.locale)}
                  </details>
                `
        }
      </section>
    `;
  }

  #renderTable(pages: FeedbackReportPage[], ranked: boolean) {
    const percent = new Intl.NumberFormat(intlLocale(this.locale), { style: 'percent', maximumFractionDigits: 0 });
    const id = ranked ? 'ranked' : 'unranked';
    return html`
      <div class="table-wrap">
        <table part=${ranked ? 'table' : 'unranked'} aria-describedby=${ranked ? 'ranking-note' : nothing}>
          <caption>
            ${
              ranked
                ? msg('Sider rangert etter andel «Nei», høyest først')
                : msg(str`For få svar til å rangere (under ${MIN_RANKED_ANSWERS})`)
            }
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Side')}</th>
              <th scope="col">${msg('Ja')}</th>
              <th scope="col">${msg('Nei')}</th>
              <th scope="col">${msg('Andel «Nei»')}</th>
              ${ranked ? html`<th scope="col">${msg('Nedre grense')}</th>` : nothing}
              <th scope="col">${msg('Kommentarer')}</th>
            </tr>
          </thead>
          <tbody>
            ${pages.map(
              (page, index) => html`
                <tr>
                  <th scope="row" id=${`${id}-${index}`}>
                    ${page.title ?? page.page}
                    <span class="page-url">${page.page}</span>
                  </th>
                  <td class="number">${page.yes}</td>
                  <td class="number">${page.no}</td>
                  <td>
                    <span class="share">
                      <span class="number">${percent.format(page.noShare)}</span>
                      <span part="bar" class="bar" aria-hidden="true">
                        <span
                          class="bar-fill"
                          style=${styleMap({ width: `${Math.round(page.noShare * 100)}%` })}
                        ></span>
                      </span>
                    </span>
                  </td>
                  ${ranked ? html`<td class="number">${percent.format(page.rankBound)}</td>` : nothing}
                  <td>
                    ${
                      page.comments
                        ? html`<button
                            part="button"
                            class="button button--secondary"
                            type="button"
                            aria-describedby=${`${id}-${index}`}
                            aria-pressed=${this.chosen?.page === page.page}
                            @click=${() => this.#choose(page)}
                          >
                            ${msg(str`Vis ${page.comments}`)}
                          </button>`
                        : '0'
                    }
                  </td>
                </tr>
              `,
            )}
          </tbody>
        </table>
      </div>
      ${
        ranked
          ? html`<p id="ranking-note" class="hint">
              ${msg(
                'Rangert etter nedre grense for andelen «Nei» (Wilson, 95 %): en side med 40 «Nei» av 60 svar står over en med 1 av 1.',
              )}
            </p>`
          : nothing
      }
    `;
  }

  #renderComments() {
    const page = this.chosen;
    return html`
      <section part="comments" class="comments" aria-busy=${this.commentsLoad === 'loading'}>
        <h3 id="comments-heading" tabindex="-1">
          ${
            page
              ? msg(str`Kommentarer til «${page.title ?? page.page}»`)
              : this.pathPrefix
                ? msg(str`Kommentarer under ${this.pathPrefix}`)
                : msg('Kommentarer')
          }
        </h3>
        ${
          page
            ? html`<button part="button" class="button button--secondary" type="button" @click=${this.#chooseAll}>
                ${msg('Vis kommentarer til alle sider')}
              </button>`
            : nothing
        }
        <form class="filter comment-filter" @submit=${this.#applyCommentFilter}>
          <div class="field">
            <label for="status-filter">${msg('Status')}</label>
            <select id="status-filter" name="status">
              ${STATUS_FILTERS.map(
                (value) =>
                  html`<option value=${value} ?selected=${value === this.statusFilter}>
                    ${this.#filterLabel(value)}
                  </option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="search">${msg('Søk i kommentarene')}</label>
            <input id="search" name="q" type="search" .value=${this.query} />
          </div>
          <button part="button" class="button" type="submit">${msg('Vis kommentarene')}</button>
        </form>
        ${
          this.comments.length
            ? html`<ol class="comment-list">
                ${this.comments.map((item) => this.#renderComment(item))}
              </ol>`
            : nothing
        }
        <p class="status" role="status">
          ${
            this.commentsLoad === 'loading'
              ? msg('Henter kommentarer …')
              : this.commentsLoad === 'failed'
                ? msg('Kommentarene kunne ikke hentes. Prøv igjen.')
                : this.commentsLoad === 'ready' && !this.comments.length
                  ? msg('Ingen kommentarer å vise.')
                  : ''
          }
        </p>
        <p part="announcement" class="visually-hidden" role="status">${this.announcement}</p>
        ${
          this.next || this.commentsLoad === 'failed'
            ? html`<button part="button" class="button" type="button" @click=${() => this.#loadComments()}>
                ${this.commentsLoad === 'failed' ? msg('Prøv igjen') : msg('Vis flere kommentarer')}
              </button>`
            : nothing
        }
      </section>
    `;
  }

  #renderComment(item: FeedbackReportComment) {
    const textId = `comment-${item.id}`;
    const error = this.triageErrors[item.id];
    const changes: CommentStatus[] = (['handled', 'spam', 'new'] as const).filter((status) => status !== item.status);
    return html`<li class="comment" data-status=${item.status}>
      <p id=${textId} class="comment-text">${item.comment}</p>
      <p class="comment-meta">
        ${renderDate(item.date ?? item.receivedAt.slice(0, 10), this.locale)}
        ${!this.chosen && item.page ? html`<span class="comment-page">${item.title ?? item.page}</span>` : nothing}
        <span part="comment-status" class="badge ${item.status}">${this.#statusLabel(item.status)}</span>
      </p>
      ${
        this.canTriage
          ? html`<div part="triage" class="triage" role="group" aria-label=${msg('Endre status')}>
              ${changes.map(
                (status) =>
                  html`<button
                    part="button"
                    class="button button--secondary"
                    type="button"
                    data-status=${status}
                    aria-describedby=${textId}
                    @click=${() => this.#changeStatus(item, status)}
                  >
                    ${this.#actionLabel(status)}
                  </button>`,
              )}
            </div>`
          : nothing
      }
      ${error ? html`<p part="triage-error" class="error">${error}</p>` : nothing}
    </li>`;
  }

  #filterLabel(value: StatusFilter): string {
    if (value === 'new') return msg('Nye');
    if (value === 'handled') return msg('Håndterte');
    if (value === 'spam') return msg('Spam');
    return msg('Nye og håndterte');
  }

  #statusLabel(status: CommentStatus): string {
    if (status === 'handled') return msg('Håndtert');
    if (status === 'spam') return msg('Spam');
    return msg('Ny');
  }

  #actionLabel(status: CommentStatus): string {
    if (status === 'handled') return msg('Merk som håndtert');
    if (status === 'spam') return msg('Merk som spam');
    return msg('Sett tilbake til ny');
  }

  #doneText(status: CommentStatus): string {
    if (status === 'handled') return msg('Kommentaren er merket som håndtert.');
    if (status === 'spam') return msg('Kommentaren er merket som spam.');
    return msg('Kommentaren er satt tilbake til ny.');
  }

  #setPeriod(from: string, to: string): void {
    if (from === this.from && to === this.to) return;
    this.from = from;
    this.to = to;
  }

  #applyFilter(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const [from, to, prefix] = [value('from'), value('to'), normalisePrefix(value('prefix'))];
    if (from === this.from && to === this.to && prefix === this.pathPrefix) {
      this.chosen = undefined;
      void this.#loadAll();
    }
    this.from = from;
    this.to = to;
    this.pathPrefix = prefix;
  }

  #applyCommentFilter(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.statusFilter = (form.elements.namedItem('status') as HTMLSelectElement).value as StatusFilter;
    this.query = (form.elements.namedItem('q') as HTMLInputElement).value.trim();
    void this.#loadComments(true);
  }

  #choose(page: FeedbackReportPage): void {
    this.chosen = page;
    this.#focus = '#comments-heading';
    void this.#loadTrend();
    void this.#loadComments(true);
  }

  #chooseAll(): void {
    this.chosen = undefined;
    this.#focus = '#comments-heading';
    void this.#loadTrend();
    void this.#loadComments(true);
  }

  /** The period, site and section every request carries. */
  #scope(): URLSearchParams {
    const params = new URLSearchParams();
    if (this.from) params.set('from', this.from);
    if (this.to) params.set('to', this.to);
    if (this.site) params.set('site', this.site);
    if (this.pathPrefix) params.set('prefix', this.pathPrefix);
    return params;
  }

  /** The scope narrowed to the chosen page, if any (a page stands for itself: no prefix beside it). */
  #pageScope(): URLSearchParams {
    const params = this.#scope();
    if (this.chosen) {
      params.delete('prefix');
      params.set('page', this.chosen.page);
    }
    return params;
  }

  /** Loads the pages, the trend and the comments side by side; a failure of all three reports once. */
  async #loadAll(): Promise<void> {
    const failures = await Promise.all([
      this.#loadPages(false),
      this.#loadTrend(false),
      this.#loadComments(true, false),
    ]);
    const failure = failures.find((error) => error !== undefined);
    if (failure) this.#fail(failure);
  }

  /** Each load returns its failure when `report` is false, for #loadAll to report once. */
  async #loadPages(report = true): Promise<unknown> {
    this.load = 'loading';
    try {
      const { pages } = await this.#get('pages', '/api/pages', this.#scope(), pagesAnswerSchema);
      this.pages = pages;
      this.load = 'ready';
    } catch (error) {
      if ((error as Error).name === 'AbortError') return undefined;
      this.load = 'failed';
      return this.#failed(error, report);
    }
    return undefined;
  }

  async #loadTrend(report = true): Promise<unknown> {
    this.trendLoad = 'loading';
    try {
      const { days } = await this.#get('trend', '/api/trend', this.#pageScope(), trendAnswerSchema);
      this.trend = trendOf(days);
      this.trendLoad = 'ready';
    } catch (error) {
      if ((error as Error).name === 'AbortError') return undefined;
      this.trendLoad = 'failed';
      return this.#failed(error, report);
    }
    return undefined;
  }

  /** The next batch of comments, or (`fresh`) the first one of a new filter. */
  async #loadComments(fresh = false, report = true): Promise<unknown> {
    if (fresh) {
      this.comments = [];
      this.next = null;
      this.triageErrors = {};
    }
    this.commentsLoad = 'loading';
    const params = this.#pageScope();
    params.set('status', this.statusFilter);
    if (this.query) params.set('q', this.query);
    if (this.next) params.set('cursor', this.next);
    try {
      const data = await this.#get('comments', '/api/comments', params, commentsAnswerSchema);
      this.comments = [...this.comments, ...data.comments];
      this.next = data.next;
      this.commentsLoad = 'ready';
    } catch (error) {
      if ((error as Error).name === 'AbortError') return undefined;
      this.commentsLoad = 'failed';
      return this.#failed(error, report);
    }
    return undefined;
  }

  #failed(error: unknown, report: boolean): unknown {
    if (!report) return error;
    this.#fail(error);
    return undefined;
  }

  /**
   * Shows the new status at once and asks the collector to keep it; rolls it back, says why and
   * announces it if the collector refuses. A 403 means the token may only read: the controls go.
   */
  async #changeStatus(item: FeedbackReportComment, status: CommentStatus): Promise<void> {
    const before = item.status;
    this.triageErrors = Object.fromEntries(Object.entries(this.triageErrors).filter(([id]) => id !== item.id));
    this.#setStatus(item.id, status);
    // Focus the button that undoes the change: the one pressed is gone, its comment now has that status.
    const button = (target: CommentStatus) => `#comment-${CSS.escape(item.id)} ~ .triage [data-status="${target}"]`;
    this.#focus = button(before);
    const url = `${this.#base()}/api/comments/${encodeURIComponent(item.id)}`;
    const answer = await fetchWithTimeout(
      url,
      {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ status }),
      },
      DEFAULT_TIMEOUT_MS,
      (response) => response.status,
    );
    const code = answer.ok ? answer.value : undefined;
    if (code !== undefined && code >= 200 && code < 300) {
      this.announcement = this.#doneText(status);
      // Spam counts in no figure: the pages and the trend change with it.
      if (before === 'spam' || status === 'spam') void this.#refreshFigures();
      return;
    }
    this.#setStatus(item.id, before);
    this.#focus = button(status);
    const why =
      code === 403
        ? msg('Statusen ble ikke endret: nøkkelen gir bare lesetilgang.')
        : code === 404
          ? msg('Statusen ble ikke endret: kommentaren finnes ikke lenger.')
          : msg('Statusen ble ikke endret. Prøv igjen.');
    this.triageErrors = { ...this.triageErrors, [item.id]: why };
    this.announcement = why;
    if (code === 403) {
      this.canTriage = false;
      this.#focus = '#comments-heading';
    }
  }

  #setStatus(id: string, status: CommentStatus): void {
    this.comments = this.comments.map((comment) => (comment.id === id ? { ...comment, status } : comment));
  }

  /** Reloads the pages and the trend after a change to their figures, showing the old ones meanwhile. */
  async #refreshFigures(): Promise<void> {
    try {
      const [{ pages }, { days }] = await Promise.all([
        this.#get('pages', '/api/pages', this.#scope(), pagesAnswerSchema),
        this.#get('trend', '/api/trend', this.#pageScope(), trendAnswerSchema),
      ]);
      this.pages = pages;
      this.trend = trendOf(days);
    } catch {
      // The figures shown stay; the next period or filter loads them anew.
    }
  }

  #base(): string {
    return this.collector.replace(/\/$/, '');
  }

  /**
   * A GET to the collector with the token, no cookies, its answer checked against `schema`. Aborts the
   * request still under way for the same view; one aborted that way rejects with an `AbortError` (not
   * a failure: a newer request took over).
   */
  async #get<S extends v.GenericSchema>(
    view: View,
    path: string,
    params: URLSearchParams,
    schema: S,
  ): Promise<v.InferOutput<S>> {
    const url = `${this.#base()}${path}?${params}`;
    this.#requests[view]?.abort();
    const controller = new AbortController();
    this.#requests[view] = controller;
    try {
      const loaded = await fetchJson(url, {
        timeoutMs: DEFAULT_TIMEOUT_MS,
        signal: controller.signal,
        headers: { Authorization: `Bearer ${this.token}` },
      });
      if (controller.signal.aborted) throw new DOMException('superseded', 'AbortError');
      if (!loaded.ok) throw new ReportError(reportReason(loaded.error), url, loaded.error.status);
      const parsed = v.safeParse(schema, loaded.json);
      if (!parsed.success) throw new ReportError('invalid', url);
      return parsed.output;
    } finally {
      if (this.#requests[view] === controller) this.#requests[view] = undefined;
    }
  }

  #fail(error: unknown): void {
    const failure = error instanceof ReportError ? error : new ReportError('invalid', this.collector);
    this.failure = failure;
    this.emit('helse-feedback-report-error', {
      reason: failure.reason,
      url: failure.url,
      ...(failure.status === undefined ? {} : { status: failure.status }),
    });
    console.warn(`helse-widgets: the feedback report could not read ${failure.url} (${failure.message}).`);
  }
}
