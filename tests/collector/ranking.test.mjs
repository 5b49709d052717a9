// The editors' ranking: fair to pages with few answers, and narrowed to a section or a minimum of answers.
import { before } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { onBothStores, startCollector } from '../support/collector-harness.mjs';
import { feedbackBody as body } from '../support/feedback-body.mjs';

onBothStores((it, current) => {
  let env;
  before(() => {
    env = current();
  });

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
        (await (await c.read(`/api/pages?site=${encodeURIComponent(site)}${query}`)).json()).pages;
      const pages = await read('');
      assert.deepEqual(
        pages.map((p) => p.page),
        [many, one, fine],
      );
      const [first, second] = pages;
      assert.equal(first.noShare.toFixed(3), '0.667');
      assert.ok(first.noLowerBound > 0.54 && first.noLowerBound < 0.55, `bound ${first.noLowerBound}`);
      assert.ok(second.noLowerBound > 0.2 && second.noLowerBound < 0.21, `bound ${second.noLowerBound}`);

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
});
