// Opens the collector's store as configured: PostgreSQL at a URL, else the embedded database in a folder.
import { mkdir } from 'node:fs/promises';
import { lockDataDir } from './data-dir-lock.mjs';
import { openDurablePGlite } from './pglite-durability.mjs';
import { createSqlStore } from './sql-store.mjs';

export { createSqlStore, siteOf } from './sql-store.mjs';

/**
 * @param {{ databaseUrl?: string, dataDir?: string, now?: () => Date, timeZone?: string,
 *   fsync?: (fd: number, path: string) => void }} options
 */
export async function openStore({ databaseUrl, dataDir, now, timeZone, fsync }) {
  if (databaseUrl) {
    const { default: pg } = await import('pg');
    // Statements end after 5 s: before the widget's own 10 s timeout, so it hears a 500 and retries later
    // rather than waiting on a database that is stuck.
    const pool = new pg.Pool({ connectionString: databaseUrl, statement_timeout: 5000, connectionTimeoutMillis: 5000 });
    // A connection that drops while idle (the server restarts, a proxy times out) is an 'error' event on
    // the pool; unheard, it would end the process. The pool replaces the connection on the next query.
    pool.on('error', (error) => console.error(`collector: PostgreSQL connection lost (${error.message})`));
    return createSqlStore(
      {
        query: (text, params) => pool.query(text, params),
        async transaction(fn) {
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            await fn({ query: (text, params) => client.query(text, params) });
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK').catch(() => {});
            throw error;
          } finally {
            client.release();
          }
        },
        close: () => pool.end(),
      },
      { now, timeZone },
    );
  }
  if (!dataDir) throw new Error('collector: openStore needs databaseUrl or dataDir');
  await mkdir(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  try {
    const db = await openDurablePGlite(dataDir, fsync);
    // No other process writes this database (the lock above): the counts in memory never need a look at it.
    const store = await createSqlStore(db, { now, timeZone, refreshMs: 0 });
    // PGlite runs no autovacuum: without fresh statistics the planner reads a month of comments to return 20.
    await db.query('ANALYZE');
    // Everything initdb and the schema wrote, on disk now (PGlite creates a cluster without syncing it).
    await db.query('CHECKPOINT');
    return { ...store, close: () => store.close().finally(unlock) };
  } catch (error) {
    unlock();
    throw error;
  }
}
