// The counts of every page and day, in memory: what rankings and trends are computed from, in a millisecond or
// two, without a query. SQL stays the source of truth (feedback_pages, feedback_running in sql-schema.mjs); this
// is a copy of those two tables, loaded at start, moved on by this process's own answers as they commit, and
// reloaded, a page at a time, where the database shows that someone else changed a page.
//
// Per page: its running totals as one Int32Array of [day, yes, no, comments] per day with answers (day: days
// since 1970-01-01 in the store's time zone; the counts: up to the end of that day), so a period's counts are two
// binary searches, as in SQL. 16 bytes a page-day, up to twice that while an array has room to grow.
//
// Versions: each page's row in feedback_pages carries a version that every change of its counts raises by one,
// under that row's lock. An answer through this process returns the version it made; the index holds, per page,
// the version `base` it has every change up to, and the changes after it that it applied out of order (another
// process changed the page in between, or two of this process's answers finished in the other order). A page
// read from the database at version V replaces what the index had when V is not older than `base`, and the
// changes after V are applied to it again: whatever order answers and reloads arrive in, each change counts once.
import { wilsonLowerBound } from '../../src/feedback/protocol/collector-api.js';
import { addCounts, byCodePoint, dayDate, inOrder, lastAtOrBefore, nth, STRIDE } from './running-totals.mjs';

export { dayNumber } from './running-totals.mjs';

/** A SQL regular expression's JavaScript twin: the path of a URL, what `prefix` is matched against. */
const PATH_OF_URL = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*(.*)$/s;
/** Rankings kept at once. */
const MAX_RANKINGS = 16;
/** Changes applied out of order before the page is read again from the database. */
const MAX_PENDING = 64;

/**
 * @typedef {{ query: { from: number | null, to: number | null, site?: string, prefix?: string, min: number },
 *   first: number, pages: any[], count: number }} Ranking
 * @typedef {{ page: string, site: string, title: string | null, titleVersion: number, path: string,
 *   plain: boolean, base: number,
 *   pending: Map<number, number[]> | null, n: number, data: Int32Array }} PageCounts
 * @typedef {{ page: string, site: string, title: string | null, version: number, days: number[],
 *   yes: number[], no: number[], comments: number[] }} PageRow a page as the database has it
 */

