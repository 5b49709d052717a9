import * as v from 'valibot';
import type { FeedbackBody } from './events.js';

/** Longest comment any receiver accepts; the widget's `max-length` cannot exceed it. */
export const MAX_COMMENT_LENGTH = 2000;

/**
 * The feedback body as a schema: the demo receiver and the collector validate
 * every POST with it. The widget itself only imports the type, so none of
 * this reaches visitors' browsers.
 */
export const feedbackBodySchema = v.strictObject({
  id: v.pipe(v.string(), v.uuid()),
  answer: v.picklist(['yes', 'no']),
  comment: v.optional(v.pipe(v.string(), v.maxLength(MAX_COMMENT_LENGTH))),
  page: v.pipe(v.string(), v.minLength(1), v.maxLength(2048)),
  title: v.pipe(v.string(), v.maxLength(500)),
  locale: v.picklist(['nb', 'nn', 'en']),
  submittedAt: v.pipe(v.string(), v.isoTimestamp()),
  version: v.pipe(v.string(), v.maxLength(50)),
});

// Fails to compile if the schema and the documented interface drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const schemaMatchesInterface: Same<v.InferOutput<typeof feedbackBodySchema>, FeedbackBody> = true;

export type FeedbackBodyIssue = { path: string; message: string };

/** Validates an unknown value; on failure, the first issue with its path (`comment: …`). */
export function parseFeedbackBody(
  value: unknown,
): { ok: true; body: FeedbackBody } | { ok: false; issue: FeedbackBodyIssue } {
  const result = v.safeParse(feedbackBodySchema, value);
  if (result.success) return { ok: true, body: result.output };
  const [issue] = result.issues;
  return { ok: false, issue: { path: v.getDotPath(issue) ?? '', message: issue.message } };
}
