import { mkdir } from 'node:fs/promises';

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
 * @param {{ query(text: string, params?: unknown[]): Promise<{ rows: any[] }>, close?(): Promise<void> }} db
 * @param {{ now?: () => Date }} [options]
 */
export async function createSqlStore(db, options = {}) {
  const now = options.now ?? (() => new Date());
  for (const statement of SCHEMA.split(';')) if (statement.trim()) await db.query(statement);

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

    /** Per page in a period (dates inclusive, UTC), optionally one site: counts and the share of «Nei», worst first. */
    async pages({ from, to, site } = {}) {
      const { rows } = await db.query(
        `SELECT page, site, max(title) AS title,
                count(*) FILTER (WHERE answer = 'yes')::int AS yes,
                count(*) FILTER (WHERE answer = 'no')::int AS no,
                count(comment)::int AS comments
           FROM feedback
          WHERE ($1::date IS NULL OR received_at >= $1::date)
            AND ($2::date IS NULL OR received_at < $2::date + 1)
            AND ($3::text IS NULL OR site = $3)
          GROUP BY page, site`,
        [from ?? null, to ?? null, site ?? null],
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
        `SELECT id, answer, comment, page, locale, to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS received_at
           FROM feedback
          WHERE page = $1 AND comment IS NOT NULL
            AND ($2::date IS NULL OR received_at >= $2::date)
            AND ($3::date IS NULL OR received_at < $3::date + 1)
            AND ($4::timestamptz IS NULL OR (received_at, id) < ($4::timestamptz, $5::text))
          ORDER BY received_at DESC, id DESC
          LIMIT $6`,
        [page, from ?? null, to ?? null, after?.receivedAt ?? null, after?.id ?? '', limit + 1],
      );
      const items = rows.slice(0, limit);
      const next = rows.length > limit ? encodeCursor(items[items.length - 1]) : null;
      return {
        comments: items.map((row) => ({
          id: row.id,
          comment: row.comment,
          locale: row.locale,
          receivedAt: row.received_at,
        })),
        next,
      };
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

/** Opens the store configured by the environment: PostgreSQL at `databaseUrl`, else PGlite under `dataDir`. */
export async function openStore({ databaseUrl, dataDir, now }) {
  if (databaseUrl) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: databaseUrl });
    return createSqlStore({ query: (text, params) => pool.query(text, params), close: () => pool.end() }, { now });
  }
  const { PGlite } = await import('@electric-sql/pglite');
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  return createSqlStore(db, { now });
}
