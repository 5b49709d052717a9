// The collector's store: one SQL implementation for both databases it runs on — PostgreSQL (`pg`, for
// a regional trust with many sites) and PGlite (PostgreSQL compiled to WebAssembly, embedded: a
// directory on disk, no server to install). Both take `query(text, params)` and answer `{ rows }`.
// The tables, the counts kept beside the answers and the functions that keep them: sql-schema.mjs.
import { DEFAULT_COMMENT_STATUSES, wilsonLowerBound } from '../../src/feedback/protocol/collector-api.js';
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

/**
 * The period a read covers: from the start of `from` to the end of `to`, days in the store's time zone
 * (`$1`), whatever the database server's own time zone is. Takes its dates as `$2` and `$3`.
 */
const PERIOD = `($2::date IS NULL OR received_at >= $2::date::timestamp AT TIME ZONE $1)
            AND ($3::date IS NULL OR received_at < ($3::date + 1)::timestamp AT TIME ZONE $1)`;
/** A SQL regular expression whose group is the path of a URL (what `prefix` is matched against). */
const PATH_OF_URL = '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*(.*)$';
/** The z of a 95 % interval, the one wilsonLowerBound() uses. */
const Z = 1.959963984540054;
const UTC_TIME = `to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * @typedef {(text: string, params?: unknown[]) => Promise<{ rows: any[] }>} Query
 * @typedef {{ query: Query, transaction(fn: (tx: { query: Query }) => Promise<void>): Promise<void>,
 *   close?(): Promise<void> }} Database
 */

/**
 * @param {Database} db
 * @param {{ now?: () => Date, timeZone?: string, rankingCacheMs?: number }} [options] `timeZone`: the days of a
 *   period (default Europe/Oslo). `rankingCacheMs`: how long a ranking is reused (default 5000, 0: never).
 */
export async function createSqlStore(db, options = {}) {
  const now = options.now ?? (() => new Date());
  const rankingCacheMs = options.rankingCacheMs ?? 5000;
  /**
   * Rankings computed lately, by their query: many editors' dashboards asking for the same period share one
   * computation (also while it runs), for at most `rankingCacheMs`, and any answer or expiry through this
   * store forgets them. Another process's answers show once they expire.
   * @type {Map<string, { expires: number, result: Promise<any> }>}
   */
  const rankings = new Map();
  const forgetRankings = () => rankings.clear();
  const timeZone = options.timeZone ?? 'Europe/Oslo';
  // An unknown time zone fails here, at start, not at the first read.
  await db.query(`SELECT now() AT TIME ZONE $1`, [timeZone]);
  await prepareSchema(db, timeZone);

  /** The comments of a period, newest first, `limit` at a time after `after`. */
  async function commentRows({ page, site, prefix, from, to, after, limit, statuses = DEFAULT_COMMENT_STATUSES, q }) {
    const { rows } = await db.query(
      `SELECT id, answer, comment, page, site, title, locale, status, ${UTC_TIME} AS received_at,
              to_char(received_at AT TIME ZONE $1, 'YYYY-MM-DD') AS day
         FROM feedback
        WHERE ${PERIOD}
          AND comment IS NOT NULL
          AND ($4::text IS NULL OR page = $4)
          AND ($5::text IS NULL OR site = $5)
          AND ($6::timestamptz IS NULL OR (received_at, id) < ($6::timestamptz, $7::text))
          AND status = ANY($9::text[])
          AND ($10::text IS NULL OR strpos(lower(comment), lower($10)) > 0)
          AND ($11::text IS NULL OR starts_with(coalesce(substring(page FROM '${PATH_OF_URL}'), ''), $11))
        ORDER BY received_at DESC, id DESC
        LIMIT $8`,
      [
        timeZone,
        from ?? null,
        to ?? null,
        page ?? null,
        site ?? null,
        after?.[0] ?? null,
        after?.[1] ?? '',
        limit,
        [...statuses],
        q ?? null,
        prefix ?? null,
      ],
    );
    return rows;
  }

  /** The ranking itself: per page, the counts of the period, worst first. */
  async function rank({ from, to, site, limit, min, prefix }, offset) {
    // A period's counts: the running totals at its end, less those at the end of the day before it.
    const { rows } = await db.query(
      `SELECT counts.* FROM (
         SELECT p.page, p.site, p.title,
                (CASE WHEN $2::date IS NULL THEN p.yes ELSE coalesce(upto.yes, 0) END - coalesce(before.yes, 0))::int AS yes,
                (CASE WHEN $2::date IS NULL THEN p.no ELSE coalesce(upto.no, 0) END - coalesce(before.no, 0))::int AS no,
                (CASE WHEN $2::date IS NULL THEN p.comments ELSE coalesce(upto.comments, 0) END
                  - coalesce(before.comments, 0))::int AS comments
           FROM feedback_pages AS p
           LEFT JOIN LATERAL (SELECT yes, no, comments FROM feedback_running AS r
                               WHERE $2::date IS NOT NULL AND r.page = p.page AND r.day <= $2::date
                               ORDER BY r.day DESC LIMIT 1) AS upto ON true
           LEFT JOIN LATERAL (SELECT yes, no, comments FROM feedback_running AS r
                               WHERE $1::date IS NOT NULL AND r.page = p.page AND r.day < $1::date
                               ORDER BY r.day DESC LIMIT 1) AS before ON true
          WHERE ($3::text IS NULL OR p.site = $3)
            AND ($6::text IS NULL OR starts_with(coalesce(substring(p.page FROM '${PATH_OF_URL}'), ''), $6))
       ) AS counts,
       LATERAL (SELECT nullif(yes + no, 0)::float8 AS n, no::float8 / nullif(yes + no, 0) AS share) AS s,
       -- The lower bound of the 95 % Wilson score interval of the share of «Nei», as wilsonLowerBound() in the
       -- protocol computes it: a page ranks high only when its answers show it is bad, so 1 «Nei» of 1 does
       -- not top 40 of 60.
       LATERAL (SELECT (s.share + ${Z * Z} / (2 * s.n) - ${Z} * sqrt(s.share * (1 - s.share) / s.n + ${Z * Z} / (4 * s.n * s.n)))
                       / (1 + ${Z * Z} / s.n) AS bound) AS w
       WHERE yes + no > 0 AND yes + no >= $7
       ORDER BY w.bound DESC, no DESC, page COLLATE "C"
       LIMIT $4 OFFSET $5`,
      [from ?? null, to ?? null, site ?? null, limit ? limit + 1 : null, offset, prefix ?? null, min ?? 1],
    );
    const more = limit !== undefined && rows.length > limit;
    const pages = (more ? rows.slice(0, limit) : rows).map((row) => ({
      ...row,
      total: row.yes + row.no,
      noShare: row.no / (row.yes + row.no),
      noLowerBound: wilsonLowerBound(row.no, row.yes + row.no),
    }));
    return { pages, next: more ? encodeCursor(offset + limit) : null };
  }

  return {
    /** For tests and the benchmark: the database itself. */
    db,

    /** Stores the answer unless its id is known; true when stored. Committed, with its counts, before it returns. */
    async add(body) {
      const { rows } = await db.query(
        `SELECT feedback_add($1, $2, $3, $4, $5, $6, $7, $8::timestamptz, $9::timestamptz, $10, $11) AS status`,
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
      if (rows[0].status === null) return false;
      forgetRankings();
      return true;
    },

    /**
     * Sets a comment's status (`new`, `handled` or `spam`); spam leaves the figures, and comes back into them
     * when set back. False when no comment has that id.
     */
    async setStatus(id, status) {
      const { rows } = await db.query(`SELECT feedback_set_status($1, $2, $3) AS found`, [id, status, timeZone]);
      if (rows[0].found) forgetRankings();
      return rows[0].found === true;
    },

    /** Per page in a period (dates inclusive), optionally one site: counts and the share of «Nei», worst first. */
    async pages(period = {}) {
      return (await this.pagesAfter(period)).pages;
    },

    /** As pages(), `limit` at a time, with `next` (a cursor for the rest) while more remain. */
    async pagesAfter(query = {}) {
      const offset = query.cursor ? decodeCursor(query.cursor, isOffsetCursor) : 0;
      if (!rankingCacheMs) return rank(query, offset);
      const key = JSON.stringify([query.from, query.to, query.site, query.limit, query.min, query.prefix, offset]);
      const time = Date.now();
      let entry = rankings.get(key);
      if (!entry || entry.expires <= time) {
        if (rankings.size >= 1000) rankings.clear();
        const fresh = { expires: time + rankingCacheMs, result: rank(query, offset) };
        rankings.set(key, fresh);
        fresh.result.catch(() => rankings.get(key) === fresh && rankings.delete(key));
        entry = fresh;
      }
      return entry.result;
    },

    /**
     * «Ja» and «Nei» per day of a period (dates inclusive, days in the store's time zone), every day included,
     * for one page, a section (`prefix`), a site, or everything.
     */
    async trend({ from, to, site, page, prefix }) {
      const { rows } = await db.query(
        `WITH counted AS (
           SELECT (received_at AT TIME ZONE $1)::date AS day,
                  count(*) FILTER (WHERE answer = 'yes')::int AS yes, count(*) FILTER (WHERE answer = 'no')::int AS no
             FROM feedback
            WHERE ${PERIOD}
              AND status <> 'spam'
              AND ($4::text IS NULL OR site = $4)
              AND ($5::text IS NULL OR page = $5)
              AND ($6::text IS NULL OR starts_with(coalesce(substring(page FROM '${PATH_OF_URL}'), ''), $6))
            GROUP BY 1
         )
         SELECT to_char(days.day, 'YYYY-MM-DD') AS date, coalesce(counted.yes, 0) AS yes, coalesce(counted.no, 0) AS no
           FROM generate_series($2::date, $3::date, interval '1 day') AS days(day)
           LEFT JOIN counted ON counted.day = days.day::date
          ORDER BY days.day`,
        [timeZone, from, to, site ?? null, page ?? null, prefix ?? null],
      );
      return { days: rows.map((row) => ({ date: row.date, yes: row.yes, no: row.no })) };
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
     * so a long export never holds the database for long.
     */
    async *eachComment(filters = {}, batch = 1000) {
      let after = null;
      for (;;) {
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
        forgetRankings();
        const pages = rows.map((row) => row.page);
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
          `UPDATE feedback_pages AS p SET comments = p.comments - e.n
             FROM (SELECT page, sum(n)::int AS n FROM (${expired}) AS e GROUP BY page) AS e
            WHERE p.page = e.page`,
          params,
        );
      });
      return count;
    },

    close: () => db.close?.() ?? Promise.resolve(),
  };
}
