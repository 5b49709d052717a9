// A page's running totals, as the counts in memory hold them (counts-index.mjs): one Int32Array of
// [day, yes, no, comments] per day the page had answers, the counts up to the end of that day; and the days,
// orders and selection that rankings need.

/** Numbers per day in a page's array: the day, then its running totals of yes, no and comments. */
export const STRIDE = 4;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a date YYYY-MM-DD (any year from 1). */
export function dayNumber(date) {
  const [year, month, day] = date.split('-').map(Number);
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  return Math.round(at.getTime() / DAY_MS);
}

/** The date YYYY-MM-DD of a day number. */
export function dayDate(number) {
  return new Date(number * DAY_MS).toISOString().slice(0, 10);
}

/** Orders as PostgreSQL's COLLATE "C" does: by the bytes of UTF-8, that is by code point. */
export function byCodePoint(a, b) {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // UTF-16 puts surrogates (code points from U+10000) before U+E000–U+FFFF; code points put them after.
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** The order of a ranking, worst first: by the Wilson bound, then by «Nei», then by address. */
export function inOrder(a, b) {
  return b.noLowerBound - a.noLowerBound || b.no - a.no || byCodePoint(a.page, b.page);
}

/**
 * The last entry of `p` on or before `day`, or -1. Its days are whole numbers, all different, in order: so the
 * entry is no further from the end than `day` is from the last day, nor further from the start than from the
 * first, which leaves nothing to search when a page had answers every day.
 */
export function lastAtOrBefore(p, day) {
  const d = p.data;
  const last = p.n - 1;
  if (last < 0 || day < d[0]) return -1;
  if (day >= d[last * STRIDE]) return last;
  let low = Math.max(0, last - (d[last * STRIDE] - day));
  let high = Math.min(last, day - d[0]);
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (d[middle * STRIDE] <= day) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The value that would stand at `k` if `values` were sorted ascending (Hoare's selection; reorders `values`). */
export function nth(values, k) {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1];
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i++] = values[j];
        values[j--] = swap;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else break;
  }
  return values[k];
}

/** Adds yes, no and comments to a page's running totals from `day` on, as feedback_count() does in SQL. */
export function addCounts(p, day, yes, no, comments) {
  let at = lastAtOrBefore(p, day);
  if (at < 0 || p.data[at * STRIDE] !== day) {
    // A row for that day, from the totals of the day before it.
    if ((p.n + 1) * STRIDE > p.data.length) {
      const grown = new Int32Array(Math.max(STRIDE * 4, Math.ceil(p.n * 1.5) * STRIDE + STRIDE * 2));
      grown.set(p.data.subarray(0, p.n * STRIDE));
      p.data = grown;
    }
    at++;
    p.data.copyWithin((at + 1) * STRIDE, at * STRIDE, p.n * STRIDE);
    p.data[at * STRIDE] = day;
    for (let k = 1; k < STRIDE; k++) p.data[at * STRIDE + k] = at > 0 ? p.data[(at - 1) * STRIDE + k] : 0;
    p.n++;
  }
  for (let i = at; i < p.n; i++) {
    p.data[i * STRIDE + 1] += yes;
    p.data[i * STRIDE + 2] += no;
    p.data[i * STRIDE + 3] += comments;
  }
}
