// The collector under abuse: bad input, proxies, hang-ups, personal data where it does not belong, and
// volume. On both stores where the store takes part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { randomUUID } from 'node:crypto';
import { createCollector } from '../../server/collector/app.mjs';
import { makeNationalId } from '../helpers/national-id.mjs';
import { onBothStores, startCollector, TOKEN } from '../support/collector-harness.mjs';
import { feedbackBody as body } from '../support/feedback-body.mjs';

/** Everything written to the console and the collector's logs while `fn` runs. */
async function capture(fn) {
  const lines = [];
  const keep = (...args) => lines.push(args.map((arg) => (arg instanceof Error ? arg.stack : String(arg))).join(' '));
  const original = { log: console.log, error: console.error, warn: console.warn };
  Object.assign(console, { log: keep, error: keep, warn: keep });
  try {
    await fn({ log: keep, logError: keep });
  } finally {
    Object.assign(console, original);
  }
  return lines;
}

const cursorOf = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

onBothStores((it, env) => {
  it('an answer the store cannot take never puts its comment in the log', async () => {
    const secret = `Hemmelig kommentar ${randomUUID()}`;
    let status;
    const lines = await capture(async (logs) => {
      const c = await startCollector(env.open, logs);
      try {
        status = (await c.post(body({ comment: secret, submittedAt: '2026-02-30T10:00:00.000Z' }))).status;
      } finally {
        await c.stop();
      }
    });
    assert.equal(status, 400);
    assert.ok(!lines.some((line) => line.includes(secret)), lines.join('\n'));
  });

  it('a failing store gives 500 without detail, and one log line without the comment', async () => {
    const c = await startCollector(env.open);
    const secret = `Hemmelig ${randomUUID()}`;
    const failing = {
      ...c.store,
      add: async (value) => {
        throw Object.assign(new Error('value too long\n    at Query.run (pg.js:1)'), {
          code: '22001',
          parameters: [value.comment],
          detail: value.comment,
        });
      },
    };
    const lines = [];
    const f = await startCollector(env.open, { store: failing, logError: (line) => lines.push(line) });
    try {
      const response = await f.post(body({ comment: secret }));
      assert.equal(response.status, 500);
      assert.deepEqual(await response.json(), { error: 'internal' });
      assert.equal(lines.length, 1);
      assert.doesNotMatch(lines[0], new RegExp(`${secret}|\\n|at Query`));
    } finally {
      await f.stop();
      await c.stop();
    }
  });

  it('answers 400 with the path, not 500, for what can never be stored', async () => {
    const lines = await capture(async (logs) => {
      const c = await startCollector(env.open, logs);
      try {
        for (const [overrides, path] of [
          [{ comment: 'før\u0000etter' }, 'comment'],
          [{ title: 'Tittel\u0000' }, 'title'],
          [{ page: 'https://helse-midt.no/\u0000' }, 'page'],
          [{ submittedAt: '2026-02-30T10:00:00.000Z' }, 'submittedAt'],
          [{ submittedAt: '0000-01-01T00:00:00.000Z' }, 'submittedAt'],
          [{ submittedAt: '2026-11-01T10:00:00.000+23:00' }, 'submittedAt'],
        ]) {
          const response = await c.post(body(overrides));
          assert.equal(response.status, 400, JSON.stringify(overrides));
          assert.equal((await response.json()).path, path);
        }
        const page = encodeURIComponent('https://helse-midt.no/side');
        for (const query of [
          '/api/pages?from=2026-02-30',
          '/api/pages?to=2026-13-01',
          `/api/comments?page=${page}&cursor=${cursorOf(['2026-02-30T10:00:00.000Z', 'x'])}`,
          `/api/comments?page=${page}&cursor=${cursorOf(['yesterday', 'x'])}`,
          `/api/comments?page=${page}&cursor=${cursorOf(['2026-11-01T10:00:00.000000Z', 'a\u0000b'])}`,
          `/api/comments?page=${page}%00`,
        ]) {
          const response = await c.read(query);
          assert.equal(response.status, 400, query);
        }
      } finally {
        await c.stop();
      }
    });
    assert.deepEqual(lines, []);
  });

  it('with TRUST_PROXY=1 the client is the address the proxy saw, not one the client wrote', async () => {
    const c = await startCollector(env.open, { trustProxy: 1, rateLimit: { windowMs: 60_000, max: 5 } });
    try {
      const statuses = [];
      for (let i = 0; i < 40; i++) {
        statuses.push((await c.post(body(), { 'X-Forwarded-For': `192.0.2.${i}, 10.0.0.5` })).status);
      }
      assert.equal(statuses.filter((status) => status === 201).length, 5);
      assert.equal(statuses.filter((status) => status === 429).length, 35);
      // Another client behind the same proxy has a window of its own.
      assert.equal((await c.post(body(), { 'X-Forwarded-For': '10.0.0.6' })).status, 201);
    } finally {
      await c.stop();
    }
  });

  it('takes the Bearer scheme in any case', async () => {
    const c = await startCollector(env.open);
    try {
      for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
        const response = await fetch(`${c.url}/api/pages`, { headers: { Authorization: `${scheme} ${TOKEN}` } });
        assert.equal(response.status, 200, scheme);
      }
      const wrong = await fetch(`${c.url}/api/pages`, { headers: { Authorization: `Basic ${TOKEN}` } });
      assert.equal(wrong.status, 401);
    } finally {
      await c.stop();
    }
  });

  it('a client that hangs up mid-body costs one log line at most, without its content', async () => {
    const lines = await capture(async (logs) => {
      const c = await startCollector(env.open, logs);
      try {
        const { port } = new URL(c.url);
        await new Promise((resolve) => {
          const socket = connect(Number(port), '127.0.0.1', () => {
            socket.write(
              'POST /feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n' +
                '{"comment":"halvveis-hemmelig',
            );
            setTimeout(() => socket.destroy(), 100);
          });
          socket.on('close', resolve);
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal((await c.post(body())).status, 201, 'still serving');
      } finally {
        await c.stop();
      }
    });
    const about = lines.filter((line) => !line.startsWith('feedback no '));
    assert.ok(about.length <= 1, about.join('\n'));
    assert.ok(!about.some((line) => /halvveis|\n|\bat\b.*:\d+/.test(line)), about.join('\n'));
  });

  it('stores no personal data in the title, and no query or fragment of the page unless allowed', async () => {
    const id = makeNationalId('010190');
    const c = await startCollector(env.open);
    const allowing = await startCollector(env.open, { store: c.store, pageParams: ['id'] });
    try {
      const site = `https://${randomUUID()}.example`;
      await c.post(body({ page: `${site}/sok?fnr=${id}&q=time#rad-${id}`, title: `Resultat for ${id}` }));
      await allowing.post(body({ page: `${site}/artikkel?fnr=${id}&id=42#x` }));
      const { pages } = await (await c.read(`/api/pages?site=${encodeURIComponent(site)}`)).json();
      assert.deepEqual(pages.map((p) => p.page).sort(), [`${site}/artikkel?id=42`, `${site}/sok`]);
      assert.equal(pages.find((p) => p.page === `${site}/sok`).title, 'Resultat for [fjernet]');
    } finally {
      await allowing.stop();
      await c.stop();
    }
  });

  it('redacts a fødselsnummer written with a hyphen, spaces, full-width digits or zero-width spaces', async () => {
    const id = makeNationalId('140387', 421);
    const fullWidth = [...id].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');
    const c = await startCollector(env.open);
    try {
      const page = `https://${randomUUID()}.example/side`;
      for (const [i, written] of [
        `${id.slice(0, 6)}-${id.slice(6)}`,
        `${id.slice(0, 2)} ${id.slice(2, 4)} ${id.slice(4, 6)} ${id.slice(6, 9)} ${id.slice(9)}`,
        fullWidth,
        [...id].join('\u200b'),
      ].entries()) {
        await c.post(body({ page, comment: `Nummer ${i}: ${written}.` }));
      }
      const { comments } = await (await c.read(`/api/comments?page=${encodeURIComponent(page)}`)).json();
      assert.deepEqual(
        comments.map((item) => item.comment).sort(),
        [0, 1, 2, 3].map((i) => `Nummer ${i}: [fjernet].`),
      );
    } finally {
      await c.stop();
    }
  });

  it("gives PostgreSQL a statement timeout shorter than the widget's 10 s", async (t) => {
    if (!env.databaseUrl) return t.skip('the embedded database runs one statement at a time, in process');
    const c = await startCollector(env.open);
    try {
      const { rows } = await c.store.db.query(`SELECT current_setting('statement_timeout') AS timeout`);
      const ms = /^(\d+)(ms|s)$/.exec(rows[0].timeout);
      assert.ok(ms, `statement_timeout is ${rows[0].timeout}`);
      const value = Number(ms[1]) * (ms[2] === 's' ? 1000 : 1);
      assert.ok(value > 0 && value < 10_000, `statement_timeout is ${rows[0].timeout}`);
    } finally {
      await c.stop();
    }
  });

  it('counts any period exactly from running totals: out-of-order days, retention, a rebuild', async () => {
    const c = await startCollector(env.open);
    try {
      const site = `https://${randomUUID()}.example`;
      const page = `${site}/side`;
      const day = (d) => Date.parse(`2026-03-${String(d).padStart(2, '0')}T12:00:00Z`);
      // Days 5, 3 (late: a clock or a second process behind), 3, 8, 1; a comment on days 3 and 8.
      for (const [d, answer, comment] of [
        [5, 'no'],
        [3, 'yes', 'Kommentar'],
        [3, 'no'],
        [8, 'no', 'Kommentar'],
        [1, 'yes'],
      ]) {
        c.clock.time = day(d);
        assert.equal(await c.store.add(body({ page, answer, ...(comment ? { comment } : {}) })), true);
      }
      const counts = async (from, to) => {
        const [row] = await c.store.pages({ from, to, site });
        return row ? [row.yes, row.no, row.comments] : [0, 0, 0];
      };
      const expected = {
        all: [2, 3, 2],
        '2026-03-01..2026-03-03': [2, 1, 1],
        '2026-03-02..2026-03-05': [1, 2, 1],
        '2026-03-04..2026-03-07': [0, 1, 0],
        '2026-03-06..2026-03-31': [0, 1, 1],
        '2026-03-09..2026-03-31': [0, 0, 0],
      };
      const check = async (label) => {
        for (const [period, value] of Object.entries(expected)) {
          const [from, to] = period === 'all' ? [] : period.split('..');
          assert.deepEqual(await counts(from, to), value, `${label}: ${period}`);
        }
      };
      await check('as they came');
      // Retention on 2026-03-10 with 5 days: the comment of day 3 goes, that of day 8 stays.
      c.clock.time = day(10);
      assert.ok((await c.store.expireComments(5)) >= 1);
      expected.all = [2, 3, 1];
      expected['2026-03-01..2026-03-03'] = [2, 1, 0];
      expected['2026-03-02..2026-03-05'] = [1, 2, 0];
      await check('after retention');
      // Rebuilt from the answers, as after a change of TIME_ZONE, the figures are the same.
      await c.store.db.query(`DELETE FROM feedback_settings`);
      if (env.databaseUrl) {
        const again = await env.open(() => new Date(c.clock.time));
        const [row] = await again.pages({ from: '2026-03-01', to: '2026-03-03', site });
        assert.deepEqual([row.yes, row.no, row.comments], [2, 1, 0]);
        await again.close();
      }
    } finally {
      await c.stop();
    }
  });

  it('shares a ranking among readers, and shows a new answer at once', async () => {
    const c = await startCollector(env.open);
    try {
      const site = `https://${randomUUID()}.example`;
      await c.post(body({ page: `${site}/a` }));
      const path = `/api/pages?site=${encodeURIComponent(site)}&limit=10`;
      const first = await Promise.all(Array.from({ length: 8 }, async () => (await c.read(path)).json()));
      assert.ok(first.every((result) => result.pages[0].no === 1));
      await c.post(body({ page: `${site}/a` }));
      assert.equal((await (await c.read(path)).json()).pages[0].no, 2);
    } finally {
      await c.stop();
    }
  });

  it('pages /api/pages with limit and a cursor, worst first', async () => {
    const c = await startCollector(env.open);
    try {
      const site = `https://${randomUUID()}.example`;
      for (let i = 0; i < 5; i++) {
        for (let n = 0; n < 10; n++) await c.post(body({ page: `${site}/${i}`, answer: n < 2 * i ? 'no' : 'yes' }));
      }
      const seen = [];
      let path = `/api/pages?site=${encodeURIComponent(site)}&limit=2`;
      for (let round = 0; round < 5 && path; round++) {
        const { pages, next } = await (await c.read(path)).json();
        assert.ok(pages.length <= 2);
        seen.push(...pages.map((p) => p.page));
        path = next ? `/api/pages?site=${encodeURIComponent(site)}&limit=2&cursor=${encodeURIComponent(next)}` : '';
      }
      assert.deepEqual(
        seen,
        [4, 3, 2, 1, 0].map((i) => `${site}/${i}`),
      );
      assert.equal((await c.read('/api/pages?limit=0')).status, 400);
      assert.equal((await c.read('/api/pages?cursor=nonsense')).status, 400);
    } finally {
      await c.stop();
    }
  });

  it('streams the comments export: the first rows go out before the store has read the last', async () => {
    const c = await startCollector(env.open, { exportBatch: 3 });
    let release;
    const released = new Promise((resolve) => (release = resolve));
    const row = (comment) => ({
      receivedAt: 'x',
      date: 'y',
      page: 'p',
      site: 's',
      title: 't',
      answer: 'no',
      locale: 'nb',
      comment,
    });
    const gated = {
      ...c.store,
      async *eachComment() {
        yield row('først');
        await released; // the rest only once the client has the first rows
        yield row('sist');
      },
      async allComments() {
        await released;
        return [row('først'), row('sist')];
      },
    };
    const g = await startCollector(env.open, { store: gated });
    try {
      const response = await g.read('/api/export.csv?what=comments');
      assert.equal(response.status, 200);
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let text = '';
      const timeout = setTimeout(release, 3000); // without streaming, nothing arrives until this
      const started = Date.now();
      while (!text.includes('først')) text += decoder.decode((await reader.read()).value, { stream: true });
      assert.ok(Date.now() - started < 2000, 'the first rows waited until the whole export was read');
      clearTimeout(timeout);
      release();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
        text += decoder.decode(chunk.value);
      assert.match(text, /sist/);
      assert.equal(response.headers.get('content-length'), null);
    } finally {
      await g.stop();
      await c.stop();
    }
  });

  it('takes answers while an export runs, between its batches, not after it', async () => {
    const c = await startCollector(env.open, { exportBatch: 3 });
    try {
      const site = `https://${randomUUID()}.example`;
      for (let i = 0; i < 300; i++) await c.store.add(body({ page: `${site}/side`, comment: `Kommentar nummer ${i}` }));
      const response = await c.read(`/api/export.csv?what=comments&site=${encodeURIComponent(site)}`);
      const reader = response.body.getReader();
      await reader.read(); // the first rows are here: the export runs
      const answered = c.post(body({ page: `${site}/side` })).then((answer) => {
        assert.equal(answer.status, 201);
        return Date.now();
      });
      let text = '';
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        text += new TextDecoder().decode(chunk.value);
      }
      const exported = Date.now();
      assert.ok((await answered) < exported, 'the answer waited until the export ended');
      assert.ok(text.split('\r\n').length > 250);
    } finally {
      await c.stop();
    }
  });

  it('reads the comments export from the store in batches', async () => {
    const c = await startCollector(env.open, { exportBatch: 3 });
    try {
      const site = `https://${randomUUID()}.example`;
      for (let i = 0; i < 10; i++) await c.post(body({ page: `${site}/side`, comment: `Kommentar ${i}` }));
      const lines = (await (await c.read(`/api/export.csv?what=comments&site=${encodeURIComponent(site)}`)).text())
        .trim()
        .split('\r\n');
      assert.equal(lines.length, 11);
      assert.equal(new Set(lines.slice(1)).size, 10, 'no row twice across batches');
    } finally {
      await c.stop();
    }
  });
});

