import { html, svg, nothing } from 'lit';
import { msg, str } from '../../core/lit-localize.js';
import type { Locale } from '../../core/resolve-locale.js';
import { formatter, intlLocale, percentFormat } from '../../core/intl-locale.js';
import { formatDate } from '../../core/dates.js';
import type { TrendDay } from '../protocol/collector-api.js';

/** Periods longer than this many days are drawn per week: 90 bars of a day say less than 13 of a week. */
export const DAILY_UP_TO_DAYS = 45;

/** One point of the chart: a day, or a week (Monday to Sunday, cut at the ends of the period). */
export interface TrendPoint {
  start: string;
  end: string;
  yes: number;
  no: number;
}

export interface Trend {
  unit: 'day' | 'week';
  points: TrendPoint[];
}

/** The collector's days, per day for short periods and per week for long ones. */
export function trendOf(days: TrendDay[]): Trend {
  if (days.length <= DAILY_UP_TO_DAYS) {
    return { unit: 'day', points: days.map(({ date, yes, no }) => ({ start: date, end: date, yes, no })) };
  }
  const points: TrendPoint[] = [];
  for (const { date, yes, no } of days) {
    const monday = new Date(`${date}T00:00:00Z`).getUTCDay() === 1;
    const last = points.at(-1);
    if (!last || monday) points.push({ start: date, end: date, yes, no });
    else Object.assign(last, { end: date, yes: last.yes + yes, no: last.no + no });
  }
  return { unit: 'week', points };
}

/** «12.11.» / «12 Nov»: the axis and the summary, where the year is the period's. */
function shortDate(date: string, locale: Locale): string {
  return formatter(
    `${locale} short date`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  ).format(new Date(`${date}T00:00:00Z`));
}

/** A point as people name it: the day, or the week from its first day. */
function pointLabel(trend: Trend, point: TrendPoint, locale: Locale): string {
  const day = shortDate(point.start, locale);
  return trend.unit === 'day' ? day : msg(str`uken fra ${day}`, { desc: 'A week in the trend, by its first day' });
}

/** One sentence that says what the chart shows, for everyone and for screen readers first. */
export function trendSummary(trend: Trend, locale: Locale): string {
  const yes = trend.points.reduce((sum, point) => sum + point.yes, 0);
  const no = trend.points.reduce((sum, point) => sum + point.no, 0);
  const total = yes + no;
  if (!total) return msg('Ingen svar i perioden.');
  if (!no) return msg(str`${total} svar i perioden, alle «Ja».`);
  const peak = trend.points.reduce((best, point) => (point.no > best.no ? point : best));
  const share = percentFormat(locale).format(no / total);
  return msg(
    str`${total} svar i perioden: ${yes} «Ja» og ${no} «Nei» (${share}); flest «Nei» ${pointLabel(trend, peak, locale)} (${peak.no}).`,
    { desc: 'Trend summary: answers, yes, no, share of no; the day or week with most «Nei» and how many' },
  );
}

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 36;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 28;

/**
 * The chart: «Ja» as a solid line with round marks, «Nei» dashed with square marks, so the two differ
 * by more than colour (forced colours draw both in one). Hidden from assistive technology: the
 * summary and the table say the same.
 */
export function renderTrendChart(trend: Trend, locale: Locale) {
  const { points } = trend;
  if (!points.length) return nothing;
  const highest = Math.max(1, ...points.map((point) => Math.max(point.yes, point.no)));
  const half = Math.ceil(highest / 2);
  const top = half * 2;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (index: number) => LEFT + (points.length === 1 ? plotWidth / 2 : (index * plotWidth) / (points.length - 1));
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const line = (key: 'yes' | 'no') => points.map((point, index) => `${x(index)},${y(point[key])}`).join(' ');
  const marks = points.length <= 31;
  const last = points.length - 1;
  return html`<svg part="chart" class="chart" viewBox="0 0 640 200" aria-hidden="true" focusable="false">
    ${[0, half, top].map(
      (value) =>
        svg`<line class="grid" x1=${LEFT} x2=${WIDTH - RIGHT} y1=${y(value)} y2=${y(value)}></line>
          <text class="axis" x=${LEFT - 6} y=${y(value)} text-anchor="end" dominant-baseline="middle">${value}</text>`,
    )}
    <polyline class="series yes" points=${line('yes')}></polyline>
    <polyline class="series no" points=${line('no')}></polyline>
    ${
      marks
        ? points.map(
            (point, index) =>
              svg`<circle class="mark yes" cx=${x(index)} cy=${y(point.yes)} r="3.5"></circle>
                <rect class="mark no" x=${x(index) - 3.5} y=${y(point.no) - 3.5} width="7" height="7"></rect>`,
          )
        : nothing
    }
    <text class="axis" x=${x(0)} y=${HEIGHT - 6} text-anchor=${points.length === 1 ? 'middle' : 'start'}>
      ${shortDate(points[0].start, locale)}
    </text>
    ${
      last > 0
        ? svg`<text class="axis" x=${x(last)} y=${HEIGHT - 6} text-anchor="end">${shortDate(points[last].start, locale)}</text>`
        : nothing
    }
  </svg>`;
}

/** The same numbers as a table: the alternative to the chart, for everyone who wants the figures. */
export function renderTrendTable(trend: Trend, locale: Locale) {
  return html`<table part="trend-table" class="trend-table">
    <caption>
      ${trend.unit === 'day' ? msg('Svar per dag') : msg('Svar per uke')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${trend.unit === 'day' ? msg('Dag') : msg('Uke fra')}</th>
        <th scope="col">${msg('Ja')}</th>
        <th scope="col">${msg('Nei')}</th>
      </tr>
    </thead>
    <tbody>
      ${trend.points.map(
        (point) =>
          html`<tr>
            <th scope="row"><time datetime=${point.start}>${formatDate(point.start, locale)}</time></th>
            <td class="number">${point.yes}</td>
            <td class="number">${point.no}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The trend section: heading (per day or week, and of what: `scope`), the summary, a legend, the chart,
 * and the table behind a disclosure; or the loading or failed state.
 */
export function renderTrend(
  load: 'idle' | 'loading' | 'ready' | 'failed',
  trend: Trend | undefined,
  scope: string,
  locale: Locale,
) {
  if (load === 'idle') return nothing;
  return html`
    <section part="trend" class="trend" aria-labelledby="trend-heading">
      <h3 id="trend-heading">
        ${trend?.unit === 'week' ? msg(str`Svar per uke: ${scope}`) : msg(str`Svar per dag: ${scope}`)}
      </h3>
      ${
        load === 'failed'
          ? html`<p class="error">${msg('Utviklingen kunne ikke hentes.')}</p>`
          : load === 'loading' || !trend
            ? html`<p>${msg('Henter utviklingen …')}</p>`
            : html`
                <p part="trend-summary" class="trend-summary">${trendSummary(trend, locale)}</p>
                <ul class="legend" aria-hidden="true">
                  <li><span class="key yes"></span>${msg('Ja')}</li>
                  <li><span class="key no"></span>${msg('Nei')}</li>
                </ul>
                ${renderTrendChart(trend, locale)}
                <details class="trend-details">
                  <summary>${msg('Vis tallene som tabell')}</summary>
                  ${renderTrendTable(trend, locale)}
                </details>
              `
      }
    </section>
  `;
}
