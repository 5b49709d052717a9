// Editors triage comments: statuses, a token that may change them, filters and search, and spam kept out of
// every figure without the sender learning anything.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { commentsAnswerSchema } from '../../src/feedback/protocol/collector-api.js';
import { onBothStores, startCollector, TOKEN } from '../support/collector-harness.mjs';
import { feedbackBody as body } from '../support/feedback-body.mjs';

const TRIAGE = 'triage-token-456';

onBothStores((it, env) => {
  const start = () => startCollector(env.open, { triageToken: TRIAGE });
  const patch = (c, id, value, token = TRIAGE, type = 'application/json') =>
    fetch(`${c.url}/api/comments/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': type },
      body: typeof value === 'string' ? value : JSON.stringify(value),
    });
  const list = async (c, query) => {
    const response = await c.read(`/api/comments?${query}`);
    assert.equal(response.status, 200, query);
    return v.parse(commentsAnswerSchema, await response.json()).comments;
  };
  const figures = async (c, site) => {
    const [row] = (await (await c.read(`/api/pages?site=${encodeURIComponent(site)}`)).json()).pages;
    const trend = (
      await (await c.read(`/api/trend?from=2026-11-01&to=2026-11-01&site=${encodeURIComponent(site)}`)).json()
    ).days[0];
    const csv =
      (await (await c.read(`/api/export.csv?what=comments&site=${encodeURIComponent(site)}`)).text())
        .trim()
        .split('\r\n').length - 1;
    return { no: row?.no ?? 0, comments: row?.comments ?? 0, trendNo: trend.no, exported: csv };
  };

  it('gives each comment an id and a status; only the triage token may change it', async () => {
    const c = await start();
    try {
      const page = `https://${randomUUID()}.example/side`;
      await c.post(body({ page, comment: 'Fant ikke besøkstidene' }));
      const [comment] = await list(c, `page=${encodeURIComponent(page)}`);
      assert.equal(comment.status, 'new');
      assert.equal(comment.page, page);
      assert.equal((await patch(c, comment.id, { status: 'handled' }, TOKEN)).status, 403);
      assert.equal((await patch(c, comment.id, { status: 'handled' }, 'wrong')).status, 401);
      assert.equal((await patch(c, comment.id, { status: 'handled' })).status, 204);
      assert.equal((await list(c, `page=${encodeURIComponent(page)}`))[0].status, 'handled');
      assert.equal((await patch(c, randomUUID(), { status: 'handled' })).status, 404);
      for (const bad of [{ status: 'deleted' }, { status: 'new', note: 'x' }, [], 'null', '{nope']) {
        assert.equal((await patch(c, comment.id, bad)).status, 400, JSON.stringify(bad));
      }
      assert.equal((await patch(c, comment.id, 'status=new', TRIAGE, 'text/plain')).status, 400);
      assert.equal((await c.read('/api/pages', TRIAGE)).status, 200, 'the triage token may read');
      const get = await fetch(`${c.url}/api/comments/${comment.id}`, {
        headers: { Authorization: `Bearer ${TRIAGE}` },
      });
      assert.equal(get.status, 405);
    } finally {
      await c.stop();
    }
  });

  it('filters comments by status and text, across every page when no page is named', async () => {
    const c = await start();
    try {
      const site = `https://${randomUUID()}.example`;
      await c.post(body({ page: `${site}/a`, comment: 'Parkeringen er FULL hver dag' }));
      await c.post(body({ page: `${site}/b`, comment: 'Fant ikke telefonnummeret' }));
      await c.post(body({ page: `${site}/b`, comment: 'Kjøp billig <b>nå</b>' }));
      const all = await list(c, `site=${encodeURIComponent(site)}`);
      assert.deepEqual(all.map((x) => x.page).sort(), [`${site}/a`, `${site}/b`]);
      const [parking] = await list(c, `q=${encodeURIComponent('full hver')}`);
      assert.equal(parking.page, `${site}/a`);
      assert.equal((await patch(c, parking.id, { status: 'handled' })).status, 204);
      const texts = async (query) =>
        (await list(c, `site=${encodeURIComponent(site)}&${query}`)).map((x) => x.comment).sort();
      assert.deepEqual(await texts('status=handled'), ['Parkeringen er FULL hver dag']);
      assert.deepEqual(await texts('status=new'), ['Fant ikke telefonnummeret']);
      assert.deepEqual(await texts('status=spam'), ['Kjøp billig <b>nå</b>']);
      assert.deepEqual(await texts('status=new,spam&q=KJØP'), ['Kjøp billig <b>nå</b>']);
      assert.deepEqual(await texts(`status=new,handled,spam&prefix=${encodeURIComponent('/a')}`), [
        'Parkeringen er FULL hver dag',
      ]);
      assert.equal((await c.read('/api/comments?status=deleted')).status, 400);
      const csv = await (
        await c.read(`/api/export.csv?what=comments&site=${encodeURIComponent(site)}&status=handled`)
      ).text();
      assert.equal(csv.trim().split('\r\n').length, 2);
      assert.match(csv, /Parkeringen/);
    } finally {
      await c.stop();
    }
  });

  it('stores spam silently (201) and counts it nowhere: markup, two links, the same text again', async () => {
    const c = await start();
    try {
      const site = `https://${randomUUID()}.example`;
      const page = `${site}/side`;
      c.clock.time = Date.parse('2026-11-01T10:00:00Z');
      const real = await c.post(body({ page, comment: 'Hvor er besøkstidene?' }));
      assert.equal(real.status, 201);
      const realAnswer = await real.json();
      for (const comment of [
        'Se <a href="https://spam.example">her</a>',
        'Billig: https://a.example og www.b.example',
        '  HVOR ER BESØKSTIDENE?  ',
      ]) {
        const response = await c.post(body({ page, comment }));
        assert.equal(response.status, 201, comment);
        assert.deepEqual(Object.keys(await response.json()), Object.keys(realAnswer), 'answered as a real one');
      }
      assert.deepEqual(await figures(c, site), { no: 1, comments: 1, trendNo: 1, exported: 1 });
      const spam = await list(c, `page=${encodeURIComponent(page)}&status=spam`);
      assert.equal(spam.length, 3);

      // Back to «new»: its answer comes back into every figure; marked spam, it leaves them.
      const repeated = spam.find((x) => x.comment.includes('HVOR'));
      assert.equal((await patch(c, repeated.id, { status: 'new' })).status, 204);
      assert.deepEqual(await figures(c, site), { no: 2, comments: 2, trendNo: 2, exported: 2 });
      const [first] = (await list(c, `page=${encodeURIComponent(page)}`)).filter((x) => x.id !== repeated.id);
      assert.equal((await patch(c, first.id, { status: 'spam' })).status, 204);
      assert.deepEqual(await figures(c, site), { no: 1, comments: 1, trendNo: 1, exported: 1 });

      // The same text after ten minutes is a new comment, not spam.
      c.clock.time = Date.parse('2026-11-01T10:11:00Z');
      await c.post(body({ page, comment: 'Hvor er besøkstidene?' }));
      assert.deepEqual(await figures(c, site), { no: 2, comments: 2, trendNo: 2, exported: 2 });
    } finally {
      await c.stop();
    }
  });
});
