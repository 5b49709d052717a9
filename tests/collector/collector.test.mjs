// The collector: every rule, on both stores — the embedded database (PGlite, a directory on disk) and
// a real PostgreSQL server (started here where Debian's postgresql is installed, else skipped, saying so).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createCollector } from '../../server/collector/app.mjs';
import { openStore } from '../../server/collector/sql-store.mjs';
import { makeNationalId } from '../helpers/national-id.mjs';
import { startPostgres } from './postgres.mjs';

const TOKEN = 'redaktor-token-123';
const START = Date.parse('2026-11-01T10:00:00Z');

function body(overrides = {}) {
  return {
    id: randomUUID(),
    answer: 'no',
    // Every test uses pages of its own: the database outlives each collector.
    page: `https://helse-midt.no/${randomUUID()}`,
    title: 'Strategi 2020',
    locale: 'nb',
    submittedAt: new Date().toISOString(),
    version: '0.1.0',
    ...overrides,
  };
}

/** A collector over a store, on a free port, with a clock the tests move. */
async function startCollector(openTheStore, options = {}) {
  const clock = { time: START };
  const now = () => new Date(clock.time);
  const store = await openTheStore(now);
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
    post: (value, headers = {}) =>
      fetch(`${url}/feedback`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof value === 'string' ? value : JSON.stringify(value),
      }),
    read: (path, token = TOKEN) =>
      fetch(`${url}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} }),
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await store.close();
    },
  };
}

function suite(name, prepare) {
  describe(name, () => {
    let env;
    before(async (t) => {
      env = await prepare();
      if (env.skip) t.diagnostic?.(env.skip);
    });
    after(async () => env?.cleanup?.());

    const it = (title, fn) =>
      test(title, async (t) => {
        if (env.skip) return t.skip(env.skip);
        return fn(t);
      });

    it('stores an answer once: 201, then 200 for a retry with the same id', async () => {
      const c = await startCollector(env.open);
      try {
        const answer = body({ comment: 'Fant ikke besøkstidene' });
        assert.equal((await c.post(answer)).status, 201);
        const retry = await c.post(answer);
        assert.equal(retry.status, 200);
        assert.equal((await retry.json()).duplicate, true);
        const { pages } = await (await c.read('/api/pages')).json();
        assert.equal(pages.find((p) => p.page === answer.page).no, 1);
      } finally {
        await c.stop();
      }
    });

    it("applies the receiver's rules: schema, content type, size, origin, rate limit", async () => {
      const c = await startCollector(env.open, { rateLimit: { windowMs: 60_000, max: 5 } });
      try {
        assert.equal((await c.post({ ...body(), extra: 1 })).status, 400);
        assert.equal((await c.post('{not json')).status, 400);
        assert.equal((await c.post(body(), { 'Content-Type': 'text/plain' })).status, 415);
        assert.equal((await c.post(body({ comment: 'x'.repeat(20_000) }))).status, 413);
        assert.equal((await c.post(body(), { Origin: 'https://evil.example' })).status, 403);
        // Four refused requests counted against this client; an allowed origin gets the fifth.
        assert.equal((await c.post(body(), { Origin: 'https://www.helse-midt.no' })).status, 201);
        const limited = await c.post(body());
        assert.equal(limited.status, 429, 'the sixth request from this client within the minute');
        assert.ok(Number(limited.headers.get('retry-after')) > 0);
      } finally {
        await c.stop();
      }
    });

    it('redacts personal data before storing', async () => {
      const c = await startCollector(env.open);
      try {
        const answer = body({ comment: `Mitt fødselsnummer er ${makeNationalId('010190')}, ring 912 34 567` });
        assert.equal((await c.post(answer)).status, 201);
        const { comments } = await (await c.read(`/api/comments?page=${encodeURIComponent(answer.page)}`)).json();
        assert.equal(comments.length, 1);
        assert.equal(comments[0].comment, 'Mitt fødselsnummer er [fjernet], ring [fjernet]');
      } finally {
        await c.stop();
      }
    });

    it('refuses reads without the token, with a wrong one, and when no token is configured', async () => {
      const c = await startCollector(env.open);
      const open = await startCollector(env.open, { readToken: undefined });
      try {
        assert.equal((await c.read('/api/pages', null)).status, 401);
        assert.equal((await c.read('/api/pages', 'wrong')).status, 401);
        assert.equal((await c.read('/api/export.csv', 'wrong')).status, 401);
        assert.equal((await c.read('/api/pages')).status, 200);
        assert.equal((await open.read('/api/pages')).status, 403);
        assert.equal((await c.read('/api/pages?from=18.02.2022')).status, 400);
      } finally {
        await c.stop();
        await open.stop();
      }
    });

    it('ranks pages by the share of «Nei», per period and per site', async () => {
      const c = await startCollector(env.open);
      try {
        const site = `https://${randomUUID()}.example`;
        const bad = `${site}/parkering`;
        const good = `${site}/besokstider`;
        for (const answer of ['no', 'no', 'yes']) await c.post(body({ page: bad, answer }));
        for (const answer of ['yes', 'yes', 'yes', 'no']) await c.post(body({ page: good, answer }));
        c.clock.time = START + 10 * 86_400_000; // ten days later, outside the period below
        await c.post(body({ page: good, answer: 'no' }));

        const { pages } = await (
          await c.read(`/api/pages?site=${encodeURIComponent(site)}&from=2026-11-01&to=2026-11-05`)
        ).json();
        assert.deepEqual(
          pages.map((p) => [p.page, p.yes, p.no, Number(p.noShare.toFixed(3))]),
          [
            [bad, 1, 2, 0.667],
            [good, 3, 1, 0.25],
          ],
        );
        const all = (await (await c.read(`/api/pages?site=${encodeURIComponent(site)}`)).json()).pages;
        assert.equal(all.find((p) => p.page === good).no, 2);
      } finally {
        await c.stop();
      }
    });

    it('pages through comments newest first with an opaque cursor', async () => {
      const c = await startCollector(env.open);
      try {
        const page = `https://${randomUUID()}.example/side`;
        for (let i = 1; i <= 5; i++) {
          c.clock.time = START + i * 60_000;
          await c.post(body({ page, comment: `Kommentar ${i}` }));
        }
        await c.post(body({ page, answer: 'yes' })); // no comment: not listed
        const seen = [];
        let cursor = '';
        for (let round = 0; round < 5; round++) {
          const response = await c.read(`/api/comments?page=${encodeURIComponent(page)}&limit=2${cursor}`);
          const { comments, next } = await response.json();
          seen.push(...comments.map((item) => item.comment));
          if (!next) break;
          cursor = `&cursor=${encodeURIComponent(next)}`;
        }
        assert.deepEqual(seen, ['Kommentar 5', 'Kommentar 4', 'Kommentar 3', 'Kommentar 2', 'Kommentar 1']);
        assert.equal((await c.read(`/api/comments?page=${encodeURIComponent(page)}&cursor=nonsense`)).status, 400);
      } finally {
        await c.stop();
      }
    });

    it('exports the pages as CSV, with formulas neutralised', async () => {
      const c = await startCollector(env.open);
      try {
        const site = `https://${randomUUID()}.example`;
        await c.post(body({ page: `${site}/a`, title: '=HYPERLINK("https://evil.example")' }));
        const response = await c.read(`/api/export.csv?site=${encodeURIComponent(site)}`);
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-type'), /^text\/csv/);
        const lines = (await response.text()).trim().split('\r\n');
        assert.equal(lines[0], '"page","site","title","yes","no","no_share","comments"');
        assert.equal(lines[1], `"${site}/a","${site}","'=HYPERLINK(""https://evil.example"")","0","1","1.000","0"`);
      } finally {
        await c.stop();
      }
    });

    it('deletes the text of old comments and keeps the counts', async () => {
      const c = await startCollector(env.open);
      try {
        const page = `https://${randomUUID()}.example/side`;
        await c.post(body({ page, comment: 'Gammel kommentar' }));
        c.clock.time = START + 100 * 86_400_000;
        await c.post(body({ page, comment: 'Ny kommentar' }));
        assert.ok((await c.store.expireComments(90)) >= 1);
        const { comments } = await (await c.read(`/api/comments?page=${encodeURIComponent(page)}`)).json();
        assert.deepEqual(
          comments.map((item) => item.comment),
          ['Ny kommentar'],
        );
        const { pages } = await (await c.read('/api/pages')).json();
        assert.equal(pages.find((p) => p.page === page).no, 2);
      } finally {
        await c.stop();
      }
    });

    it('takes concurrent writes and retries without losing or doubling one', async () => {
      const c = await startCollector(env.open);
      try {
        const page = `https://${randomUUID()}.example/travel`;
        const answers = Array.from({ length: 40 }, () => body({ page }));
        const responses = await Promise.all([...answers, ...answers.slice(0, 10)].map((answer) => c.post(answer)));
        const statuses = responses.map((r) => r.status).sort();
        assert.equal(statuses.filter((s) => s === 201).length, 40);
        assert.equal(statuses.filter((s) => s === 200).length, 10);
        const { pages } = await (await c.read('/api/pages')).json();
        assert.equal(pages.find((p) => p.page === page).no, 40);
      } finally {
        await c.stop();
      }
    });

    it('keeps every acknowledged answer across a restart, and still knows their ids', async () => {
      const page = `https://${randomUUID()}.example/restart`;
      const answers = Array.from({ length: 5 }, () => body({ page }));
      const first = await startCollector(env.open);
      for (const answer of answers) assert.equal((await first.post(answer)).status, 201);
      await first.stop();
      const second = await startCollector(env.open);
      try {
        assert.equal((await second.post(answers[0])).status, 200);
        const { pages } = await (await second.read('/api/pages')).json();
        assert.equal(pages.find((p) => p.page === page).no, 5);
      } finally {
        await second.stop();
      }
    });
  });
}

