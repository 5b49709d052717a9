// The collector: every rule, on both stores.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { makeNationalId } from '../helpers/national-id.mjs';
import { onBothStores, startCollector, START, TOKEN } from '../support/collector-harness.mjs';
import { feedbackBody as body } from '../support/feedback-body.mjs';
import { postJson, startServerProcess } from '../support/server-process.mjs';

onBothStores((it, env) => {
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

  it('logs that an answer came, never the text of its comment', async () => {
    const lines = [];
    const c = await startCollector(env.open, { log: (line) => lines.push(line) });
    try {
      const answer = body({ comment: 'Dette bør ikke havne i en loggfil' });
      assert.equal((await c.post(answer)).status, 201);
      assert.deepEqual(lines, [`feedback no  nb ${answer.page} (with a comment)`]);
    } finally {
      await c.stop();
    }
  });

  it('refuses reads without the token, with a wrong one, and when no token is configured', async () => {
    const c = await startCollector(env.open);
    const open = await startCollector(env.open, { readToken: undefined, store: c.store });
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

  it('exports every comment of a period as CSV, formulas and line breaks harmless', async () => {
    const c = await startCollector(env.open);
    try {
      const site = `https://${randomUUID()}.example`;
      const hostile = ["=cmd|' /C calc'!A0", '+47 er ikke et nummer', '-2+3', '@SUM(A1)', 'To linjer\nog "sitat"'];
      for (const [i, comment] of hostile.entries()) {
        c.clock.time = START + i * 60_000;
        await c.post(body({ page: `${site}/side`, comment }));
      }
      await c.post(body({ page: `${site}/side`, answer: 'yes' })); // no comment: not exported
      const response = await c.read(`/api/export.csv?what=comments&site=${encodeURIComponent(site)}`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-disposition'), /feedback-comments\.csv/);
      const bytes = new Uint8Array(await response.clone().arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte order mark for spreadsheets');
      const csv = await response.text();
      assert.ok(csv.startsWith('"received_at","date","page","site","title","answer","locale","comment"\r\n'));
      const cells = csv
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => /"((?:[^"]|"")*)"$/.exec(line)[1].replace(/""/g, '"'));
      assert.deepEqual(cells, [
        'To linjer\nog "sitat"',
        "'@SUM(A1)",
        "'-2+3",
        "'+47 er ikke et nummer",
        "'=cmd|' /C calc'!A0",
      ]);
      assert.equal((await c.read('/api/export.csv?what=everything')).status, 400);
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

  it("answers CORS for the editors' dashboard: preflight with Authorization, its origin only", async () => {
    const c = await startCollector(env.open, { readOrigins: ['https://redaktor.helse-midt.no'] });
    try {
      const preflight = await fetch(`${c.url}/api/pages`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://redaktor.helse-midt.no',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://redaktor.helse-midt.no');
      assert.match(preflight.headers.get('access-control-allow-headers'), /authorization/i);
      assert.match(preflight.headers.get('access-control-allow-methods'), /GET/);
      const read = await fetch(`${c.url}/api/pages`, {
        headers: { Origin: 'https://redaktor.helse-midt.no', Authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(read.status, 200);
      assert.equal(read.headers.get('access-control-allow-origin'), 'https://redaktor.helse-midt.no');
      assert.equal(read.headers.get('access-control-allow-credentials'), null, 'no cookies, only the token');
      // The trust's public site may send answers, but is not the dashboard: it may not read.
      const fromSite = await fetch(`${c.url}/api/pages`, {
        headers: { Origin: 'https://www.helse-midt.no', Authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(fromSite.status, 403);
      assert.equal((await c.post(body(), { Origin: 'https://redaktor.helse-midt.no' })).status, 403);
      assert.equal((await c.post(body(), { Origin: 'https://www.helse-midt.no' })).status, 201);
    } finally {
      await c.stop();
    }
  });

  it('answers 405 to the wrong method and 404 to an unknown path', async () => {
    const c = await startCollector(env.open);
    try {
      const get = await fetch(`${c.url}/feedback`);
      assert.equal(get.status, 405);
      assert.equal(get.headers.get('allow'), 'POST');
      const post = await fetch(`${c.url}/api/pages`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(post.status, 405);
      assert.equal(post.headers.get('allow'), 'GET');
      assert.equal((await c.read('/api/nothing')).status, 404);
      assert.equal((await fetch(`${c.url}/`)).status, 404);
    } finally {
      await c.stop();
    }
  });

  it("counts a period in whole days of Norway, whatever the database server's time zone", async () => {
    const c = await startCollector(env.open);
    try {
      const site = `https://${randomUUID()}.example`;
      const page = `${site}/natt`;
      // 23:30 UTC on 5 November is 00:30 on 6 November in Oslo.
      c.clock.time = Date.parse('2026-11-05T23:30:00Z');
      await c.post(body({ page, comment: 'Sent på natta' }));
      const count = async (query) =>
        (await (await c.read(`/api/pages?site=${encodeURIComponent(site)}&${query}`)).json()).pages.length;
      assert.equal(await count('from=2026-11-01&to=2026-11-05'), 0);
      assert.equal(await count('from=2026-11-06&to=2026-11-06'), 1);
      const comments = async (query) =>
        (await (await c.read(`/api/comments?page=${encodeURIComponent(page)}&${query}`)).json()).comments;
      assert.deepEqual(await comments('to=2026-11-05'), []);
      const [comment] = await comments('from=2026-11-06');
      assert.equal(comment.date, '2026-11-06');
      assert.equal(comment.receivedAt, '2026-11-05T23:30:00.000000Z');
    } finally {
      await c.stop();
    }
  });

  it('keeps serving when the database server drops its connections', async (t) => {
    if (!env.dropConnections) return t.skip('the embedded database has no connections to lose');
    const c = await startCollector(env.open);
    try {
      assert.equal((await c.post(body())).status, 201);
      await env.dropConnections();
      await new Promise((resolve) => setTimeout(resolve, 300)); // the pool hears of it while idle
      assert.equal((await c.post(body())).status, 201);
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

test('npm run collector: every acknowledged answer survives kill -9; retention runs at start', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'collector-crash-'));
  const start = (extra = {}) =>
    startServerProcess('server/collector.mjs', { DATA_DIR: dataDir, READ_TOKEN: TOKEN, ...extra });

  const first = await start();
  const page = `https://${randomUUID()}.example/crash`;
  const statuses = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      postJson(`${first.url}/feedback`, body({ page, ...(i === 0 ? { comment: 'Kommentar før krasjet' } : {}) })).then(
        (response) => response.status,
      ),
    ),
  );
  assert.deepEqual(statuses, Array(20).fill(201));
  await first.kill();

  const read = async (url, path) =>
    (await fetch(`${url}${path}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json();
  const second = await start();
  try {
    const { pages } = await read(second.url, '/api/pages');
    assert.equal(pages.find((p) => p.page === page)?.no, 20);
    assert.equal(pages.find((p) => p.page === page)?.comments, 1);
  } finally {
    await second.kill();
  }

  // RETENTION_DAYS=0 keeps no comment: the texts go as the collector starts, the counts stay.
  const third = await start({ RETENTION_DAYS: '0' });
  try {
    const { pages } = await read(third.url, '/api/pages');
    assert.deepEqual([pages.find((p) => p.page === page)?.no, pages.find((p) => p.page === page)?.comments], [20, 0]);
    const { comments } = await read(third.url, `/api/comments?page=${encodeURIComponent(page)}`);
    assert.deepEqual(comments, []);
  } finally {
    await third.kill();
  }
});
