// The collector's store: one SQL implementation for both databases it runs on — PostgreSQL (`pg`, for
// a regional trust with many sites) and PGlite (PostgreSQL compiled to WebAssembly, embedded: a
// directory on disk, no server to install). Both take `query(text, params)` and answer `{ rows }`.
// The tables, the counts kept beside the answers and the functions that keep them: sql-schema.mjs. Rankings and
// trends are computed from a copy of those counts in memory (counts-index.mjs); comments are read with SQL.
import { DEFAULT_COMMENT_STATUSES } from '../../src/feedback/protocol/collector-api.js';
import { createCountsIndex, dayNumber } from './counts-index.mjs';
import { prepareSchema } from './sql-schema.mjs';
import { looksLikeSpam } from './spam.mjs';

/** The site a page belongs to: its origin, e.g. https://helse-midt.no. */
export function siteOf(page) {
  try {
    return new URL(page).origin;
  } catch {
    return '';
  }
}

/** Thrown for a cursor this store did not give; the collector answers 400. */
const invalidCursor = () => Object.assign(new Error('invalid cursor'), { code: 'invalid-cursor' });
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Opaque cursors: «the comments after this one» (newest first), «the pages after this many». */
const encodeCursor = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
function decodeCursor(cursor, valid) {
  let value;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!valid(value)) throw invalidCursor();
  return value;
}
const isCommentCursor = (value) =>
  Array.isArray(value) &&
  typeof value[0] === 'string' &&
  TIMESTAMP.test(value[0]) &&
  !Number.isNaN(Date.parse(value[0])) &&
  new Date(value[0]).toISOString().slice(0, 10) === value[0].slice(0, 10) &&
  typeof value[1] === 'string' &&
  !value[1].includes('\u0000');
const isOffsetCursor = (value) => Number.isSafeInteger(value) && value >= 0;

/** A SQL regular expression whose group is the path of a URL (what `prefix` is matched against). */
const PATH_OF_URL = '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*(.*)$';
/** Pages read from the database in one query. */
const LOAD_BATCH = 1000;
/** Comments an export reads in one query. */
const EXPORT_BATCH = 250;
/**
 * While answers come in (the last less than EXPORT_QUIET_MS ago), an export waits EXPORT_SHARE times as long as
 * each batch took before the next, at most EXPORT_MAX_WAIT_MS: it gets a sixth of the time, answers the rest.
 */
