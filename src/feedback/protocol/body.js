// @ts-check
// The wire contract between <helse-feedback> and a receiver: the POST body, its type and its schema.
// Plain JavaScript with JSDoc types (checked by tsc) so that Node — the receiver and the collector —
// imports this very file, with no build, and the browser code imports its types.
import * as v from 'valibot';

/** Longest comment any receiver accepts; the widget's `max-length` cannot exceed it. */
export const MAX_COMMENT_LENGTH = 2000;

/**
 * What the visitor answered.
 * @typedef {'yes' | 'no'} FeedbackAnswer
 */

/**
 * The JSON body POSTed to `endpoint`, and the `detail` of `helse-feedback-submit`.
 * Nothing else about the visitor is sent: no cookies, no referrer, no user agent.
 * @typedef {object} FeedbackBody
 * @property {string} id Random UUID, the idempotency key: retries of one answer carry the same id.
 * @property {FeedbackAnswer} answer
 * @property {string} [comment] Only for `no`, and only when the visitor wrote something.
 * @property {string} page The page the answer is about: `page` attribute, else the URL without query and fragment.
 * @property {string} title
 * @property {'nb' | 'nn' | 'en'} locale
 * @property {string} submittedAt ISO 8601, when the visitor answered.
 * @property {string} version helse-widgets version that sent it.
 */

/**
 * The feedback body as a schema: the reference receiver and the collector validate every POST with it.
 * The widget imports only the types and the limit, so the schema never reaches visitors' browsers.
 */
/** Text no database can store (PostgreSQL's text refuses NUL): refused as bad input, not failed on. */
const text = () =>
  v.pipe(
    v.string(),
    v.check((value) => !value.includes('\u0000'), 'contains a NUL character'),
  );

/**
 * A timestamp that names a real instant: a day its month has, a year from 1, an offset within ±14:00
 * (the widest in use). `v.isoTimestamp()` checks the form; this checks the calendar.
 * @param {string} value
 */
export function isRealTimestamp(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})T.*?(?:Z|[+-](\d{2}):?(\d{2}))$/i.exec(value);
  if (!match) return false;
  const [year, month, day, offsetHours, offsetMinutes] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return (
    year >= 1 &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    offsetHours * 60 + offsetMinutes <= 14 * 60
  );
}

export const feedbackBodySchema = v.strictObject({
  id: v.pipe(v.string(), v.uuid()),
  answer: v.picklist(['yes', 'no']),
  comment: v.optional(v.pipe(text(), v.maxLength(MAX_COMMENT_LENGTH))),
  page: v.pipe(text(), v.minLength(1), v.maxLength(2048)),
  title: v.pipe(text(), v.maxLength(500)),
  locale: v.picklist(['nb', 'nn', 'en']),
  submittedAt: v.pipe(v.string(), v.isoTimestamp(), v.check(isRealTimestamp, 'not a real point in time')),
  version: v.pipe(text(), v.maxLength(50)),
});

/** @typedef {{ path: string, message: string }} FeedbackBodyIssue */

/**
 * Validates an unknown value; on failure, the first issue with its path (`comment: …`).
 * @param {unknown} value
 * @returns {{ ok: true, body: FeedbackBody } | { ok: false, issue: FeedbackBodyIssue }}
 */
export function parseFeedbackBody(value) {
  const result = v.safeParse(feedbackBodySchema, value);
  if (result.success) return { ok: true, body: result.output };
  const [issue] = result.issues;
  return { ok: false, issue: { path: v.getDotPath(issue) ?? '', message: issue.message } };
}
