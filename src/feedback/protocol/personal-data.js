// @ts-check
/**
 * Finds personal data a visitor should not send in free text: Norwegian
 * national identity numbers (fødselsnummer, D- and H-numbers), Norwegian phone
 * numbers and e-mail addresses. The widget warns with it; receivers redact with
 * it again before storing. No libraries: it ships to every page.
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

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/**
 * Eleven digits as people write them: together, or the date and the individual number apart
 * (`140387 42192`, `140387-42192`, `140387.42192`), or in groups (`14 03 87 421 92`).
 */
const NATIONAL_ID = /(?<!\d)(\d\d)([ .-]?)(\d\d)\2(\d\d)[ .-]?(\d{3})[ .-]?(\d\d)(?!\d)/g;
/**
 * Eight digits starting with 2–9, written as Norwegians write phone numbers
 * (12345678, 12 34 56 78, 123 45 678, 1234 5678), with an optional +47/0047.
 * Amounts grouped in threes (25 000 000) do not fit these groupings.
 */
const PHONE = /(?<![\d+])(?:(?:\+|00)47 ?)?[2-9](?:\d{7}|\d \d{2} \d{2} \d{2}|\d{2} \d{2} \d{3}|\d{3} \d{4})(?![\d])/g;

/** Weights of the two control digits, each including the control digit itself (weight 1). */
const FIRST_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const SECOND_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/**
 * @param {number[]} digits
 * @param {number[]} weights
 */
const remainder = (digits, weights) => weights.reduce((total, weight, i) => total + weight * digits[i], 0) % 11;

/**
 * A real date in the first six digits; D-numbers add 40 to the day, H-numbers 40 to the month, and NAV's
 * synthetic test numbers 80. A 29 February needs a leap year (00 counts as 2000).
 * @param {number[]} digits
 */
function hasValidDate(digits) {
  let day = digits[0] * 10 + digits[1];
  let month = digits[2] * 10 + digits[3];
  const year = digits[4] * 10 + digits[5];
  if (day > 40) day -= 40;
  month -= month > 80 ? 80 : month > 40 ? 40 : 0;
  const daysInMonth = [31, year % 4 ? 28 : 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return daysInMonth !== undefined && day >= 1 && day <= daysInMonth;
}

/**
 * Whether eleven digits form a valid fødselsnummer, D-number or H-number. The rule since 2032's numbers
 * were announced (Skatteetaten): the first control digit may leave a weighted remainder of 0, 1, 2 or 3,
 * the second one of 0.
 * @param {string} value
 */
export function isNationalIdNumber(value) {
  if (!/^\d{11}$/.test(value)) return false;
  const digits = [...value].map(Number);
  return remainder(digits, FIRST_WEIGHTS) < 4 && remainder(digits, SECOND_WEIGHTS) === 0 && hasValidDate(digits);
}

/** Characters that hide between digits without showing: zero-width spaces and joiners, word joiner, soft hyphen, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

/**
 * The text as the patterns read it — invisible characters gone, the rest in compatibility form (NFKC: full-width
 * digits become digits, no-break and thin spaces become spaces) — and where each of its characters stands in
 * the original.
 * @param {string} text
 */
function normalise(text) {
  let plain = '';
  /** @type {number[]} */
  const at = [];
  for (let i = 0; i < text.length; i++) {
    const char = INVISIBLE.test(text[i]) ? '' : text[i].normalize('NFKC');
    plain += char;
    for (let n = 0; n < char.length; n++) at.push(i);
  }
  at.push(text.length);
  return { plain, at };
}

/**
 * @param {string} text
 * @param {RegExp} pattern
 * @param {PersonalDataKind} kind
 * @param {(match: RegExpExecArray) => boolean} [accept]
 * @returns {PersonalDataFinding[]}
 */
function matches(text, pattern, kind, accept) {
  return [...text.matchAll(pattern)]
    .filter((match) => !accept || accept(match))
    .map((match) => ({ kind, start: match.index, end: match.index + match[0].length }));
}

/** Every piece of personal data in the text, in order, none overlapping. */
/**
 * @param {string} text
 * @returns {PersonalDataFinding[]}
 */
export function findPersonalData(text) {
  const { plain, at } = normalise(text);
  const found = [
    ...matches(plain, EMAIL, 'email'),
    ...matches(plain, NATIONAL_ID, 'national-id', (match) =>
      isNationalIdNumber(match[1] + match[3] + match[4] + match[5] + match[6]),
    ),
    ...matches(plain, PHONE, 'phone'),
  ]
    .map((finding) => ({ ...finding, start: at[finding.start], end: at[finding.end - 1] + 1 }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // An e-mail address may contain digits that look like a phone number: the first, longest finding wins.
  /** @type {PersonalDataFinding[]} */
  const kept = [];
  for (const finding of found) if (!kept.length || finding.start >= kept[kept.length - 1].end) kept.push(finding);
  return kept;
}

/** The text with every piece of personal data replaced by «[fjernet]». */
/**
 * @param {string} text
 * @param {string} [replacement]
 */
export function redactPersonalData(text, replacement = REDACTED) {
  let result = '';
  let position = 0;
  for (const { start, end } of findPersonalData(text)) {
    result += text.slice(position, start) + replacement;
    position = end;
  }
  return result + text.slice(position);
}
