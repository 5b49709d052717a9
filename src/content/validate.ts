import * as v from 'valibot';
import type { DataErrorDetail } from './errors.js';

export type Validated<T> = { ok: true; value: T } | { ok: false; error: DataErrorDetail };

/** `goals[3].title` from valibot's issue path. */
function formatPath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce<string>((path, item) => {
    const key = item.key as string | number;
    return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : String(key);
  }, '');
}

/** Validates unknown JSON into a typed document; the error names the first problem's path. */
export function validate<T>(schema: v.GenericSchema<unknown, T>, value: unknown): Validated<T> {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output };
  const [issue] = result.issues;
  const path = formatPath(issue);
  // A missing key is reported by its parent object; say plainly that it is required.
  const missing = issue.type === 'object' && issue.received === 'undefined';
  const problem = missing ? 'required' : issue.message;
  return {
    ok: false,
    error: { reason: 'invalid', path, message: path ? `${path}: ${problem}` : problem },
  };
}
