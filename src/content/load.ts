import { parseJson, type JsonResult } from '../core/fetch.js';

/** Largest content document `src` may return unless `max-bytes` says otherwise. */
export const DEFAULT_MAX_BYTES = 1_000_000;

/** Parses the JSON of an inline `<script type="application/json">`. */
export function parseInline(text: string): JsonResult {
  return parseJson(text);
}
