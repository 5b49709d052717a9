// The collector's store: one SQL implementation for both databases it runs on — PostgreSQL (`pg`, for
// a regional trust with many sites) and PGlite (PostgreSQL compiled to WebAssembly, embedded: a
// directory on disk, no server to install). Both take `query(text, params)` and answer `{ rows }`.

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS feedback (
    id           text PRIMARY KEY,
    answer       text NOT NULL CHECK (answer IN ('yes', 'no')),
    comment      text,
    page         text NOT NULL,
    site         text NOT NULL,
    title        text,
    locale       text,
    submitted_at timestamptz,
    received_at  timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX IF NOT EXISTS feedback_received ON feedback (received_at);
  CREATE INDEX IF NOT EXISTS feedback_page ON feedback (page, received_at DESC, id DESC);
`;

/** The site a page belongs to: its origin, e.g. https://helse-midt.no. */
export function siteOf(page) {
  try {
    return new URL(page).origin;
  } catch {
    return '';
  }
}

/** An opaque cursor for «the comments after this one», newest first. */
const encodeCursor = (row) => Buffer.from(JSON.stringify([row.received_at, row.id])).toString('base64url');
function decodeCursor(cursor) {
  try {
    const [receivedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof receivedAt === 'string' && typeof id === 'string') return { receivedAt, id };
  } catch {
    // falls through
  }
  return null;
}

/**
 * The period a read covers: from the start of `from` to the end of `to`, days in the store's time zone
 * (`$1`), whatever the database server's own time zone is. Takes its dates as `$2` and `$3`.
 */
const PERIOD = `($2::date IS NULL OR received_at >= $2::date::timestamp AT TIME ZONE $1)
            AND ($3::date IS NULL OR received_at < ($3::date + 1)::timestamp AT TIME ZONE $1)`;

/**
 * @param {{ query(text: string, params?: unknown[]): Promise<{ rows: any[] }>, close?(): Promise<void> }} db
 * @param {{ now?: () => Date, timeZone?: string }} [options] `timeZone`: the days of a period (default Europe/Oslo).
 */
export async function createSqlStore(db, options = {}) {
  const now = options.now ?? (() => new Date());
  const timeZone = options.timeZone ?? 'Europe/Oslo';
  for (const statement of SCHEMA.split(';')) if (statement.trim()) await db.query(statement);
  // An unknown time zone fails here, at start, not at the first read.
  await db.query(`SELECT now() AT TIME ZONE $1`, [timeZone]);

  return {
    /** Stores the answer unless its id is known; true when stored. Committed before it returns. */
    async add(body) {
      const { rows } = await db.query(
        `INSERT INTO feedback (id, answer, comment, page, site, title, locale, submitted_at, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
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
        ],
      );
      return rows.length === 1;
    },

    /** Per page in a period (dates inclusive), optionally one site: counts and the share of «Nei», worst first. */
    async pages({ from, to, site } = {}) {
      const { rows } = await db.query(
        `SELECT page, site, max(title) AS title,
                count(*) FILTER (WHERE answer = 'yes')::int AS yes,
                count(*) FILTER (WHERE answer = 'no')::int AS no,
                count(comment)::int AS comments
           FROM feedback
          WHERE ${PERIOD}
            AND ($4::text IS NULL OR site = $4)
          GROUP BY page, site`,
        [timeZone, from ?? null, to ?? null, site ?? null],
      );
      return rows
        .map((row) => ({ ...row, total: row.yes + row.no, noShare: row.no / (row.yes + row.no) }))
        .sort((a, b) => b.noShare - a.noShare || b.no - a.no || a.page.localeCompare(b.page));
    },

    /** The comments on a page, newest first, `limit` at a time; `cursor` continues where the last page ended. */
    async comments({ page, from, to, cursor, limit = 20 }) {
      const after = cursor ? decodeCursor(cursor) : null;
      if (cursor && !after) throw Object.assign(new Error('invalid cursor'), { code: 'invalid-cursor' });
      const { rows } = await db.query(
        `SELECT id, answer, comment, page, locale,
                to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS received_at,
                to_char(received_at AT TIME ZONE $1, 'YYYY-MM-DD') AS day
           FROM feedback
          WHERE ${PERIOD}
            AND page = $4 AND comment IS NOT NULL
            AND ($5::timestamptz IS NULL OR (received_at, id) < ($5::timestamptz, $6::text))
          ORDER BY received_at DESC, id DESC
          LIMIT $7`,
        [timeZone, from ?? null, to ?? null, page, after?.receivedAt ?? null, after?.id ?? '', limit + 1],
      );
      const items = rows.slice(0, limit);
      const next = rows.length > limit ? encodeCursor(items[items.length - 1]) : null;
      return {
        comments: items.map((row) => ({
          id: row.id,
          comment: row.comment,
          locale: row.locale,
          receivedAt: row.received_at,
          // The day it came, in the store's time zone: the day a period filter counts it in.
          date: row.day,
        })),
        next,
      };
    },

    /** Every comment in a period (optionally one site), newest first, for the CSV export. */
    async allComments({ from, to, site } = {}) {
      const { rows } = await db.query(
        `SELECT to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS received_at,
                to_char(received_at AT TIME ZONE $1, 'YYYY-MM-DD') AS day,
                page, site, title, answer, locale, comment
           FROM feedback
          WHERE ${PERIOD}
            AND ($4::text IS NULL OR site = $4) AND comment IS NOT NULL
          ORDER BY received_at DESC, id DESC`,
        [timeZone, from ?? null, to ?? null, site ?? null],
      );
      return rows.map((row) => ({
        receivedAt: row.received_at,
        date: row.day,
        page: row.page,
        site: row.site,
        title: row.title,
        answer: row.answer,
        locale: row.locale,
        comment: row.comment,
      }));
    },

    /** Deletes the text of comments older than `days` days; the answers (the counts) stay. Returns how many. */
    async expireComments(days) {
      const cutoff = new Date(now().getTime() - days * 86_400_000).toISOString();
      const { rows } = await db.query(
        `UPDATE feedback SET comment = NULL WHERE comment IS NOT NULL AND received_at < $1 RETURNING id`,
        [cutoff],
      );
      return rows.length;
    },

    close: () => db.close?.() ?? db.end?.(),
  };
}
