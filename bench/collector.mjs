// `npm run bench:collector` (also part of `npm run bench`): the collector at scale, on both stores.
//   - answers per second at concurrency 1, 16 and 64 (POST /feedback over HTTP, keep-alive);
//   - read latency (p50, p99) at concurrency 16 of GET /api/pages (a 30-day period, 50 pages at a time;
//     the same period for every reader, and a different one each time, which no shared ranking serves),
//     GET /api/pages for the whole history, GET /api/trend for a site, and GET /api/comments, with 1,000,000 stored answers over 5,000
//     pages on PostgreSQL and 200,000 on the embedded store, seeded with SQL;
//   - answers per second while reads and a comments export run at the same time, readers in a closed loop (a
//     stress); and while eight editors' dashboards read once a second each, in rounds taking turns with writes alone.
// Writes bench/results-collector.json and prints a table. Not part of `npm test`: it takes minutes, and
// timings on a shared machine are noisy. Options: --answers-pg N, --answers-embedded N, --seconds N.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createCollector } from '../server/collector/app.mjs';
import { createHttpServer, listen } from '../server/http/server.mjs';
import { openStore } from '../server/stores/open-store.mjs';
import { startPostgres } from '../tests/support/postgres.mjs';
import { numberOption } from './options.mjs';

const SECONDS = numberOption('seconds', 5);
const PAGES = 5000;
const TOKEN = 'bench-token';
const TARGET = { p50: 50, p99: 200 };

/**
 * Fills the store with `count` answers over PAGES pages of five sites and the last 90 days, in SQL, in the order
 * they would have come in.
 */
async function seed(store, count) {
  await store.db.transaction(async (tx) => {
    await tx.query('SET LOCAL statement_timeout = 0');
    await tx.query(
      `INSERT INTO feedback (id, answer, comment, page, site, title, locale, submitted_at, received_at)
     SELECT 'seed-' || g,
            CASE WHEN (g::bigint * 7919) % 10 < 3 THEN 'no' ELSE 'yes' END,
            CASE WHEN g % 10 = 0 THEN 'Fant ikke det jeg lette etter, kommentar nummer ' || g END,
            'https://helse-' || (g % 5) || '.example/side-' || (g % ${PAGES}),
            'https://helse-' || (g % 5) || '.example',
            'Side ' || (g % ${PAGES}), 'nb',
            t, t
       FROM generate_series(1, $1::int) AS g,
            LATERAL (SELECT now() - ((g::bigint * 104729) % (90 * 86400)) * interval '1 second' AS t) AS times
      ORDER BY t`,
      [count],
    );
  });
  // The daily counts, as a collector starting on a database from before them builds them.
  await store.db.query(`DELETE FROM feedback_settings`);
  // A database in its steady state: not one that autovacuum is about to visit in the middle of a measurement.
  await store.db.query('VACUUM ANALYZE feedback');
}

const agent = new Agent({ keepAlive: true, maxSockets: 128 });

function call(url, { method = 'GET', body, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { method, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const answer = () =>
  JSON.stringify({
    id: randomUUID(),
    answer: Math.random() < 0.3 ? 'no' : 'yes',
    page: `https://helse-${Math.floor(Math.random() * 5)}.example/side-${Math.floor(Math.random() * PAGES)}`,
    title: 'Side',
    locale: 'nb',
    submittedAt: new Date().toISOString(),
    version: '0.1.0',
  });

const post = (base) =>
  call(`${base}feedback`, { method: 'POST', body: answer(), headers: { 'Content-Type': 'application/json' } });

/** Runs `task` from `concurrency` workers for `seconds`; returns the latencies. */
async function load(concurrency, seconds, task) {
  const until = performance.now() + seconds * 1000;
  const times = [];
  let failures = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const { status, ms } = await task();
        if (status >= 400) failures++;
        times.push(ms);
      }
    }),
  );
  if (failures) throw new Error(`${failures} requests failed`);
  return times;
}

/**
 * Like load(), but each of `readers` asks once every `everyMs` (starting spread over that time), as editors'
 * dashboards do, instead of again the moment it is answered.
 */
async function paced(readers, everyMs, seconds, task) {
  const until = performance.now() + seconds * 1000;
  const times = [];
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  await Promise.all(
    Array.from({ length: readers }, async (_, i) => {
      await pause((everyMs * i) / readers);
      while (performance.now() < until) {
        const { status, ms } = await task();
        if (status >= 400) throw new Error(`a paced read failed: ${status}`);
        times.push(ms);
        await pause(Math.max(0, everyMs - ms));
      }
    }),
  );
  return times;
}

