// @ts-check
/**
 * Finds personal data a visitor should not send in free text: Norwegian
 * national identity numbers (fødselsnummer, D- and H-numbers), Norwegian phone
 * numbers and e-mail addresses. The widget warns with it; receivers redact with
 * it again before storing. No libraries: it ships to every page.
 *
 * It errs towards silence on ordinary text: years, dates, amounts, postcodes,
 * nine-digit organisation numbers and eleven-digit numbers whose control digits
 * fail are not reported.
 */
/** @typedef {'national-id' | 'phone' | 'email'} PersonalDataKind */

/** @typedef {{ kind: PersonalDataKind, start: number, end: number }} PersonalDataFinding */

/** What replaces personal data in what is sent and stored. */
export const REDACTED = '[fjernet]';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Eleven digits, with an optional space or dot between the date and the individual number. */
const NATIONAL_ID = /(?<!\d)(\d{6})[ .]?(\d{5})(?!\d)/g;
/**
 * Eight digits starting with 2–9, written as Norwegians write phone numbers
 * (12345678, 12 34 56 78, 123 45 678, 1234 5678), with an optional +47/0047.
 * Amounts grouped in threes (25 000 000) do not fit these groupings.
 */
const PHONE = /(?<![\d+])(?:(?:\+|00)47 ?)?[2-9](?:\d{7}|\d \d{2} \d{2} \d{2}|\d{2} \d{2} \d{3}|\d{3} \d{4})(?![\d])/g;

const FIRST_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const SECOND_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/**
 * @param {number[]} digits
 * @param {number[]} weights
 */
function controlDigit(digits, weights) {
  const sum = weights.reduce((total, weight, i) => total + weight * digits[i], 0);
  const control = 11 - (sum % 11);
  return control === 11 ? 0 : control; // 10 has no digit: such a number is invalid
}

/** A real date in the first six digits; D-numbers add 40 to the day, H-numbers 40 to the month. */
/** @param {number[]} digits */
function hasValidDate(digits) {
  let day = digits[0] * 10 + digits[1];
  let month = digits[2] * 10 + digits[3];
  if (day > 40) day -= 40;
  if (month > 40) month -= 40;
  const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return daysInMonth !== undefined && day >= 1 && day <= daysInMonth;
}

/** Whether eleven digits form a valid fødselsnummer, D-number or H-number (both mod-11 control digits). */
/** @param {string} value */
export function isNationalIdNumber(value) {
  if (!/^\d{11}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const first = controlDigit(digits, FIRST_WEIGHTS);
  if (first !== digits[9]) return false;
  return controlDigit(digits, SECOND_WEIGHTS) === digits[10] && hasValidDate(digits);
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
  const found = [
    ...matches(text, EMAIL, 'email'),
    ...matches(text, NATIONAL_ID, 'national-id', (match) => isNationalIdNumber(match[1] + match[2])),
    ...matches(text, PHONE, 'phone'),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
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
