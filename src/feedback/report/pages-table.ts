import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { msg, str } from '../../core/lit-localize.js';
import type { Locale } from '../../core/resolve-locale.js';
import { percentFormat } from '../../core/intl-locale.js';
import { MIN_RANKED_ANSWERS } from '../protocol/collector-api.js';
import type { FeedbackReportPage } from './events.js';
import type { ReportError } from './collector-client.js';

/**
 * A table of pages in the collector's order: the ranked ones (`ranked`, with the Wilson lower bound
 * they are ranked by, and a note on it), or those with too few answers to rank. «Vis n» chooses a page.
 */
export function renderPagesTable(
  pages: FeedbackReportPage[],
  ranked: boolean,
  {
    locale,
    chosen,
    choose,
  }: { locale: Locale; chosen: FeedbackReportPage | undefined; choose: (page: FeedbackReportPage) => void },
) {
  const percent = percentFormat(locale);
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
                      <span class="bar-fill" style=${styleMap({ width: `${Math.round(page.noShare * 100)}%` })}></span>
                    </span>
                  </span>
                </td>
                ${ranked ? html`<td class="number">${percent.format(page.noLowerBound)}</td>` : nothing}
                <td>
                  ${
                    page.comments
                      ? html`<button
                          part="button"
                          class="button button--secondary"
                          type="button"
                          aria-describedby=${`${id}-${index}`}
                          aria-pressed=${chosen?.page === page.page}
                          @click=${() => choose(page)}
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

/** The report's status line (a polite live region): loading, failed, empty, or how many pages. */
export function pagesStatus(
  load: 'idle' | 'loading' | 'ready' | 'failed',
  failure: ReportError | undefined,
  count: number,
): string {
  if (load === 'loading') return msg('Henter tilbakemeldinger …');
  if (load === 'failed') {
    return failure?.reason === 'denied'
      ? msg('Du har ikke tilgang til tilbakemeldingene. Sjekk lesenøkkelen.')
      : msg('Tilbakemeldingene kunne ikke hentes. Prøv igjen.');
  }
  if (load === 'ready' && !count) return msg('Ingen tilbakemeldinger i denne perioden.');
  if (load === 'ready') {
    return count === 1 ? msg('1 side har fått tilbakemeldinger.') : msg(str`${count} sider har fått tilbakemeldinger.`);
  }
  return '';
}
