// @ts-check
/**
 * Finds personal data a visitor should not send in free text: Norwegian
 * national identity numbers (fødselsnummer, D- and H-numbers), Norwegian phone
 * numbers and e-mail addresses. The widget warns with it; receivers redact with
 * it again before storing. No libraries, and kept small: it ships to every page.
 *
 * It errs towards silence on ordinary text: years, dates, amounts, postcodes,
 * nine-digit organisation numbers and eleven-digit numbers whose control digits
 * fail are not reported. It reads through the ways a number gets disguised,
 * on purpose or by a phone's keyboard: full-width digits, zero-width spaces
 * between digits, no-break spaces, hyphens and spaced groups.
 */
/** @typedef {'national-id' | 'phone' | 'email'} PersonalDataKind */

/** @typedef {{ kind: PersonalDataKind, start: number, end: number }} PersonalDataFinding */

/** What replaces personal data in what is sent and stored. */
export const REDACTED = '[fjernet]';

/** @type {[PersonalDataKind, RegExp, boolean?][]} The third: check the control digits and the date. */
const PATTERNS = [
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu],
  // Eleven digits as people write them: together, or the date and the individual number apart
  // (140387 42192, 140387-42192, 140387.42192), or in groups (14 03 87 421 92).
  ['national-id', /(?<!\d)\d\d([ .-]?)\d\d\1\d\d[ .-]?\d{3}[ .-]?\d\d(?!\d)/g, true],
  // Eight digits starting with 2–9, written as Norwegians write phone numbers (12345678, 12 34 56 78,
  // 123 45 678, 1234 5678), with an optional +47/0047. Amounts grouped in threes (25 000 000) do not fit.
  ['phone', /(?<![\d+])(?:(?:\+|00)47 ?)?[2-9](?:\d{7}|\d \d\d \d\d \d\d|\d\d \d\d \d{3}|\d{3} \d{4})(?!\d)/g],
];

/**
 * The weighted sum of the digits modulo 11; the weights include the control digit itself (weight 1).
 * @param {number[]} digits
 * @param {string} weights
 */
const remainder = (digits, weights) => [...weights].reduce((sum, weight, i) => sum + +weight * digits[i], 0) % 11;

/**
 * Whether eleven digits form a valid fødselsnummer, D-number or H-number (or one of NAV's synthetic test
 * numbers). The rule since the numbers from 2032 were announced (Skatteetaten): the first control digit may
 * leave a remainder of 0, 1, 2 or 3, the second one of 0. D-numbers add 40 to the day, H-numbers 40 to the
 * month, test numbers 80; a 29 February needs a leap year (00 counts as 2000).
 * @param {string} value
 */
export function isNationalIdNumber(value) {
  if (!/^\d{11}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const date = (/** @type {number} */ i) => digits[i] * 10 + digits[i + 1];
  const day = date(0) > 40 ? date(0) - 40 : date(0);
  const month = date(2) % 40; // 41–52 and 81–92 become 1–12; every other value stays out of range
  const days = month === 2 ? 28 + +!(date(4) % 4) : 30 + ((month + (month >> 3)) & 1);
  return (
    remainder(digits, '3761894521') < 4 &&
    !remainder(digits, '54327654321') &&
    month > 0 &&
    month < 13 &&
    day > 0 &&
    day <= days
  );
}

/**
 * The text as the patterns read it: without Unicode format characters (zero-width spaces and joiners, word
 * joiner, soft hyphen, BOM: they hide between digits without showing), in compatibility form (NFKC: full-width
 * digits become digits, no-break and thin spaces become spaces). Ordinary Norwegian text comes out unchanged.
 * @param {string} text
 */
export const normaliseText = (text) => text.replace(/\p{Cf}/gu, '').normalize('NFKC');

/**
 * Every piece of personal data in the text, in order, none overlapping; positions are in `normaliseText(text)`.
 * @param {string} text
 * @returns {PersonalDataFinding[]}
 */
export function findPersonalData(text) {
  const plain = normaliseText(text);
  /** @type {PersonalDataFinding[]} */
  const found = [];
  for (const [kind, pattern, check] of PATTERNS) {
    for (const match of plain.matchAll(pattern)) {
      if (!check || isNationalIdNumber(match[0].replace(/\D/g, ''))) {
        const start = /** @type {number} */ (match.index);
        found.push({ kind, start, end: start + match[0].length });
      }
    }
  }
  // An e-mail address may contain digits that look like a phone number: the first, longest finding wins.
  let end = 0;
  return found
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((finding) => finding.start >= end && (end = finding.end));
}

/**
 * `normaliseText(text)` with every piece of personal data replaced by «[fjernet]» (from the last, so the earlier
 * positions hold).
 * @param {string} text
 * @param {string} [replacement]
 */
export const redactPersonalData = (text, replacement = REDACTED) =>
  findPersonalData(text).reduceRight(
    (result, { start, end }) => result.slice(0, start) + replacement + result.slice(end),
    normaliseText(text),
  );
