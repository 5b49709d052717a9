import * as v from 'valibot';
import type { DataErrorDetail } from './errors.js';

export type Validated<T> = { ok: true; value: T } | { ok: false; error: DataErrorDetail };

/** One problem in a document: where (`goals[3].title`, `''` for the whole document) and what, in English. */
export interface Problem {
  path: string;
  problem: string;
}

/** `goals[3].title` and what is wrong there, from a valibot issue; `at` is where the checked value sits in its document. */
export function describeIssue(issue: v.BaseIssue<unknown>, at = ''): Problem {
  const path = (issue.path ?? []).reduce<string>((path, item) => {
    const key = item.key as string | number;
    return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : String(key);
  }, at);
  // A missing key is reported by its parent object; say plainly that it is required.
  const missing = issue.type === 'object' && issue.received === 'undefined';
  return { path, problem: missing ? 'required' : issue.message };
}

/** Validates unknown JSON into a typed document (or a part of one, at `at`); the error names the first problem's path. */
export function validate<T>(schema: v.GenericSchema<unknown, T>, value: unknown, at?: string): Validated<T> {
  // The schema's standard interface: what v.safeParse does, without its bytes. Our schemas are synchronous.
  const result = schema['~standard'].validate(value) as Awaited<ReturnType<(typeof schema)['~standard']['validate']>>;
  if (!result.issues) return { ok: true, value: result.value };
  const { path, problem } = describeIssue(result.issues[0] as v.BaseIssue<unknown>, at);
  return {
    ok: false,
    error: { reason: 'invalid', path, message: path ? `${path}: ${problem}` : problem },
  };
}
