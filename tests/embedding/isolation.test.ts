import { expect, waitUntil } from '@open-wc/testing';
import { domCounters, part, text, loadScript } from '../helpers/dom.js';
import { CONTENT_FIXTURES, fixtureJson } from '../helpers/content.js';

/** Lit's own version markers: the only globals the bundle adds besides the custom element registry. */
const LIT_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'reactiveElementVersions'];

/** Listeners the collector may not have reached yet when we count: a handful, never one per cycle. */
const GC_SLACK_LISTENERS = 3;

type Fixture = [tag: string, data: string | null];
const elements: Fixture[] = [['helse-feedback', null], ...CONTENT_FIXTURES];

/** Creates an element with its data, waits until it has rendered, and takes it away again. */
async function mountAndRemove(tag: string, data: unknown): Promise<void> {
  const el = document.createElement(tag) as HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };
  if (data) el.data = data;
  document.body.append(el);
  // Polled without a delay: a thousand cycles must not spend their time waiting.
  for (let tries = 0; !part(el, data ? 'base' : 'question'); tries++) {
    if (tries > 1000) throw new Error(`<${tag}> never rendered`);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
  el.remove();
}

/**
 * Cycles run without a task between them; the summary's lazy image of the last ones may start loading only after,
 * and holds its element until it is done (a few elements' nodes, never one per cycle). Counts are taken once that
 * has settled, before the cycles as after them.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('the page outside the elements', () => {
  before(() => {
    sessionStorage.clear();
  });

  it('gets no globals and no styles, and keeps its own nodes, when every element renders in two languages', async () => {
    const globalsBefore = new Set(Object.getOwnPropertyNames(window));
    const sheetsBefore = document.styleSheets.length;
    const adoptedBefore = document.adoptedStyleSheets.length;
    const headBefore = document.head.children.length;

    await loadScript('/dist/helse-widgets.min.js');
    for (const lang of ['nb', 'nn']) {
      document.documentElement.lang = lang;
      for (const [tag, fixture] of elements) await mountAndRemove(tag, fixture && (await fixtureJson(fixture)));
    }
    // The nynorsk prompt really rendered: the translations loaded and were used.
    const el = document.createElement('helse-feedback');
    document.body.append(el);
    await waitUntil(() => text(part(el, 'question')) === 'Fann du det du leita etter?');
    el.remove();
    document.documentElement.lang = 'nb';

    const added = Object.getOwnPropertyNames(window).filter((name) => !globalsBefore.has(name));
    expect(added.filter((name) => !LIT_GLOBALS.includes(name))).to.deep.equal([]);
    expect(document.styleSheets.length).to.equal(sheetsBefore);
    expect(document.adoptedStyleSheets.length).to.equal(adoptedBefore);
    // Only our own <script> tag, which the test added.
    expect(document.head.children.length).to.equal(headBefore + 1);
  });

  for (const [tag, fixture] of elements) {
    it(`<${tag}>: 1 000 add/remove cycles leave no nodes and no listeners behind`, async function () {
      this.timeout(120000);
      const data = fixture && (await fixtureJson(fixture));
      // Warm up: the first elements create shared, once-only things (templates, styles, caches).
      for (let i = 0; i < 20; i++) await mountAndRemove(tag, data);
      await settle();
      const before = await domCounters();
      // What one element that is still on the page costs: the yardstick for "nothing left behind".
      const kept = document.createElement(tag) as HTMLElement & { data?: unknown };
      if (data) kept.data = data;
      document.body.append(kept);
      await waitUntil(() => part(kept, data ? 'base' : 'question'));
      const one = await domCounters();
      kept.remove();
      const perElement = { nodes: one.nodes - before.nodes, listeners: one.jsEventListeners - before.jsEventListeners };

      for (let i = 0; i < 1000; i++) await mountAndRemove(tag, data);
      await settle();
      const after = await domCounters();
      // A leak of even one node or listener per cycle would leave a thousand; the garbage
      // collector may still hold the last element or so, which is no growth.
      expect(after.nodes - before.nodes, `nodes (${before.nodes} → ${after.nodes})`).to.be.at.most(perElement.nodes);
      expect(after.jsEventListeners - before.jsEventListeners, 'event listeners').to.be.at.most(
        Math.max(perElement.listeners, 0) + GC_SLACK_LISTENERS,
      );
      // The meeting's SVG image is a document of its own, which the browser's image cache may keep (one).
      expect(after.documents, 'documents').to.be.at.most(before.documents + (tag === 'helse-meeting-summary' ? 1 : 0));
    });
  }
});
