// The editors' ranking — fair to pages with few answers, narrowed to a section or a minimum of answers —
// and the trend per day.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { pagesAnswerSchema, trendAnswerSchema, wilsonLowerBound } from '../../src/feedback/protocol/collector-api.js';
import { onBothStores, startCollector } from '../support/collector-harness.mjs';
import { feedbackBody as body } from '../support/feedback-body.mjs';

onBothStores((it, env) => {
  it('ranks by the lower bound of the Wilson interval: 40 «Nei» of 60 above 1 of 1', async () => {
    const c = await startCollector(env.open);
    try {
      const site = `https://${randomUUID()}.example`;
      const many = `${site}/seksjon/mange`;
      const one = `${site}/en`;
      const fine = `${site}/seksjon/fin`;
      for (let i = 0; i < 60; i++) await c.store.add(body({ page: many, answer: i < 40 ? 'no' : 'yes' }));
      await c.store.add(body({ page: one, answer: 'no' }));
      for (let i = 0; i < 10; i++) await c.store.add(body({ page: fine, answer: i < 1 ? 'no' : 'yes' }));

      const read = async (query) =>
        v.parse(pagesAnswerSchema, await (await c.read(`/api/pages?site=${encodeURIComponent(site)}${query}`)).json())
          .pages;
      const pages = await read('');
      assert.deepEqual(
        pages.map((p) => p.page),
        [many, one, fine],
      );
      const [first, second] = pages;
      assert.equal(first.noShare.toFixed(3), '0.667');
      assert.ok(first.noLowerBound > 0.54 && first.noLowerBound < 0.55, `bound ${first.noLowerBound}`);
      assert.ok(second.noLowerBound > 0.2 && second.noLowerBound < 0.21, `bound ${second.noLowerBound}`);
      for (const p of pages)
        assert.equal(p.noLowerBound, wilsonLowerBound(p.no, p.total), 'as the protocol computes it');

      assert.deepEqual(
        (await read('&min=5')).map((p) => p.page),
        [many, fine],
      );
      assert.deepEqual(
        (await read(`&prefix=${encodeURIComponent('/seksjon/')}`)).map((p) => p.page),
        [many, fine],
      );
      assert.deepEqual(
        (await read(`&prefix=${encodeURIComponent('/seksjon/')}&min=20`)).map((p) => p.page),
        [many],
      );
      assert.equal((await c.read('/api/pages?prefix=seksjon')).status, 400);
      assert.equal((await c.read('/api/pages?min=mange')).status, 400);
    } finally {
      await c.stop();
    }
  });

  it('gives a trend of «Ja» and «Nei» for every day of a period, empty days as zeros', async () => {
    const c = await startCollector(env.open);
    try {
      const site = `https://${randomUUID()}.example`;
      const at = (iso, page, answer) => {
        c.clock.time = Date.parse(iso);
        return c.store.add(body({ page: `${site}${page}`, answer }));
      };
      await at('2026-11-02T10:00:00Z', '/seksjon/a', 'no');
      await at('2026-11-02T11:00:00Z', '/seksjon/a', 'yes');
      await at('2026-11-04T12:00:00Z', '/annet', 'no');
      await at('2026-11-04T23:30:00Z', '/seksjon/b', 'no'); // 00:30 on 5 November in Oslo
      const trend = async (query) => {
        const response = await c.read(`/api/trend?site=${encodeURIComponent(site)}&${query}`);
        assert.equal(response.status, 200);
        return v.parse(trendAnswerSchema, await response.json()).days.map((d) => `${d.date} ${d.yes}/${d.no}`);
      };
      assert.deepEqual(await trend('from=2026-11-01&to=2026-11-05'), [
        '2026-11-01 0/0',
        '2026-11-02 1/1',
        '2026-11-03 0/0',
        '2026-11-04 0/1',
        '2026-11-05 0/1',
      ]);
      assert.deepEqual(await trend(`from=2026-11-02&to=2026-11-05&prefix=${encodeURIComponent('/seksjon/')}`), [
        '2026-11-02 1/1',
        '2026-11-03 0/0',
        '2026-11-04 0/0',
        '2026-11-05 0/1',
      ]);
      assert.deepEqual(await trend(`from=2026-11-04&to=2026-11-04&page=${encodeURIComponent(`${site}/annet`)}`), [
        '2026-11-04 0/1',
      ]);
      assert.equal((await c.read('/api/trend?from=2026-11-01')).status, 400);
      assert.equal((await c.read('/api/trend?from=2026-11-05&to=2026-11-01')).status, 400);
      assert.equal((await c.read('/api/trend?from=1990-01-01&to=2026-11-01')).status, 400);
    } finally {
      await c.stop();
    }
  });
});
