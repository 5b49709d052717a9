import { html, nothing } from 'lit';
import { msg, str } from '../../core/lit-localize.js';
import type { Locale } from '../../core/resolve-locale.js';
import { renderDate } from '../../core/dates.js';
import type { CommentStatus } from '../protocol/collector-api.js';
import type { FeedbackReportComment, FeedbackReportPage } from './events.js';

/** The status filter's choices, as the collector's `status=` takes them. */
export const STATUS_FILTERS = ['new,handled', 'new', 'handled', 'spam'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

type Load = 'idle' | 'loading' | 'ready' | 'failed';

/** What the comments section shows, and what its controls do. */
export interface CommentsView {
  locale: Locale;
  chosen: FeedbackReportPage | undefined;
  pathPrefix: string;
  comments: FeedbackReportComment[];
  commentsLoad: Load;
  next: string | null;
  statusFilter: StatusFilter;
  query: string;
  /** The last status change (or its failure), for the polite live region. */
  announcement: string;
  /** Why a comment's status change was rolled back, by comment id. */
  triageErrors: Record<string, string>;
  canTriage: boolean;
  chooseAll: () => void;
  applyFilter: (event: SubmitEvent) => void;
  more: () => void;
  changeStatus: (item: FeedbackReportComment, status: CommentStatus) => void;
}

/**
 * The comments of the site, the section or the chosen page: a status filter and a search, the list
 * newest first with each comment's day, page and status, and — with `canTriage` — the buttons that
 * change its status, each described by the comment it acts on.
 */
export function renderComments(view: CommentsView) {
  const page = view.chosen;
  return html`
    <section part="comments" class="comments" aria-busy=${view.commentsLoad === 'loading'}>
      <h3 id="comments-heading" tabindex="-1">
        ${
          page
            ? msg(str`Kommentarer til «${page.title ?? page.page}»`)
            : view.pathPrefix
              ? msg(str`Kommentarer under ${view.pathPrefix}`)
              : msg('Kommentarer')
        }
      </h3>
      ${
        page
          ? html`<button part="button" class="button button--secondary" type="button" @click=${view.chooseAll}>
              ${msg('Vis kommentarer til alle sider')}
            </button>`
          : nothing
      }
      <form class="filter comment-filter" @submit=${view.applyFilter}>
        <div class="field">
          <label for="status-filter">${msg('Status')}</label>
          <select id="status-filter" name="status">
            ${STATUS_FILTERS.map(
              (value) =>
                html`<option value=${value} ?selected=${value === view.statusFilter}>${filterLabel(value)}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="search">${msg('Søk i kommentarene')}</label>
          <input id="search" name="q" type="search" .value=${view.query} />
        </div>
        <button part="button" class="button" type="submit">${msg('Vis kommentarene')}</button>
      </form>
      ${
        view.comments.length
          ? html`<ol class="comment-list">
              ${view.comments.map((item) => renderComment(view, item))}
            </ol>`
          : nothing
      }
      <p class="status" role="status">
        ${
          view.commentsLoad === 'loading'
            ? msg('Henter kommentarer …')
            : view.commentsLoad === 'failed'
              ? msg('Kommentarene kunne ikke hentes. Prøv igjen.')
              : view.commentsLoad === 'ready' && !view.comments.length
                ? msg('Ingen kommentarer å vise.')
                : ''
        }
      </p>
      <p part="announcement" class="visually-hidden" role="status">${view.announcement}</p>
      ${
        view.next || view.commentsLoad === 'failed'
          ? html`<button part="button" class="button" type="button" @click=${view.more}>
              ${view.commentsLoad === 'failed' ? msg('Prøv igjen') : msg('Vis flere kommentarer')}
            </button>`
          : nothing
      }
    </section>
  `;
}

function renderComment(view: CommentsView, item: FeedbackReportComment) {
  const textId = `comment-${item.id}`;
  const error = view.triageErrors[item.id];
  const changes: CommentStatus[] = (['handled', 'spam', 'new'] as const).filter((status) => status !== item.status);
  return html`<li class="comment" data-status=${item.status}>
    <p id=${textId} class="comment-text">${item.comment}</p>
    <p class="comment-meta">
      ${renderDate(item.date ?? item.receivedAt.slice(0, 10), view.locale)}
      ${!view.chosen && item.page ? html`<span class="comment-page">${item.title ?? item.page}</span>` : nothing}
      <span part="comment-status" class="badge ${item.status}">${statusLabel(item.status)}</span>
    </p>
    ${
      view.canTriage
        ? html`<div part="triage" class="triage" role="group" aria-label=${msg('Endre status')}>
            ${changes.map(
              (status) =>
                html`<button
                  part="button"
                  class="button button--secondary"
                  type="button"
                  data-status=${status}
                  aria-describedby=${textId}
                  @click=${() => view.changeStatus(item, status)}
                >
                  ${actionLabel(status)}
                </button>`,
            )}
          </div>`
        : nothing
    }
    ${error ? html`<p part="triage-error" class="error">${error}</p>` : nothing}
  </li>`;
}

function filterLabel(value: StatusFilter): string {
  if (value === 'new') return msg('Nye');
  if (value === 'handled') return msg('Håndterte');
  if (value === 'spam') return msg('Spam');
  return msg('Nye og håndterte');
}

function statusLabel(status: CommentStatus): string {
  if (status === 'handled') return msg('Håndtert');
  if (status === 'spam') return msg('Spam');
  return msg('Ny');
}

function actionLabel(status: CommentStatus): string {
  if (status === 'handled') return msg('Merk som håndtert');
  if (status === 'spam') return msg('Merk som spam');
  return msg('Sett tilbake til ny');
}

export function doneText(status: CommentStatus): string {
  if (status === 'handled') return msg('Kommentaren er merket som håndtert.');
  if (status === 'spam') return msg('Kommentaren er merket som spam.');
  return msg('Kommentaren er satt tilbake til ny.');
}

/** Why a status change was rolled back, by the collector's answer (none: no answer at all). */
export function refusedText(code: number | undefined): string {
  return code === 403
    ? msg('Statusen ble ikke endret: nøkkelen gir bare lesetilgang.')
    : code === 404
      ? msg('Statusen ble ikke endret: kommentaren finnes ikke lenger.')
      : msg('Statusen ble ikke endret. Prøv igjen.');
}
