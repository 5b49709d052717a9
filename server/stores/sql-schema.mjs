// The collector's tables, and the counts kept beside the answers so reads stay fast with volume. Beside the
// answers, in the transaction that stores each one:
//   feedback_pages    per page, its counts of all time, and a version each change of them raises (what tells a
//                     collector process that another one changed the page: counts-index.mjs);
//   feedback_running  per page and day (in the store's time zone) with answers, its counts up to the end of
//                     that day: running totals, so a period's counts are one lookup at each end of it.
// A ranking over any period therefore costs two lookups per page, whatever the number of answers or days; the
// collector does them in memory, on a copy of these two tables (counts-index.mjs). Comments are read through indexes on exactly what their queries filter on. Spam counts nowhere.

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
  ALTER TABLE feedback ADD COLUMN IF NOT EXISTS status text NOT NULL DEFAULT 'new'
    CHECK (status IN ('new', 'handled', 'spam'));
  CREATE INDEX IF NOT EXISTS feedback_received ON feedback (received_at);
  DROP INDEX IF EXISTS feedback_page;
  CREATE INDEX IF NOT EXISTS feedback_page_comments ON feedback (page, received_at DESC, id DESC)
    WHERE comment IS NOT NULL;
  CREATE INDEX IF NOT EXISTS feedback_site_comments ON feedback (site, received_at DESC, id DESC)
    WHERE comment IS NOT NULL;
  CREATE INDEX IF NOT EXISTS feedback_comments ON feedback (received_at DESC, id DESC) WHERE comment IS NOT NULL;
  CREATE INDEX IF NOT EXISTS feedback_same_comment ON feedback (md5(lower(btrim(comment))), received_at)
    WHERE comment IS NOT NULL;
  CREATE TABLE IF NOT EXISTS feedback_pages (
    page     text PRIMARY KEY,
    site     text NOT NULL,
    title    text,
    yes      integer NOT NULL,
    no       integer NOT NULL,
    comments integer NOT NULL
  );
  ALTER TABLE feedback_pages ADD COLUMN IF NOT EXISTS version bigint NOT NULL DEFAULT 0;
  CREATE INDEX IF NOT EXISTS feedback_pages_site ON feedback_pages (site);
  CREATE TABLE IF NOT EXISTS feedback_running (
    page     text NOT NULL,
    day      date NOT NULL,
    yes      integer NOT NULL,
    no       integer NOT NULL,
    comments integer NOT NULL,
    PRIMARY KEY (page, day)
  );
  CREATE TABLE IF NOT EXISTS feedback_settings (name text PRIMARY KEY, value text NOT NULL)
