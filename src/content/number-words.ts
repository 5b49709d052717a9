import type { Locale } from '../core/resolve-locale.js';

/** Two to twelve: bokmål and nynorsk agree on these. */
const NORWEGIAN = ['to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'];
const ENGLISH = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * A count of two or more in words, as headings write it («fem», «five»);
 * over twelve in digits, as Norwegian style guides ask. One is gendered
 * (én/ei/ett, éin/ei/eitt) and is written whole in each heading's own message.
 */
export function countWord(count: number, locale: Locale): string {
  const words = locale === 'en' ? ENGLISH : NORWEGIAN;
  return words[count - 2] ?? `${count}`;
}

/** «fem strategiske mål» → «Fem strategiske mål» (our three languages need no locale's rules for it). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
