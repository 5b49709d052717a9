import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { msg, str } from '../../core/lit-localize.js';
import { HelseElement } from '../../core/helse-element.js';
import { tokens, buttons } from '../../core/tokens.styles.js';
import { renderDate } from '../../core/dates.js';
import { intlLocale } from '../../core/intl-locale.js';
import { DEFAULT_TIMEOUT_MS, fetchJson, type JsonFailure } from '../../core/fetch.js';
import { feedbackReportStyles } from './feedback-report.styles.js';
import type { FeedbackReportComment, FeedbackReportErrorReason, FeedbackReportPage } from './events.js';

const DAY_MS = 86_400_000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

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

/**
 * The editors' view of page feedback: which pages fail visitors, and why. Reads the collector's API
 * (`npm run collector`) with a read token, and shows the pages ranked by their share of «Nei» with
 * counts and a bar, a period filter, and the comments of a chosen page, newest first.
 *
 * For a dashboard page behind the trust's own login, not for public pages: the token grants reading
 * every comment. Set it as a property from script; the `token` attribute works but leaves it in the markup.
 *
 * @tagname helse-feedback-report
 *
 * @event helse-feedback-report-error - The collector could not be read. `detail`: `{ reason, status?, url }`; `reason` is `network`, `timeout`, `denied`, `http` or `invalid`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart filter - The period filter form.
 * @csspart status - Loading, empty and error messages (a polite live region).
 * @csspart table - The table of pages.
 * @csspart bar - The bar of a page's share of «Nei» (decorative; the number beside it says the same).
 * @csspart button - Every button.
 * @csspart comments - The comments of the chosen page.
 *
 */
export class HelseFeedbackReport extends HelseElement {
  static override styles = [tokens, buttons, feedbackReportStyles];

  static override properties: PropertyDeclarations = {
    collector: {},
    token: {},
    from: {},
    to: {},
    site: {},
    load: { state: true },
    failure: { state: true },
    pages: { state: true },
    chosen: { state: true },
    comments: { state: true },
    commentsLoad: { state: true },
    next: { state: true },
  };

  /** Base URL of the collector, e.g. `https://feedback.helse-midt.no`. */
  collector = '';

  /** The collector's read token (READ_TOKEN). Prefer setting the property from script. */
  token = '';

  /** First day of the period, `YYYY-MM-DD`. Default: 30 days ago. */
  from = isoDate(Date.now() - 30 * DAY_MS);

  /** Last day of the period, `YYYY-MM-DD`. Default: today. */
  to = isoDate(Date.now());

  /** Only pages of this site (an origin such as `https://helse-midt.no`). */
  site = '';

  private load: Load = 'idle';
  private failure: ReportError | undefined;
  private pages: FeedbackReportPage[] = [];
  private chosen: FeedbackReportPage | undefined;
  private comments: FeedbackReportComment[] = [];
  private commentsLoad: Load = 'idle';
  private next: string | null = null;