`;

/**
 * Adds `delta` answers (negative: takes them away) to a page's counts from `p_day` on: the page's row first (it is
 * the lock that orders concurrent changes to one page; its version goes up by one), the running totals from that
 * day on (normally only today's row, if there is one yet), and that day's row, from the day before it, when the
 * page had none that day. Returns the page's new version and title.
 */
const COUNT_FUNCTION = `
  CREATE OR REPLACE FUNCTION feedback_count(
    p_page text, p_site text, p_title text, p_day date, p_yes integer, p_no integer, p_comments integer,
    OUT o_version bigint, OUT o_title text
  ) LANGUAGE plpgsql AS $body$
  BEGIN
    INSERT INTO feedback_pages AS p (page, site, title, yes, no, comments, version)
    VALUES (p_page, p_site, p_title, p_yes, p_no, p_comments, 1)
    ON CONFLICT (page) DO UPDATE
      SET yes = p.yes + excluded.yes, no = p.no + excluded.no, comments = p.comments + excluded.comments,
          title = greatest(p.title, excluded.title), version = p.version + 1
    RETURNING p.version, p.title INTO o_version, o_title;
    UPDATE feedback_running AS r
       SET yes = r.yes + p_yes, no = r.no + p_no, comments = r.comments + p_comments
     WHERE r.page = p_page AND r.day >= p_day;
    INSERT INTO feedback_running AS r (page, day, yes, no, comments)
    SELECT p_page, p_day, coalesce(b.yes, 0) + p_yes, coalesce(b.no, 0) + p_no, coalesce(b.comments, 0) + p_comments
      FROM (SELECT 1) AS one
      LEFT JOIN LATERAL (SELECT x.yes, x.no, x.comments FROM feedback_running AS x
                          WHERE x.page = p_page AND x.day < p_day ORDER BY x.day DESC LIMIT 1) AS b ON true
    ON CONFLICT (page, day) DO NOTHING;
  END
  $body$`;

/**
 * Stores one answer and its counts, in one round trip and one transaction, unless its id is known (then null).
 * A comment identical (trimmed, case-folded) to one stored in the ten minutes before is spam, as is one the
 * caller found to be (`p_status`); spam is stored but counts in no figure. Returns the status stored, and unless
 * it is spam, the page's new version and title and the day (since 1970-01-01) the answer counts on.
 */
const ADD_FUNCTION = `
  CREATE OR REPLACE FUNCTION feedback_add(
    p_id text, p_answer text, p_comment text, p_page text, p_site text, p_title text, p_locale text,
    p_submitted timestamptz, p_received timestamptz, p_zone text, p_status text,
    OUT o_status text, OUT o_version bigint, OUT o_title text, OUT o_day integer
  ) LANGUAGE plpgsql AS $body$
  DECLARE
    v_status text := p_status;
  BEGIN
    IF v_status <> 'spam' AND p_comment IS NOT NULL AND EXISTS (
      SELECT 1 FROM feedback
       WHERE comment IS NOT NULL AND md5(lower(btrim(comment))) = md5(lower(btrim(p_comment)))
         AND received_at > p_received - interval '10 minutes' AND received_at <= p_received
         AND lower(btrim(comment)) = lower(btrim(p_comment))
    ) THEN
      v_status := 'spam';
    END IF;
    INSERT INTO feedback (id, answer, comment, page, site, title, locale, submitted_at, received_at, status)
    VALUES (p_id, p_answer, p_comment, p_page, p_site, p_title, p_locale, p_submitted, p_received, v_status)
    ON CONFLICT (id) DO NOTHING;
    IF NOT FOUND THEN
      RETURN;
    END IF;
    o_status := v_status;
    IF v_status <> 'spam' THEN
      o_day := (p_received AT TIME ZONE p_zone)::date - date '1970-01-01';
      SELECT c.o_version, c.o_title INTO o_version, o_title
        FROM feedback_count(p_page, p_site, p_title, (p_received AT TIME ZONE p_zone)::date,
          (p_answer = 'yes')::integer, (p_answer = 'no')::integer, (p_comment IS NOT NULL)::integer) AS c;
    END IF;
  END
  $body$`;

/** Changes a comment's status; counts it again, or no more, when it leaves or becomes spam. False: no such id. */
const STATUS_FUNCTION = `
  CREATE OR REPLACE FUNCTION feedback_set_status(p_id text, p_status text, p_zone text)
  RETURNS boolean LANGUAGE plpgsql AS $body$
  DECLARE
    v feedback%ROWTYPE;
    v_sign integer;
  BEGIN
    SELECT * INTO v FROM feedback WHERE id = p_id AND (comment IS NOT NULL OR status = 'spam') FOR UPDATE;
    IF NOT FOUND THEN
      RETURN false;
    END IF;
    IF (v.status = 'spam') <> (p_status = 'spam') THEN
      v_sign := CASE WHEN p_status = 'spam' THEN -1 ELSE 1 END;
      PERFORM feedback_count(v.page, v.site, v.title, (v.received_at AT TIME ZONE p_zone)::date,
        v_sign * (v.answer = 'yes')::integer, v_sign * (v.answer = 'no')::integer,
        v_sign * (v.comment IS NOT NULL)::integer);
    END IF;
    UPDATE feedback SET status = p_status WHERE id = p_id;
    RETURN true;
  END
  $body$`;

/**
 * feedback_count() and feedback_add() return more than they did: a function's result type changes only by dropping
 * it (in the schema's transaction, so no other collector sees it missing).
 */
const DROP_CHANGED_FUNCTIONS = `
  DO $body$
  BEGIN
    IF (SELECT prorettype FROM pg_proc
         WHERE oid = to_regprocedure('feedback_count(text, text, text, date, integer, integer, integer)'))
       = 'void'::regtype THEN
      DROP FUNCTION feedback_count(text, text, text, date, integer, integer, integer);
    END IF;
    IF (SELECT prorettype FROM pg_proc
         WHERE oid = to_regprocedure('feedback_add(text, text, text, text, text, text, text, timestamptz, timestamptz, text, text)'))
       = 'text'::regtype THEN
      DROP FUNCTION feedback_add(text, text, text, text, text, text, text, timestamptz, timestamptz, text, text);
    END IF;
  END
  $body$`;

/** Any number, the same in every collector on one database: schema changes wait for each other. */
const SCHEMA_LOCK = 4_712_019;

/**
 * (Re)computes the counts from the answers: for a database from before them, or a new time zone. Every page's
 * version ends above any it had, so collectors already running read every page again.
 */
const REBUILD_COUNTS = [
  'DELETE FROM feedback_pages',
  'DELETE FROM feedback_running',
  `INSERT INTO feedback_pages (page, site, title, yes, no, comments, version)
   SELECT page, max(site), max(title), count(*) FILTER (WHERE answer = 'yes'), count(*) FILTER (WHERE answer = 'no'),
          count(comment), $1::bigint
     FROM feedback WHERE status <> 'spam' GROUP BY page`,
  `INSERT INTO feedback_running (page, day, yes, no, comments)
   SELECT page, day, sum(yes) OVER running, sum(no) OVER running, sum(comments) OVER running
     FROM (SELECT page, (received_at AT TIME ZONE $1)::date AS day, count(*) FILTER (WHERE answer = 'yes') AS yes,
                  count(*) FILTER (WHERE answer = 'no') AS no, count(comment) AS comments
             FROM feedback WHERE status <> 'spam' GROUP BY 1, 2) AS days
   WINDOW running AS (PARTITION BY page ORDER BY day)`,
];

/**
 * Creates or updates the schema, and (re)builds the counts when the database has none yet for `timeZone`.
 * @param {import('./sql-store.mjs').Database} db
 * @param {string} timeZone
 */
export async function prepareSchema(db, timeZone) {
  // Several collectors may start at once on one PostgreSQL: one at a time changes the schema.
  await db.transaction(async (tx) => {
    const query = (text, params) => tx.query(text, params);
    // Building the counts of a large database from before them takes longer than one request may.
    await query('SET LOCAL statement_timeout = 0');
    await query(`SELECT pg_advisory_xact_lock(${SCHEMA_LOCK})`);
    for (const statement of SCHEMA.split(';')) if (statement.trim()) await query(statement);
    await query(DROP_CHANGED_FUNCTIONS);
    for (const fn of [COUNT_FUNCTION, ADD_FUNCTION, STATUS_FUNCTION]) await query(fn);
    const { rows } = await query(`SELECT value FROM feedback_settings WHERE name = 'counts_time_zone'`);
    if (rows[0]?.value !== timeZone) {
      const { rows: versions } = await query(
        `SELECT (coalesce(max(version), 0) + 1)::text AS version FROM feedback_pages`,
      );
      for (const statement of REBUILD_COUNTS) {
        const param = statement.includes('$1::bigint') ? versions[0].version : timeZone;
        await query(statement, statement.includes('$1') ? [param] : []);
      }
      await query(
        `INSERT INTO feedback_settings (name, value) VALUES ('counts_time_zone', $1)
         ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
        [timeZone],
      );
    }
  });
}
