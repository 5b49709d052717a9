import { html } from 'lit';
import type { Locale } from './resolve-locale.js';
import { formatter, intlLocale } from './intl-locale.js';

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", as documents give dates. */
export type PartialDate = string;

export type DatePrecision = 'year' | 'month' | 'day';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a partial ISO date, rejecting impossible ones (2022-02-30). */
export function parsePartialDate(value: string): { date: Date; precision: DatePrecision } | undefined {
  const parts = partsOf(value);
  return parts && { date: new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])), precision: parts[3] };
}

/** Checked without building a Date: a list of 2,000 meetings has 4,000 dates to check. */
export function isPartialDate(value: string): boolean {
  return partsOf(value) !== undefined;
}

function partsOf(value: string): [year: number, month: number, day: number, DatePrecision] | undefined {
  const match = PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 1;
  const day = match[3] ? Number(match[3]) : 1;
  // February by the leap-year rule; the other months alternate 31 and 30, shifted after July.
  const days =
    month === 2 ? (year % 4 || (year % 100 === 0 && year % 400) ? 28 : 29) : 30 + ((month + (month >> 3)) & 1);
  if (month < 1 || month > 12 || day < 1 || day > days) return undefined;
  return [year, month, day, match[3] ? 'day' : match[2] ? 'month' : 'year'];
}

/**
 * nb/nn: «18.02.2022», «februar 2022», «2010». en: «18 February 2022»,
 * «February 2022»: the long form keeps English readers from guessing the order.
 * Dates carry no time, so they are formatted in UTC and never shift a day.
 */
export function formatDate(value: string, locale: Locale): string {
  // Remembered per locale and date, as the formatters are: a list shown again (the filter, «Vis flere», a page
  // that mounts it anew) formats no date twice, and an Intl format is most of the cost of a date.
  return formatter(`${locale}=${value}`, () => {
    const parsed = parsePartialDate(value);
    if (!parsed) return value;
    const options: Intl.DateTimeFormatOptions =
      parsed.precision === 'year'
        ? { year: 'numeric' }
        : parsed.precision === 'month'
          ? { year: 'numeric', month: 'long' }
          : locale === 'en'
            ? { year: 'numeric', month: 'long', day: 'numeric' }
            : { year: 'numeric', month: '2-digit', day: '2-digit' };
    return formatter(
      `${locale} ${parsed.precision}`,
      () => new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' }),
    ).format(parsed.date);
  });
}

/** A date as a `<time datetime>`, so machines read what people see. */
export function renderDate(value: string, locale: Locale) {
  return html`<time datetime=${value}>${formatDate(value, locale)}</time>`;
}