  /** The request under way for each view; a newer one for the same view aborts it. */
  #requests: Partial<Record<'pages' | 'comments', AbortController>> = {};
  #focusComments = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#requests.pages?.abort();
    this.#requests.comments?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['collector', 'token', 'from', 'to', 'site'] as const;
    if (!inputs.some((name) => changed.has(name))) return;
    // Another period, site or collector: the comments shown belong to the old one.
    this.#requests.comments?.abort();
    this.chosen = undefined;
    if (this.collector) void this.#loadPages();
  }

  protected override updated(): void {
    if (!this.#focusComments) return;
    const heading = this.renderRoot.querySelector<HTMLElement>('#comments-heading');
    if (heading) {
      this.#focusComments = false;
      heading.focus();
    }
  }

  protected override render() {
    return html`
      <section part="base" class="report" lang=${this.locale} aria-busy=${this.load === 'loading'}>
        <h2>${msg('Tilbakemeldinger per side')}</h2>
        ${this.#renderFilter()}
        <p part="status" class="status ${this.load === 'failed' ? 'error' : ''}" role="status">${this.#statusText()}</p>
        ${
          this.load === 'failed'
            ? html`<button part="button" class="button" type="button" @click=${this.#loadPages}>
                ${msg('Prøv igjen')}
              </button>`
            : nothing
        }
        ${this.load === 'ready' && this.pages.length ? this.#renderTable() : nothing}
        ${this.chosen ? this.#renderComments(this.chosen) : nothing}
      </section>
    `;
  }

  #renderFilter() {
    return html`
      <form part="filter" class="filter" @submit=${this.#applyFilter}>
        <div class="field">
          <label for="from">${msg('Fra og med')}</label>
          <input id="from" name="from" type="date" .value=${this.from} required />
        </div>
        <div class="field">
          <label for="to">${msg('Til og med')}</label>
          <input id="to" name="to" type="date" .value=${this.to} required />
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

  #renderTable() {
    const percent = new Intl.NumberFormat(intlLocale(this.locale), { style: 'percent', maximumFractionDigits: 0 });
    return html`
      <div class="table-wrap">
        <table part="table">
          <caption>
            ${msg('Sider etter andel «Nei», høyest først')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Side')}</th>
              <th scope="col">${msg('Ja')}</th>
              <th scope="col">${msg('Nei')}</th>
              <th scope="col">${msg('Andel «Nei»')}</th>
              <th scope="col">${msg('Kommentarer')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.pages.map(
              (page, index) => html`
                <tr>
                  <th scope="row" id=${`page-${index}`}>
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
                  <td>
                    ${
                      page.comments
                        ? html`<button
                            part="button"
                            class="button button--secondary"
                            type="button"
                            aria-describedby=${`page-${index}`}
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
    `;
  }

  #renderComments(page: FeedbackReportPage) {
    const title = page.title ?? page.page;
    return html`
      <section part="comments" class="comments" aria-busy=${this.commentsLoad === 'loading'}>
        <h3 id="comments-heading" tabindex="-1">${msg(str`Kommentarer til «${title}»`)}</h3>
        ${
          this.comments.length
            ? html`<ol class="comment-list">
                ${this.comments.map(
                  (item) =>
                    html`<li>
                      <p>${item.comment}</p>
                      ${renderDate(item.date ?? item.receivedAt.slice(0, 10), this.locale)}
                    </li>`,
                )}
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
                  ? msg('Ingen kommentarer i denne perioden.')
                  : ''
          }
        </p>
        ${
          this.next || this.commentsLoad === 'failed'
            ? html`<button part="button" class="button" type="button" @click=${this.#loadComments}>
                ${this.commentsLoad === 'failed' ? msg('Prøv igjen') : msg('Vis flere kommentarer')}
              </button>`
            : nothing
        }
      </section>
    `;
  }

  #applyFilter(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const from = (form.elements.namedItem('from') as HTMLInputElement).value;
    const to = (form.elements.namedItem('to') as HTMLInputElement).value;
    if (from === this.from && to === this.to) {
      this.#requests.comments?.abort();
      this.chosen = undefined;
      void this.#loadPages();
    }
    this.from = from;
    this.to = to;
  }

  #choose(page: FeedbackReportPage): void {
    this.chosen = page;
    this.comments = [];
    this.next = null;
    this.#focusComments = true;
    void this.#loadComments();
  }

  #period(): URLSearchParams {
    const params = new URLSearchParams();
    if (this.from) params.set('from', this.from);
    if (this.to) params.set('to', this.to);
    if (this.site) params.set('site', this.site);
    return params;
  }

  async #loadPages(): Promise<void> {
    this.load = 'loading';
    try {
      const data = await this.#get('pages', '/api/pages', this.#period());
      if (!Array.isArray(data.pages)) throw new ReportError('invalid', this.collector);
      this.pages = data.pages as FeedbackReportPage[];
      this.load = 'ready';
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      this.#fail(error);
      this.load = 'failed';
    }
  }

  async #loadComments(): Promise<void> {
    const page = this.chosen;
    if (!page) return;
    this.commentsLoad = 'loading';
    const params = this.#period();
    params.set('page', page.page);
    if (this.next) params.set('cursor', this.next);
    try {
      const data = await this.#get('comments', '/api/comments', params);
      if (!Array.isArray(data.comments)) throw new ReportError('invalid', this.collector);
      this.comments = [...this.comments, ...(data.comments as FeedbackReportComment[])];
      this.next = typeof data.next === 'string' ? data.next : null;
      this.commentsLoad = 'ready';
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      this.#fail(error);
      this.commentsLoad = 'failed';
    }
  }

  /**
   * A GET to the collector with the token, no cookies. Aborts the request still under way for the same
   * view; one aborted that way rejects with an `AbortError` (not a failure: a newer request took over).
   */
  async #get(view: 'pages' | 'comments', path: string, params: URLSearchParams): Promise<Record<string, unknown>> {
    const url = `${this.collector.replace(/\/$/, '')}${path}?${params}`;
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
      if (loaded.ok) return loaded.json as Record<string, unknown>;
      throw new ReportError(reportReason(loaded.error), url, loaded.error.status);
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