test('the collector closes connections that send their request too slowly', { timeout: 20_000 }, async () => {
  const { createHttpServer } = await import('../../server/http/server.mjs');
  const server = createHttpServer(createCollector({ store: { add: async () => true } }), {
    headersTimeoutMs: 1000,
    requestTimeoutMs: 1000,
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const trickle = (lines) =>
    new Promise((resolve) => {
      const started = Date.now();
      const socket = connect(port, '127.0.0.1', () => {
        let i = 0;
        const timer = setInterval(() => {
          if (!socket.destroyed && i < lines.length) socket.write(lines[i++]);
        }, 200);
        socket.on('close', () => {
          clearInterval(timer);
          resolve(Date.now() - started);
        });
      });
      socket.on('error', () => {});
      socket.resume();
    });
  try {
    const headerLines = ['POST /feedback HTTP/1.1\r\n', ...Array.from({ length: 60 }, (_, i) => `X-${i}: 1\r\n`)];
    const bodyBytes = [
      'POST /feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n',
      ...Array(60).fill('{'),
    ];
    const [headers, slowBody] = await Promise.all([trickle(headerLines), trickle(bodyBytes)]);
    assert.ok(headers < 4000, `trickled headers kept the connection ${headers} ms`);
    assert.ok(slowBody < 4000, `a trickled body kept the connection ${slowBody} ms`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('the limits are 30 s for headers and bodies, shorter for idle connections, and a connection cap', async () => {
  const { LIMITS, createHttpServer } = await import('../../server/http/server.mjs');
  const server = createHttpServer(() => {});
  assert.ok(server.headersTimeout <= 30_000 && server.requestTimeout <= 30_000);
  assert.ok(server.keepAliveTimeout < server.requestTimeout);
  assert.ok(Number.isFinite(server.maxConnections) && server.maxConnections > 0);
  assert.equal(LIMITS.requestTimeoutMs, 30_000);
});
