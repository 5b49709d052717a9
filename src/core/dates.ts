import { html } from 'lit';
import type { Locale } from './resolve-locale.js';
import { intlLocale } from './intl-locale.js';

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", as documents give dates. */
export type PartialDate = string;

export type DatePrecision = 'year' | 'month' | 'day';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a partial ISO date, rejecting impossible ones (2022-02-30). */
export function parsePartialDate(value: string): { date: Date; precision: DatePrecision } | undefined {
  const match = PATTERN.exec(value);
  if (!match) return undefined;
  const [, year, month = '01', day = '01'] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return undefined;
  return { date, precision: match[3] ? 'day' : match[2] ? 'month' : 'year' };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== undefined;
}

/**
 * nb/nn: «18.02.2022», «februar 2022», «2010». en: «18 February 2022»,
 * «February 2022»: the long form keeps English readers from guessing the order.
 * Dates carry no time, so they are formatted in UTC and never shift a day.
 */
export function formatDate(value: string, locale: Locale): string {
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
  const key = `${locale} ${parsed.precision}`;
  let format = formats.get(key);
  if (!format)
    formats.set(key, (format = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' })));
  return format.format(parsed.date);
}

/** Creating an Intl.DateTimeFormat costs far more than using one; a list of 100 meetings formats 100 dates. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** A date as a `<time datetime>`, so machines read what people see. */
export function renderDate(value: string, locale: Locale) {
  return html`<time datetime=${value}>${formatDate(value, locale)}</time>`;
}