const percentile = (times, p) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

async function benchStore(name, open, answers) {
  const row = { store: name, answers };
  let store = await open();
  process.stdout.write(`${name}: seeding ${answers.toLocaleString('en')} answers … `);
  let started = performance.now();
  await seed(store, answers);
  await store.close();
  store = await open(); // builds the daily counts
  row.seedSeconds = Number(((performance.now() - started) / 1000).toFixed(1));
  console.log(`${row.seedSeconds} s`);
  row.countsInMemory = store.countsInMemory();
  console.log(
    `${name}: counts in memory: ${row.countsInMemory.pages} pages, ${row.countsInMemory.days} page-days, ` +
      `${(row.countsInMemory.bytes / 1e6).toFixed(1)} MB`,
  );

  const server = createHttpServer(
    createCollector({ store, readToken: TOKEN, rateLimit: { windowMs: 60_000, max: Infinity }, log: () => {} }),
  );
  const base = (await listen(server, 0)).replace('localhost', '127.0.0.1');
  const auth = { Authorization: `Bearer ${TOKEN}` };
  const today = new Date().toISOString().slice(0, 10);
  const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const reads = {
    'pages (30 days, 50)': () => call(`${base}api/pages?from=${monthAgo}&to=${today}&limit=50`, { headers: auth }),
    'pages (all, 50)': () => call(`${base}api/pages?limit=50`, { headers: auth }),
    // A different period almost every time: what one ranking costs when no reader has just asked for it.
    'pages (7–60 days, uncached)': () => {
      const end = new Date(Date.now() - Math.floor(Math.random() * 60) * 86_400_000);
      const start = new Date(end.getTime() - (7 + Math.floor(Math.random() * 54)) * 86_400_000);
      const day = (date) => date.toISOString().slice(0, 10);
      return call(`${base}api/pages?from=${day(start)}&to=${day(end)}&limit=50`, { headers: auth });
    },
    'trend (30 days, one site)': () =>
      call(`${base}api/trend?from=${monthAgo}&to=${today}&site=${encodeURIComponent('https://helse-1.example')}`, {
        headers: auth,
      }),
    // A section: /side-1, /side-10 … /side-1999, on every site (1,111 pages).
    'trend (30 days, a section)': () =>
      call(`${base}api/trend?from=${monthAgo}&to=${today}&prefix=${encodeURIComponent('/side-1')}`, { headers: auth }),
    'trend (30 days, one page)': () => {
      const page = `https://helse-${Math.floor(Math.random() * 5)}.example/side-${Math.floor(Math.random() * PAGES)}`;
      return call(`${base}api/trend?from=${monthAgo}&to=${today}&page=${encodeURIComponent(page)}`, { headers: auth });
    },
    comments: () => {
      const page = `https://helse-${Math.floor(Math.random() * 5)}.example/side-${Math.floor(Math.random() * PAGES)}`;
      return call(`${base}api/comments?page=${encodeURIComponent(page)}&limit=20`, { headers: auth });
    },
  };
  try {
    row.writes = {};
    for (const concurrency of [1, 16, 64]) {
      const times = await load(concurrency, SECONDS, () => post(base));
      row.writes[concurrency] = Math.round(times.length / SECONDS);
      console.log(`${name}: ${row.writes[concurrency]} answers/s at concurrency ${concurrency}`);
    }
    row.reads = {};
    for (const [label, task] of Object.entries(reads)) {
      const times = await load(16, SECONDS, task);
      const result = {
        p50: Number(percentile(times, 50).toFixed(1)),
        p99: Number(percentile(times, 99).toFixed(1)),
        perSecond: Math.round(times.length / SECONDS),
      };
      result.meets = result.p50 <= TARGET.p50 && result.p99 <= TARGET.p99;
      row.reads[label] = result;
      console.log(`${name}: ${label}: p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.perSecond}/s`);
    }
    // Writes while editors read and one of them exports every comment of the period, again and again; the
    // writes alone just before, in the same state of the store, to compare with.
    const alone = await load(16, SECONDS, () => post(base));
    started = performance.now();
    let exporting = true;
    let exports = 0;
    const exporter = (async () => {
      while (exporting) {
        await call(`${base}api/export.csv?what=comments&from=${monthAgo}&to=${today}`, { headers: auth });
        exports++;
      }
    })();
    const [writes, readTimes] = await Promise.all([
      load(16, SECONDS, () => post(base)),
      load(4, SECONDS, reads['pages (30 days, 50)']),
    ]);
    exporting = false;
    await exporter;
    row.writesUnderReads = {
      alone: Math.round(alone.length / SECONDS),
      perSecond: Math.round(writes.length / SECONDS),
      p99: Number(percentile(writes, 99).toFixed(1)),
      readP99: Number(percentile(readTimes, 99).toFixed(1)),
      exports,
    };
    console.log(
      `${name}: ${row.writesUnderReads.perSecond} answers/s at concurrency 16 while reading and exporting ` +
        `(${exports} exports; write p99 ${row.writesUnderReads.p99} ms), ${row.writesUnderReads.alone} alone`,
    );
    // The same with the readers a busy editors' office makes: eight dashboards, each reading once a second (a
    // ranking nobody asked for before, a site's trend, a page's comments, in turn). Rounds with and without them
    // take turns, so the machine's other load weighs on both alike; the medians are compared.
    const editorReads = [reads['pages (7–60 days, uncached)'], reads['trend (30 days, one site)'], reads.comments];
    let turn = 0;
    const rounds = { alone: [], with: [], p99: [], readP99: [] };
    for (let round = 0; round < 3; round++) {
      rounds.alone.push((await load(16, SECONDS, () => post(base))).length / SECONDS);
      const [writes, readTimes] = await Promise.all([
        load(16, SECONDS, () => post(base)),
        paced(8, 1000, SECONDS, () => editorReads[turn++ % editorReads.length]()),
      ]);
      rounds.with.push(writes.length / SECONDS);
      rounds.p99.push(percentile(writes, 99));
      rounds.readP99.push(percentile(readTimes, 99));
    }
    row.writesUnderEditors = {
      alone: Math.round(percentile(rounds.alone, 50)),
      perSecond: Math.round(percentile(rounds.with, 50)),
      p99: Number(percentile(rounds.p99, 50).toFixed(1)),
      readP99: Number(percentile(rounds.readP99, 50).toFixed(1)),
    };
    console.log(
      `${name}: ${row.writesUnderEditors.perSecond} answers/s at concurrency 16 while eight editors read once a ` +
        `second (write p99 ${row.writesUnderEditors.p99} ms, read p99 ${row.writesUnderEditors.readP99} ms), ` +
        `${row.writesUnderEditors.alone} alone (medians of 3 rounds each, taking turns)`,
    );
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await store.close();
  }
  return row;
}

