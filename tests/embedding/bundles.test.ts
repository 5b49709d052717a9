import { expect, waitUntil } from '@open-wc/testing';
import { part, text, loadScript } from '../helpers/dom.js';
import { CONTENT_FIXTURES, fixtureJson, ready } from '../helpers/content.js';

describe('one bundle per element', () => {
  before(() => (document.documentElement.lang = 'nn'));
  after(() => (document.documentElement.lang = 'nb'));

  it('helse-feedback.min.js alone registers the prompt, in nynorsk fetched from beside it', async () => {
    await loadScript('/dist/helse-feedback.min.js');
    expect(customElements.get('helse-strategy')).to.equal(undefined);
    const el = document.createElement('helse-feedback');
    document.body.append(el);
    await waitUntil(() => text(part(el, 'question')) === 'Fann du det du leita etter?', 'nynorsk question', {
      timeout: 5000,
    });
    el.remove();
  });

  for (const [tag, fixture] of CONTENT_FIXTURES) {
    it(`${tag}.min.js alone renders its data and its nynorsk error state`, async () => {
      await loadScript(`/dist/${tag}.min.js`);
      const el = document.createElement(tag) as HTMLElement & { data: unknown };
      el.data = await fixtureJson(fixture);
      document.body.append(el);
      await ready(el);

      const broken = document.createElement(tag);
      broken.setAttribute('src', '/tests/fixtures/does-not-exist.json');
      document.body.append(broken);
      await waitUntil(
        () => text(part(broken, 'error')).startsWith('Innhaldet kunne ikkje lastast.'),
        `<${tag}> never showed the nynorsk error`,
        { timeout: 5000 },
      );
      el.remove();
      broken.remove();
    });
  }
});
