import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { msg } from '../../core/lit-localize.js';
import { HelseElement } from '../../core/helse-element.js';
import { tokens, buttons } from '../../core/tokens.styles.js';
import {
  commentsAnswerSchema,
  MIN_RANKED_ANSWERS,
  pagesAnswerSchema,
  trendAnswerSchema,
  type CommentStatus,
} from '../protocol/collector-api.js';
import { feedbackReportStyles } from './feedback-report.styles.js';
import { CollectorClient, ReportError } from './collector-client.js';
import { renderTrend, trendOf, type Trend } from './trend.js';
import { pagesStatus, renderPagesTable } from './pages-table.js';
import { DAY_MS, localDate, normalisePrefix, renderPeriodFilter } from './period-filter.js';
import { doneText, refusedText, renderComments, type CommentsView, type StatusFilter } from './comments-view.js';
import type { FeedbackReportComment, FeedbackReportPage } from './events.js';

type Load = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The editors' view of page feedback, read from the collector's API (`npm run collector`): for a period
 * and optionally a section (`path-prefix`), the trend of «Ja» and «Nei», the pages ranked by the Wilson
 * lower bound of their share of «Nei» (under 5 answers apart), and the comments by status and search.
 *
 * **Triage.** Set `can-triage` when `token` is the collector's TRIAGE_TOKEN (the element does not probe
 * for it): each comment gets status buttons; a change shows at once and is rolled back with a message
 * if the collector refuses. A 403 (a READ_TOKEN) also clears `can-triage` and hides the buttons.
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
 * @csspart announcement - Status changes and their failures, for screen readers (a polite live region).
 *
 * @cssprop --helse-color-chart-no - «Nei» in the trend chart («Ja» is `--helse-color-accent`). Default `#b35900`.
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

  /** `token` may change comments' status (TRIAGE_TOKEN): shows the triage buttons. Cleared on a 403. */
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
  private announcement = '';
  private triageErrors: Record<string, string> = {};

  readonly #client = new CollectorClient(() => ({ collector: this.collector, token: this.token }));
  #focus: string | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#client.abortAll();
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
    const tables = {
      locale: this.locale,
      chosen: this.chosen,
      choose: (page: FeedbackReportPage) => this.#choose(page),
    };
    return html`
      <section part="base" class="report" lang=${this.locale} aria-busy=${busy}>
        <h2>${msg('Tilbakemeldinger per side')}</h2>
        ${renderPeriodFilter(
          this,
          (from, to) => this.#setPeriod(from, to),
          (event) => this.#applyFilter(event),
        )}
        <p part="status" class="status ${this.load === 'failed' ? 'error' : ''}" role="status">
          ${pagesStatus(this.load, this.failure, this.pages.length)}
        </p>
        ${
          this.load === 'failed'
            ? html`<button part="button" class="button" type="button" @click=${() => this.#loadAll()}>
                ${msg('Prøv igjen')}
              </button>`
            : nothing
        }
        ${this.load === 'failed' ? nothing : renderTrend(this.trendLoad, this.trend, this.#scopeName(), this.locale)}
        ${this.load === 'ready' && ranked.length ? renderPagesTable(ranked, true, tables) : nothing}
        ${this.load === 'ready' && unranked.length ? renderPagesTable(unranked, false, tables) : nothing}
        ${this.load === 'ready' ? renderComments(this.#commentsView()) : nothing}
      </section>
    `;
  }

  /** What the trend and comments are about: the chosen page, the section, or the whole site. */
  #scopeName(): string {
    if (this.chosen) return this.chosen.title ?? this.chosen.page;
    return this.pathPrefix ? this.pathPrefix : msg('hele nettstedet');
  }

  #commentsView(): CommentsView {
    return {
      locale: this.locale,
      chosen: this.chosen,
      pathPrefix: this.pathPrefix,
      comments: this.comments,
      commentsLoad: this.commentsLoad,
      next: this.next,
      statusFilter: this.statusFilter,
      query: this.query,
      announcement: this.announcement,
      triageErrors: this.triageErrors,
      canTriage: this.canTriage,
      chooseAll: () => this.#chooseAll(),
      applyFilter: (event) => this.#applyCommentFilter(event),
      more: () => void this.#loadComments(),
      changeStatus: (item, status) => void this.#changeStatus(item, status),
    };
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
      const { pages } = await this.#client.get('pages', '/api/pages', this.#scope(), pagesAnswerSchema);
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
      const { days } = await this.#client.get('trend', '/api/trend', this.#pageScope(), trendAnswerSchema);
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
      const data = await this.#client.get('comments', '/api/comments', params, commentsAnswerSchema);
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
    const code = await this.#client.setStatus(item.id, status);
    if (code !== undefined && code >= 200 && code < 300) {
      this.announcement = doneText(status);
      // Spam counts in no figure: the pages and the trend change with it.
      if (before === 'spam' || status === 'spam') void this.#refreshFigures();
      return;
    }
    this.#setStatus(item.id, before);
    this.#focus = button(status);
    const why = refusedText(code);
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
        this.#client.get('pages', '/api/pages', this.#scope(), pagesAnswerSchema),
        this.#client.get('trend', '/api/trend', this.#pageScope(), trendAnswerSchema),
      ]);
      this.pages = pages;
      this.trend = trendOf(days);
    } catch {
      // The figures shown stay; the next period or filter loads them anew.
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
