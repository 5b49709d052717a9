import type { Locale } from './resolve-locale.js';

let nynorsk: string | undefined;

/**
 * The tag to give `Intl` for a locale. Some browsers ship no nynorsk data and
 * would silently fall back to English; nynorsk writes dates and numbers as
 * bokmål does (the month names agree), so bokmål data stands in.
 * English uses British conventions (day before month).
 */
export function intlLocale(locale: Locale): string {
  if (locale === 'en') return 'en-GB';
  if (locale === 'nn') return (nynorsk ??= Intl.DateTimeFormat.supportedLocalesOf(['nn']).length ? 'nn' : 'nb');
  return 'nb';
}

const formatters = new Map<string, unknown>();

/**
 * One `Intl` formatter per key (locale and options), or anything else worth making once (a formatted date), made the
 * first time it is asked for: making one costs far more than using it, and a list of 100 meetings formats 100 dates.
 */
export function formatter<T>(key: string, make: () => T): T {
  let made = formatters.get(key) as T | undefined;
  if (!made) formatters.set(key, (made = make()));
  return made;
}

/** «7 %», «40 %»: whole percent in the locale's format. */
export function percentFormat(locale: Locale): Intl.NumberFormat {
  return formatter(
    `${locale} percent`,
    () => new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }),
  );
}