const EXPORT_QUIET_MS = 100;
const EXPORT_SHARE = 5;
const EXPORT_MAX_WAIT_MS = 250;
const UTC_TIME = `to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * @typedef {(text: string, params?: unknown[]) => Promise<{ rows: any[] }>} Query
 * @typedef {{ query: Query, transaction(fn: (tx: { query: Query }) => Promise<void>): Promise<void>,
 *   close?(): Promise<void> }} Database
 */

/**
 * @param {Database} db
 * @param {{ now?: () => Date, timeZone?: string, refreshMs?: number }} [options] `timeZone`: the days of a
 *   period (default Europe/Oslo). `refreshMs`: how old the counts in memory may get before a read looks for
 *   other processes' answers in the database (default 2000; 0: never, for a database no other process writes).
 */
export async function createSqlStore(db, options = {}) {
  const now = options.now ?? (() => new Date());
  const refreshMs = options.refreshMs ?? 2000;
  const timeZone = options.timeZone ?? 'Europe/Oslo';
  // An unknown time zone fails here, at start, not at the first read.
  await db.query(`SELECT now() AT TIME ZONE $1`, [timeZone]);
  await prepareSchema(db, timeZone);

  /** When the last answer was stored (performance.now()). */
  let lastStored = -Infinity;
  /**
   * Between two batches of an export: first lets the event loop take in the requests that have arrived (the
   * embedded database answers without ever yielding to it, so an export asking again at once would keep every
   * request waiting until it is done); then, while answers are coming in, waits EXPORT_SHARE times as long as
   * the last batch took, so the export takes a small share of the time and answers the rest.
   * @param {number} busyMs how long the last batch took, with what was done with its rows
   */
  async function answersFirst(busyMs) {
    await new Promise((resolve) => setImmediate(resolve));
    if (performance.now() - lastStored > EXPORT_QUIET_MS) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(EXPORT_SHARE * busyMs, EXPORT_MAX_WAIT_MS)));
  }

  /** The comments of a period, newest first, `limit` at a time after `after`. */
  async function commentRows({ page, site, prefix, from, to, after, limit, statuses = DEFAULT_COMMENT_STATUSES, q }) {
    // Only the conditions that apply, so the planner sees each as what it is: a range of an index, mostly.
    const params = [timeZone, limit, [...statuses]];
    const where = ['comment IS NOT NULL', 'status = ANY($3::text[])'];
    const param = (value) => `$${params.push(value)}`;
    if (from) where.push(`received_at >= ${param(from)}::date::timestamp AT TIME ZONE $1`);
    if (to) where.push(`received_at < (${param(to)}::date + 1)::timestamp AT TIME ZONE $1`);
    if (page) where.push(`page = ${param(page)}`);
    if (site) where.push(`site = ${param(site)}`);
    if (after) where.push(`(received_at, id) < (${param(after[0])}::timestamptz, ${param(after[1])}::text)`);
    if (q) where.push(`strpos(lower(comment), lower(${param(q)})) > 0`);
    if (prefix) where.push(`starts_with(coalesce(substring(page FROM '${PATH_OF_URL}'), ''), ${param(prefix)})`);
    const { rows } = await db.query(
      `SELECT id, answer, comment, page, site, title, locale, status, ${UTC_TIME} AS received_at,
              to_char(received_at AT TIME ZONE $1, 'YYYY-MM-DD') AS day
         FROM feedback
        WHERE ${where.join(' AND ')}
        ORDER BY received_at DESC, id DESC
        LIMIT $2`,
      params,
    );
    return rows;
  }

  /** Pages as the database has them now, with their versions: `WHERE` chooses them, `$1` is its parameter. */
  async function readPages(where, param) {
    const { rows } = await db.query(
      `SELECT p.page, p.site, p.title, p.version::float8 AS version,
              coalesce(r.days, '{}') AS days, coalesce(r.yes, '{}') AS yes, coalesce(r.no, '{}') AS no,
              coalesce(r.comments, '{}') AS comments
         FROM (SELECT * FROM feedback_pages WHERE ${where} ORDER BY page LIMIT ${LOAD_BATCH}) AS p
         LEFT JOIN LATERAL (
           SELECT array_agg(day - date '1970-01-01' ORDER BY day) AS days, array_agg(yes ORDER BY day) AS yes,
                  array_agg(no ORDER BY day) AS no, array_agg(comments ORDER BY day) AS comments
             FROM feedback_running WHERE page = p.page
         ) AS r ON true
        ORDER BY p.page`,
      [param],
    );
    counts.load(rows);
    return rows;
  }

  /** Reads these pages again from the database. */
  async function reload(pages) {
    for (let i = 0; i < pages.length; i += LOAD_BATCH) {
      await readPages('page = ANY($1::text[])', pages.slice(i, i + LOAD_BATCH));
    }
  }

  /** Every page, `LOAD_BATCH` at a time. */
  async function loadAll() {
    for (let after = null; ;) {
      const rows = await readPages('($1::text IS NULL OR page > $1)', after);
      if (rows.length < LOAD_BATCH) return;
      after = rows[rows.length - 1].page;
    }
  }

  /** Reads again the pages that another process (or a change of status or retention here) has changed. */
  async function refresh() {
    const { rows } = await db.query(`SELECT coalesce(sum(version), 0)::float8 AS sum FROM feedback_pages`);
    const overdue = counts.overdue();
    if (rows[0].sum === counts.versionSum() && !overdue.length) return;
    const { rows: versions } = await db.query(`SELECT page, version::float8 AS version FROM feedback_pages`);
    const behind = versions.filter((row) => row.version > counts.versionOf(row.page)).map((row) => row.page);
    await reload([...new Set([...behind, ...overdue])]);
  }

  let refreshing = null;
  let refreshedAt = Date.now();
  /**
   * Before a read: brings in other processes' changes when the last look is `refreshMs` old. Readers arriving
   * meanwhile wait for the same look. When the database cannot be reached for it, the read is answered from the
   * copy in memory as it is (every answer this process took is in it), and the next look comes `refreshMs` later.
   */
  function fresh() {
    if (refreshing) return refreshing;
    if (!refreshMs || Date.now() - refreshedAt < refreshMs) return undefined;
    const started = Date.now();
    refreshing = refresh()
      .catch((error) => {
        console.warn(`collector: no look for other processes' answers (${error.message}); counts as this one has them`);
      })
      .then(() => {
        refreshedAt = started;
      })
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  }

  const counts = createCountsIndex();
  await loadAll();

  /** Stores one answer and moves its page's counts in memory on; see add(). */
  async function store(body) {
    const { rows } = await db.query(
      `SELECT o_status AS status, o_version::float8 AS version, o_title AS title, o_day AS day
         FROM feedback_add($1, $2, $3, $4, $5, $6, $7, $8::timestamptz, $9::timestamptz, $10, $11)`,
      [
        body.id,
        body.answer,
        body.comment ?? null,
        body.page,
        siteOf(body.page),
        body.title ?? null,
        body.locale ?? null,
        body.submittedAt ?? null,
        now().toISOString(),
        timeZone,
        body.comment && looksLikeSpam(body.comment) ? 'spam' : 'new',
      ],
    );
    const [stored] = rows;
    if (stored.status === null) return false;
    if (stored.version !== null) {
      // In memory before the answer is acknowledged: whoever sent it sees it in the next read here.
      counts.change({
        page: body.page,
        site: siteOf(body.page),
        title: stored.title,
        version: stored.version,
        day: stored.day,
        yes: body.answer === 'yes' ? 1 : 0,
        no: body.answer === 'no' ? 1 : 0,
        comments: body.comment ? 1 : 0,
      });
    }
    return true;
  }

  /** The ranking: per page, the counts of the period, worst first, `limit` at a time from `offset`. */
  async function rank({ from, to, site, limit, min, prefix }, offset) {
    await fresh();
    // Only the pages asked for need ordering; `count` says whether more remain.
    const first = limit === undefined ? Infinity : offset + limit;
    const period = { from: from ? dayNumber(from) : null, to: to ? dayNumber(to) : null };
    const ranking = counts.rank({ ...period, site, prefix, min }, first);
    const end = limit === undefined ? undefined : offset + limit;
    const pages = ranking.pages.slice(offset, end).map((row) => ({ ...row }));
    const more = end !== undefined && ranking.count > end;
    return { pages, next: more ? encodeCursor(end) : null };
  }

  return {
    /** For tests and the benchmark: the database itself. */
    db,

    /** For the benchmark: the pages and page-days held in memory, and the bytes their counts take. */
    countsInMemory: () => counts.size(),

    /** Stores the answer unless its id is known; true when stored. Committed, with its counts, before it returns. */
    async add(body) {
      try {
        return await store(body);
      } finally {
        lastStored = performance.now();
      }
    },

    /**
     * Sets a comment's status (`new`, `handled` or `spam`); spam leaves the figures, and comes back into them
     * when set back. False when no comment has that id.
     */
    async setStatus(id, status) {
      const { rows } = await db.query(`SELECT feedback_set_status($1, $2, $3) AS found`, [id, status, timeZone]);
      if (rows[0].found !== true) return false;
      // Its page's counts as they are now, before the change is acknowledged.
      const { rows: pages } = await db.query(`SELECT page FROM feedback WHERE id = $1`, [id]);
      await reload(pages.map((row) => row.page));
      return true;
    },

    /** Per page in a period (dates inclusive), optionally one site: counts and the share of «Nei», worst first. */
    async pages(period = {}) {
      return (await this.pagesAfter(period)).pages;
    },

    /** As pages(), `limit` at a time, with `next` (a cursor for the rest) while more remain. */
    async pagesAfter(query = {}) {
      const offset = query.cursor ? decodeCursor(query.cursor, isOffsetCursor) : 0;
      return rank(query, offset);
    },

    /**
     * «Ja» and «Nei» per day of a period (dates inclusive, days in the store's time zone), every day included,
     * for one page, a section (`prefix`), a site, or everything.
     */
    async trend({ from, to, site, page, prefix }) {
      await fresh();
      return { days: counts.trend({ from: dayNumber(from), to: dayNumber(to), site, page, prefix }) };
    },

    /** The comments on a page, newest first, `limit` at a time; `cursor` continues where the last page ended. */
    async comments({ cursor, limit = 20, ...filters }) {
      const after = cursor ? decodeCursor(cursor, isCommentCursor) : null;
      const rows = await commentRows({ ...filters, after, limit: limit + 1 });
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return {
        comments: items.map((row) => ({
          id: row.id,
          status: row.status,
          page: row.page,
          comment: row.comment,
          locale: row.locale,
          receivedAt: row.received_at,
          // The day it came, in the store's time zone: the day a period filter counts it in.
          date: row.day,
        })),
        next: rows.length > limit ? encodeCursor([last.received_at, last.id]) : null,
      };
    },

    /**
     * Every comment in a period (optionally one site), newest first, for the CSV export: `batch` rows a query,
     * so a long export never holds the database for long, and answers arriving meanwhile go first.
     */
    async *eachComment(filters = {}, batch = EXPORT_BATCH) {
      let after = null;
      for (let started = performance.now(); ; started = performance.now()) {
        const rows = await commentRows({ ...filters, after, limit: batch });
        for (const row of rows) {
          yield {
            receivedAt: row.received_at,
            date: row.day,
            page: row.page,
            site: row.site,
            title: row.title,
            answer: row.answer,
            locale: row.locale,
            comment: row.comment,
            status: row.status,
          };
        }
        if (rows.length < batch) return;
        after = [rows[rows.length - 1].received_at, rows[rows.length - 1].id];
        await answersFirst(performance.now() - started);
      }
    },

    /** Every comment in a period (optionally one site), newest first, as one array. */
    async allComments(period = {}) {
      const all = [];
      for await (const comment of this.eachComment(period)) all.push(comment);
      return all;
    },

    /** Deletes the text of comments older than `days` days; the answers (the counts) stay. Returns how many. */
    async expireComments(days) {
      const cutoff = new Date(now().getTime() - days * 86_400_000).toISOString();
      let count = 0;
      let changed = [];
      await db.transaction(async (tx) => {
        let { rows } = await tx.query(
          `WITH expired AS (
             UPDATE feedback SET comment = NULL WHERE comment IS NOT NULL AND received_at < $1
             RETURNING page, status, (received_at AT TIME ZONE $2)::date AS day
           )
           SELECT page, day::text AS day, count(*)::int AS deleted,
                  count(*) FILTER (WHERE status <> 'spam')::int AS n -- spam was never counted
             FROM expired GROUP BY page, day ORDER BY page, day`,
          [cutoff, timeZone],
        );
        count = rows.reduce((sum, row) => sum + row.deleted, 0);
        rows = rows.filter((row) => row.n > 0);
        if (!rows.length) return;
        const pages = rows.map((row) => row.page);
        changed = [...new Set(pages)];
        // The pages' rows first, as add() takes them, so an answer arriving meanwhile counts right.
        await tx.query(`SELECT 1 FROM feedback_pages WHERE page = ANY($1::text[]) ORDER BY page FOR UPDATE`, [pages]);
        const expired = `SELECT * FROM unnest($1::text[], $2::date[], $3::int[]) AS e(page, day, n)`;
        const params = [pages, rows.map((row) => row.day), rows.map((row) => row.n)];
        await tx.query(
          `UPDATE feedback_running AS r
              SET comments = r.comments - (SELECT sum(e.n) FROM (${expired}) AS e
                                            WHERE e.page = r.page AND e.day <= r.day)
            WHERE EXISTS (SELECT 1 FROM (${expired}) AS e WHERE e.page = r.page AND e.day <= r.day)`,
          params,
        );
        await tx.query(
          `UPDATE feedback_pages AS p SET comments = p.comments - e.n, version = p.version + 1
             FROM (SELECT page, sum(n)::int AS n FROM (${expired}) AS e GROUP BY page) AS e
            WHERE p.page = e.page`,
          params,
        );
      });
      await reload(changed);
      return count;
    },

    close: () => db.close?.() ?? Promise.resolve(),
  };
}