export function createCountsIndex() {
  /** @type {Map<string, PageCounts>} */
  const pages = new Map();
  /** @type {PageCounts[]} */
  const all = [];
  /** @type {Map<string, PageCounts[]>} */
  const sites = new Map();
  /**
   * Rankings computed lately, by their query: readers paging through one, or dashboards asking for the same
   * period, share it. A change keeps one only when it cannot move what it holds (see keepRankings()).
   * @type {Map<string, Ranking>}
   */
  const rankings = new Map();

  function pageCounts(page, site, title) {
    let p = pages.get(page);
    if (!p) {
      const path = PATH_OF_URL.exec(page)?.[1] ?? '';
      // No UTF-16 surrogates: its order by code point is JavaScript's own string order.
      const plain = !/[\ud800-\udfff]/.test(page);
      p = { page, site, title, titleVersion: 0, path, plain, base: 0, pending: null, n: 0, data: new Int32Array(0) };
      pages.set(page, p);
      all.push(p);
      if (!sites.has(site)) sites.set(site, []);
      sites.get(site).push(p);
    }
    return p;
  }

  /** The pages a read covers: one page, one site, or all; then those under `prefix`. */
  function select({ page, site, prefix }) {
    let chosen;
    if (page != null) {
      const p = pages.get(page);
      chosen = p && (site == null || p.site === site) ? [p] : [];
    } else if (site != null) chosen = sites.get(site) ?? [];
    else chosen = all;
    return prefix == null ? chosen : chosen.filter((p) => p.path.startsWith(prefix));
  }

  /** Computes a ranking (see rank() below). */
  function rank({ from, to, site, prefix, min }, first) {
    const list = select({ site, prefix });
    const yesOf = new Int32Array(list.length);
    const noOf = new Int32Array(list.length);
    const commentsOf = new Int32Array(list.length);
    const bounds = new Float64Array(list.length);
    const chosen = [];
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      const high = to === null ? p.n - 1 : lastAtOrBefore(p, to);
      if (high < 0) continue;
      const low = from === null ? -1 : lastAtOrBefore(p, from - 1);
      const d = p.data;
      const yes = d[high * STRIDE + 1] - (low < 0 ? 0 : d[low * STRIDE + 1]);
      const no = d[high * STRIDE + 2] - (low < 0 ? 0 : d[low * STRIDE + 2]);
      const total = yes + no;
      if (total <= 0 || total < min) continue;
      yesOf[i] = yes;
      noOf[i] = no;
      commentsOf[i] = d[high * STRIDE + 3] - (low < 0 ? 0 : d[low * STRIDE + 3]);
      bounds[i] = wilsonLowerBound(no, total);
      chosen.push(i);
    }
    let candidates = chosen;
    if (chosen.length > first) {
      // Only those at least as bad as the first-th worst need ordering: found by a sort of numbers alone.
      const values = new Float64Array(chosen.length);
      for (let j = 0; j < chosen.length; j++) values[j] = bounds[chosen[j]];
      const threshold = nth(values, chosen.length - first);
      candidates = chosen.filter((i) => bounds[i] >= threshold);
    }
    candidates.sort(
      (a, b) =>
        bounds[b] - bounds[a] ||
        noOf[b] - noOf[a] ||
        (list[a].plain && list[b].plain
          ? list[a].page < list[b].page
            ? -1
            : 1
          : byCodePoint(list[a].page, list[b].page)),
    );
    const pages = candidates.slice(0, first).map((i) => {
      const { page, site, title } = list[i];
      const [yes, no] = [yesOf[i], noOf[i]];
      const total = yes + no;
      return {
        page,
        site,
        title,
        yes,
        no,
        comments: commentsOf[i],
        total,
        noShare: no / total,
        noLowerBound: bounds[i],
      };
    });
    return { pages, count: chosen.length };
  }

  /** A page's row in a ranking of a period, or null when it has fewer than `min` answers in it. */
  function periodRow(p, { from, to, min }) {
    const high = to === null ? p.n - 1 : lastAtOrBefore(p, to);
    if (high < 0) return null;
    const low = from === null ? -1 : lastAtOrBefore(p, from - 1);
    const d = p.data;
    const yes = d[high * STRIDE + 1] - (low < 0 ? 0 : d[low * STRIDE + 1]);
    const no = d[high * STRIDE + 2] - (low < 0 ? 0 : d[low * STRIDE + 2]);
    const total = yes + no;
    if (total <= 0 || total < min) return null;
    const comments = d[high * STRIDE + 3] - (low < 0 ? 0 : d[low * STRIDE + 3]);
    return {
      page: p.page,
      site: p.site,
      title: p.title,
      yes,
      no,
      comments,
      total,
      noShare: no / total,
      noLowerBound: wilsonLowerBound(no, total),
    };
  }

  /** A page's answers in a period, however few. */
  function periodTotal(p, { from, to }) {
    return periodRow(p, { from, to, min: -Infinity })?.total ?? 0;
  }

  /**
   * After a change of `p`'s counts on `day` by `yes` and `no`: forgets the rankings it may have moved. A ranking
   * holding its first pages, worst first, stays as it is when the page is not among them and does not now rank
   * before the last of them; only its number of pages may change.
   */
  function keepRankings(p, day, yes, no) {
    for (const [key, ranking] of rankings) {
      const { from, to, site, prefix, min } = ranking.query;
      if ((site != null && p.site !== site) || (prefix != null && !p.path.startsWith(prefix))) continue;
      // Running totals change from `day` on: a period's counts only when the day is in it.
      if ((from !== null && day < from) || (to !== null && day > to)) continue;
      const now = periodRow(p, ranking.query);
      const last = ranking.pages[ranking.pages.length - 1];
      const moves =
        ranking.pages.some((row) => row.page === p.page) ||
        (now !== null && (ranking.pages.length < ranking.first || inOrder(now, last) < 0));
      if (moves) {
        rankings.delete(key);
        continue;
      }
      const before = (now ? now.total : periodTotal(p, ranking.query)) - yes - no;
      ranking.count += (now ? 1 : 0) - (before > 0 && before >= min ? 1 : 0);
    }
  }

  return {
    /** The version a page's counts here are complete up to (0: none). */
    versionOf(page) {
      return pages.get(page)?.base ?? 0;
    },

    /** Every page's complete version, summed: equal to the database's sum when nothing changed elsewhere. */
    versionSum() {
      let sum = 0;
      for (const p of pages.values()) sum += p.base;
      return sum;
    },

    /** Pages whose out-of-order changes have piled up: to be read again from the database. */
    overdue() {
      return [...pages.values()].filter((p) => p.pending && p.pending.size > MAX_PENDING).map((p) => p.page);
    },

    /**
     * One change this process made and committed, at the page's `version`: an answer (+1) or its removal (-1),
     * on `day`. Does nothing when the index has it already.
     */
    change({ page, site, title, version, day, yes, no, comments }) {
      const p = pageCounts(page, site, title);
      if (version <= p.base || p.pending?.has(version)) return;
      addCounts(p, day, yes, no, comments);
      // The database's title of the page at that version (it keeps the greatest one, in its own collation).
      if (version > p.titleVersion) Object.assign(p, { title, titleVersion: version });
      keepRankings(p, day, yes, no);
      if (version !== p.base + 1) {
        (p.pending ??= new Map()).set(version, [day, yes, no, comments]);
        return;
      }
      p.base = version;
      while (p.pending?.has(p.base + 1)) p.pending.delete(++p.base);
      if (p.pending?.size === 0) p.pending = null;
    },

    /** Pages as the database has them; each replaces what the index had unless the index is further on. */
    load(/** @type {PageRow[]} */ rows) {
      for (const row of rows) {
        const p = pageCounts(row.page, row.site, row.title);
        if (row.version < p.base) continue;
        const n = row.days.length;
        const data = new Int32Array(n * STRIDE);
        for (let i = 0; i < n; i++) {
          data[i * STRIDE] = row.days[i];
          data[i * STRIDE + 1] = row.yes[i];
          data[i * STRIDE + 2] = row.no[i];
          data[i * STRIDE + 3] = row.comments[i];
        }
        Object.assign(p, { base: row.version, n, data });
        if (row.version >= p.titleVersion) Object.assign(p, { title: row.title, titleVersion: row.version });
        const later = p.pending;
        p.pending = null;
        for (const [version, [day, yes, no, comments]] of later ?? []) {
          if (version <= p.base) continue;
          addCounts(p, day, yes, no, comments);
          (p.pending ??= new Map()).set(version, [day, yes, no, comments]);
        }
        while (p.pending?.has(p.base + 1)) p.pending.delete(++p.base);
        if (p.pending?.size === 0) p.pending = null;
      }
      if (rows.length) rankings.clear();
    },

    /**
     * Per page, the counts of a period (`from`, `to`: day numbers, both included, null for no bound) with at
     * least `min` answers, worst first: by the lower bound of the Wilson interval of the share of «Nei», then
     * by «Nei», then by the page's address. The first `first` of them (all by default), and how many there are.
     */
    rank({ from = null, to = null, site, prefix, min = 1 }, first = Infinity) {
      const query = { from, to, site, prefix, min };
      const key = JSON.stringify([from, to, site, prefix, min]);
      let ranking = rankings.get(key);
      if (!ranking || ranking.first < first) {
        ranking = { query, first, ...rank(query, first) };
        if (rankings.size >= MAX_RANKINGS) rankings.delete(rankings.keys().next().value);
      }
      // The most recently used stays longest.
      rankings.delete(key);
      rankings.set(key, ranking);
      return { pages: ranking.pages.slice(0, first), count: ranking.count };
    },

    /** «Ja» and «Nei» per day from `from` to `to` (day numbers, both included), of one page, a site, a section. */
    trend({ from, to, site, page, prefix }) {
      const days = to - from + 1;
      const yes = new Float64Array(days);
      const no = new Float64Array(days);
      for (const p of select({ page, site, prefix })) {
        const d = p.data;
        let i = lastAtOrBefore(p, from - 1);
        let yesBefore = i < 0 ? 0 : d[i * STRIDE + 1];
        let noBefore = i < 0 ? 0 : d[i * STRIDE + 2];
        for (i++; i < p.n && d[i * STRIDE] <= to; i++) {
          const day = d[i * STRIDE] - from;
          yes[day] += d[i * STRIDE + 1] - yesBefore;
          no[day] += d[i * STRIDE + 2] - noBefore;
          yesBefore = d[i * STRIDE + 1];
          noBefore = d[i * STRIDE + 2];
        }
      }
      return Array.from({ length: days }, (_, day) => ({ date: dayDate(from + day), yes: yes[day], no: no[day] }));
    },

    /** What the index holds: pages, page-days, and the bytes of its count arrays (allocated, room to grow included). */
    size() {
      let days = 0;
      let bytes = 0;
      for (const p of pages.values()) {
        days += p.n;
        bytes += p.data.byteLength;
      }
      return { pages: pages.size, days, bytes };
    },
  };
}