suite('collector on the embedded database', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'collector-embedded-'));
  return { open: (now) => openStore({ dataDir, now }) };
});

suite('collector on PostgreSQL', async () => {
  const pg = await startPostgres();
  if (pg.skip) {
    console.log(`# ${pg.skip}`);
    return { skip: pg.skip };
  }
  return { open: (now) => openStore({ databaseUrl: pg.url, now }), cleanup: () => pg.stop() };
});

test('npm run collector: every acknowledged answer survives the process being killed (kill -9)', async () => {
  const { spawn } = await import('node:child_process');
  const dataDir = mkdtempSync(join(tmpdir(), 'collector-crash-'));
  const start = () =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['server/collector.mjs'], {
        env: { ...process.env, PORT: '0', DATA_DIR: dataDir, READ_TOKEN: TOKEN },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child.stdout.on('data', (chunk) => {
        const match = /http:\/\/localhost:(\d+)\//.exec(String(chunk));
        if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}` });
      });
      child.once('exit', (code) => reject(new Error(`collector exited with ${code}`)));
    });
  const killed = (child) => new Promise((resolve) => child.once('exit', resolve));

  const first = await start();
  const page = `https://${randomUUID()}.example/crash`;
  const statuses = await Promise.all(
    Array.from({ length: 20 }, () =>
      fetch(`${first.url}/feedback`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body({ page })),
      }).then((response) => response.status),
    ),
  );
  assert.deepEqual(statuses, Array(20).fill(201));
  const exited = killed(first.child);
  first.child.kill('SIGKILL');
  await exited;

  const second = await start();
  try {
    const response = await fetch(`${second.url}/api/pages`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    const { pages } = await response.json();
    assert.equal(pages.find((p) => p.page === page)?.no, 20);
  } finally {
    const stopped = killed(second.child);
    second.child.kill('SIGKILL');
    await stopped;
  }
});
