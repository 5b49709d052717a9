// @ts-check
// The collector's read and triage API as shapes: what GET /api/pages, /api/trend and /api/comments
// answer, and what PATCH /api/comments/<id> takes. Plain JavaScript with JSDoc types, like body.js,
// so the collector (Node, no build) and <helse-feedback-report> (browser) share one definition. The
// report validates every answer with these schemas before it shows anything; the objects allow
// fields they do not name, so a collector may add some without breaking older reports.
import * as v from 'valibot';

/** A comment's state in the editors' triage: `new` (default), `handled` or `spam`. */
export const COMMENT_STATUSES = /** @type {const} */ (['new', 'handled', 'spam']);

/** @typedef {typeof COMMENT_STATUSES[number]} CommentStatus */

/** What GET /api/comments shows without `status=`: spam stays out of sight unless asked for. */
export const DEFAULT_COMMENT_STATUSES = /** @type {const} */ (['new', 'handled']);

/** Pages with fewer answers than this are not ranked: their share says too little. */
export const MIN_RANKED_ANSWERS = 5;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const isoDay = v.pipe(v.string(), v.isoDate());

export const commentStatusSchema = v.picklist(COMMENT_STATUSES);

/** One page of GET /api/pages: its counts, its share of «Nei», and the bound it is ranked by. */
export const collectorPageSchema = v.object({
  page: v.string(),
  site: v.string(),
  title: v.nullable(v.string()),
  yes: count,
  no: count,
  comments: count,
  total: count,
  /** `no / total`. */
  noShare: share,
  /** Lower bound of the 95 % Wilson score interval of the share of «Nei»: what the pages are ordered by. */
  noLowerBound: share,
});

/** GET /api/pages: pages ordered by `noLowerBound`, highest first. */
export const pagesAnswerSchema = v.object({ pages: v.array(collectorPageSchema) });

/** One day of GET /api/trend, in the collector's time zone. */
export const trendDaySchema = v.object({ date: isoDay, yes: count, no: count });

/** GET /api/trend: one row for every day of the period, days without answers as zeros. */
export const trendAnswerSchema = v.object({ days: v.array(trendDaySchema) });

/** One comment of GET /api/comments. */
export const collectorCommentSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  comment: v.string(),
  locale: v.nullable(v.string()),
  receivedAt: v.string(),
  /** The day it came (`YYYY-MM-DD`) in the collector's time zone: the day the period filter counts. */
  date: v.optional(isoDay),
  status: commentStatusSchema,
  /** The page it is about; always there when the request named no page. */
  page: v.optional(v.string()),
  title: v.optional(v.nullable(v.string())),
});

/** GET /api/comments: newest first; `next` is the cursor of the following batch, or null. */
export const commentsAnswerSchema = v.object({
  comments: v.array(collectorCommentSchema),
  next: v.optional(v.nullable(v.string()), null),
});

/** The body of PATCH /api/comments/<id>. */
export const statusChangeSchema = v.strictObject({ status: commentStatusSchema });

/** @typedef {v.InferOutput<typeof collectorPageSchema>} CollectorPage */
/** @typedef {v.InferOutput<typeof trendDaySchema>} TrendDay */
/** @typedef {v.InferOutput<typeof collectorCommentSchema>} CollectorComment */
/** @typedef {v.InferOutput<typeof pagesAnswerSchema>} PagesAnswer */
/** @typedef {v.InferOutput<typeof trendAnswerSchema>} TrendAnswer */
/** @typedef {v.InferOutput<typeof commentsAnswerSchema>} CommentsAnswer */
/** @typedef {v.InferOutput<typeof statusChangeSchema>} StatusChange */

/**
 * Lower bound of the 95 % Wilson score interval of `no` out of `total`: 0 without answers. The
 * collector ranks by it; exported so both sides compute it the same way.
 * @param {number} no
 * @param {number} total
 * @returns {number}
 */
export function wilsonLowerBound(no, total) {
  if (total <= 0) return 0;
  const z = 1.959963984540054;
  const p = no / total;
  const z2 = z * z;
  const centre = p + z2 / (2 * total);
  const margin = z * Math.sqrt((p * (1 - p) + z2 / (4 * total)) / total);
  return Math.max(0, (centre - margin) / (1 + z2 / total));
}
