// The collector under test, on both stores: the embedded database (PGlite, a directory on disk) and a real
// PostgreSQL server (started here where Debian's postgresql is installed, else skipped, saying so).
import { test, describe, before, after } from 'node:test';
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCollector } from '../../server/collector/app.mjs';
import { openStore } from '../../server/stores/open-store.mjs';
import { startPostgres } from './postgres.mjs';
import { postJson } from './server-process.mjs';

export const TOKEN = 'redaktor-token-123';
export const START = Date.parse('2026-11-01T10:00:00Z');

/**
 * A collector over a store, on a free port, with a clock the tests move. `options.store` shares the store
 * of another collector (one embedded database is never open twice), which then stays open at stop().
 */
export async function startCollector(openTheStore, options = {}) {
  const clock = { time: START };
  const now = () => new Date(clock.time);
  const store = options.store ?? (await openTheStore(now));
  const collect = createCollector({
    store,
    readToken: TOKEN,
    allowedOrigins: ['https://www.helse-midt.no'],
    rateLimit: { windowMs: 60_000, max: 10_000 },
    log: () => {},
    ...options,
  });
  const server = createServer((req, res) => collect(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    clock,
    store,
    post: (value, headers = {}) => postJson(`${url}/feedback`, value, headers),
    read: (path, token = TOKEN) =>
      fetch(`${url}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} }),
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      if (!options.store) await store.close();
    },
  };
}

/**
 * Runs `define(it, env)` once per store: `env.open(now)` opens it, `env.dropConnections` exists on PostgreSQL
 * only, `env.databaseUrl` names the PostgreSQL server. `it` skips (saying why) where PostgreSQL is missing.
 */
export function onBothStores(define) {
  suite(
    'on the embedded database',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'collector-embedded-'));
      return { dataDir, open: (now) => openStore({ dataDir, now }) };
    },
    define,
  );
  suite(
    'on PostgreSQL',
    async () => {
      const pg = await startPostgres();
      if (pg.skip) {
        console.log(`# ${pg.skip}`);
        return { skip: pg.skip };
      }
      return {
        databaseUrl: pg.url,
        open: (now) => openStore({ databaseUrl: pg.url, now }),
        dropConnections: () => pg.dropConnections(),
        cleanup: () => pg.stop(),
      };
    },
    define,
  );
}

function suite(name, prepare, define) {
  describe(name, () => {
    /** Filled in before the tests run; the tests read it as they run. */
    const env = {};
    before(async (t) => {
      Object.assign(env, await prepare());
      if (env.skip) t.diagnostic?.(env.skip);
    });
    after(async () => env.cleanup?.());

    const it = (title, fn) =>
      test(title, async (t) => {
        if (env.skip) return t.skip(env.skip);
        return fn(t);
      });

    define(it, env);
  });
}
