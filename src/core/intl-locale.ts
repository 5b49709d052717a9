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