const results = { date: new Date().toISOString(), cpus: cpus().length, seconds: SECONDS, target: TARGET, stores: [] };

const pg = await startPostgres();
if (pg.skip) console.log(`PostgreSQL: ${pg.skip}`);
else {
  try {
    results.stores.push(
      await benchStore('PostgreSQL', () => openStore({ databaseUrl: pg.url }), numberOption('answers-pg', 1_000_000)),
    );
  } finally {
    await pg.stop();
  }
}
const dataDir = mkdtempSync(join(tmpdir(), 'bench-collector-'));
try {
  results.stores.push(
    await benchStore('embedded', () => openStore({ dataDir }), numberOption('answers-embedded', 200_000)),
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
agent.destroy();

writeFileSync(new URL('results-collector.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('\n| store | answers | answers/s ×1 | ×16 | ×64 | read (c=16) | p50 ms | p99 ms | meets |');
console.log('| --- | --: | --: | --: | --: | --- | --: | --: | --- |');
for (const row of results.stores) {
  for (const [label, read] of Object.entries(row.reads)) {
    console.log(
      `| ${row.store} | ${row.answers.toLocaleString('en')} | ${row.writes[1]} | ${row.writes[16]} | ${row.writes[64]} ` +
        `| ${label} | ${read.p50} | ${read.p99} | ${read.meets ? 'yes' : 'no'} |`,
    );
  }
  const u = row.writesUnderReads;
  console.log(
    `| ${row.store} | | | ${u.perSecond} while reading and exporting (${u.alone} alone) | | write p99 | | ${u.p99} | |`,
  );
  const e = row.writesUnderEditors;
  console.log(
    `| ${row.store} | | | ${e.perSecond} while eight editors read once a second (${e.alone} alone) | | write p99 | | ${e.p99} | |`,
  );
}
