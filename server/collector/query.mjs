// The read API's query string: checked here, so the store is only ever asked what it can answer.
import { COMMENT_STATUSES, DEFAULT_COMMENT_STATUSES } from '../../src/feedback/protocol/collector-api.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_LIMIT = 1000;

/** A real calendar day, YYYY-MM-DD, from year 1. */
export function isCalendarDate(value) {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * @param {URLSearchParams} params
 * @returns {{ error: string } | { period: { from?: string, to?: string, site?: string }, limit?: number,
 *   cursor?: string, min?: number, prefix?: string, page?: string, statuses: string[], q?: string }}
 */
export function readQuery(params) {
  for (const [key, value] of params) {
    if (value.includes('\u0000')) return { error: `${key}: contains a NUL character` };
  }
  const period = {};
  for (const key of ['from', 'to']) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (!isCalendarDate(value)) return { error: `${key}: expected a date, YYYY-MM-DD` };
    period[key] = value;
  }
  const site = params.get('site');
  if (site) period.site = site;
  const query = { period, cursor: params.get('cursor') || undefined };
  const min = params.get('min');
  if (min !== null && min !== '') {
    if (!/^\d{1,9}$/.test(min)) return { error: 'min: a whole number of answers' };
    query.min = Number(min);
  }
  query.page = params.get('page') || undefined;
  const status = params.get('status');
  query.statuses = status ? status.split(',').map((item) => item.trim()) : [...DEFAULT_COMMENT_STATUSES];
  if (!query.statuses.every((item) => COMMENT_STATUSES.includes(item))) {
    return { error: `status: ${COMMENT_STATUSES.join(', ')}` };
  }
  const q = params.get('q');
  if (q) {
    if (q.length > 200) return { error: 'q: at most 200 characters' };
    query.q = q;
  }
  const prefix = params.get('prefix');
  if (prefix !== null && prefix !== '') {
    if (!prefix.startsWith('/')) return { error: 'prefix: a path, starting with /' };
    query.prefix = prefix;
  }
  const limit = params.get('limit');
  if (limit !== null && limit !== '') {
    if (!/^\d{1,6}$/.test(limit) || Number(limit) < 1) return { error: 'limit: a whole number from 1' };
    query.limit = Math.min(Number(limit), MAX_LIMIT);
  }
  return query;
}
