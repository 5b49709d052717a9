// Every story of the static Storybook (storybook-static/, built by `npm run build-storybook`), alone in
// Chromium: it must render and finish its play function (which waits for the state the story is named after)
// with no console error, no page error, and no axe violation of WCAG 2.1 A/AA — in bokmål with the default
// theme, then switched live through the toolbars' globals to nynorsk/dark and English/trust, as a person
// using the toolbar would. Each (story, language, theme) is one test, named after the story.
// Every docs page renders without errors and shows what custom-elements.json says about its element.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { recordProblems } from '../helpers/page-problems.mjs';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { createStatic } from '../../server/http/static.mjs';

const root = new URL('../../', import.meta.url).pathname;
const index = JSON.parse(readFileSync(new URL('storybook-static/index.json', `file://${root}`), 'utf8'));
const entries = Object.values(index.entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', `file://${root}`), 'utf8'));
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// The first variant is loaded from the URL; the others are switched to live, as the toolbar does.
const variants = [
  { locale: 'nb', theme: 'default' },
  { locale: 'nn', theme: 'dark' },
  { locale: 'en', theme: 'trust' },
];

// The states every element must show in Storybook, by story id: removing or renaming one fails here.
const REQUIRED_STORIES = {
  feedback: [
    'question',
    'no-form',
    'sending',
    'thanks',
    'error-with-retry',
    'no-endpoint',
    'long-comment-at-limit',
    'urgent-help-emergency',
    'urgent-help-suicidal-thoughts',
    'trust-help-text',
  ],
  strategy: [
    'strategi-2020',
    'description-only-goals',
    'grouped-goals',
    'nynorsk-content',
    'loading',
    'data-error',
    'fallback-content',
  ],
  'goal-list': ['strategi-2020'],
  'meeting-summary': ['foretaksmote-2022', 'no-image', 'decorative-image'],
  'meeting-list': ['several-years', 'filtered', 'empty', 'data-error'],
  'feedback-report': [
    'trend',
    'trend-per-week',
    'statuses',
    'spam',
    'read-only-token',
    'refused-change',
    'empty-period',
  ],
};

let server;
let baseUrl;
let browser;

before(async () => {
  const serve = createStatic({ '/': 'storybook-static' }, root);
  server = createServer(async (req, res) => {
    if (!(await serve(req, res, {}))) {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}/`;
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the static Storybook has a story for every state, and docs for every element', () => {
  const ids = new Set(stories.map((story) => story.id));
  const missing = Object.entries(REQUIRED_STORIES).flatMap(([component, names]) =>
    names.map((name) => `components-${component}--${name}`).filter((id) => !ids.has(id)),
  );
  assert.deepEqual(missing, [], 'stories missing');
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => d.tagName ?? []);
  assert.ok(tags.length >= 6, `custom-elements.json names ${tags.length} elements`);
  const documented = new Set(docs.map((entry) => entry.title));
  for (const title of new Set(stories.map((story) => story.title))) {
    assert.ok(documented.has(title), `no docs page for ${title}`);
  }
  assert.ok(
    docs.some((entry) => entry.title.startsWith('For editors/')),
    'no page for editors',
  );
});

/** Records Storybook's channel events in the page, so Node can wait for a render to finish. */
function watchStorybook() {
  window.__storybook = [];
  const timer = setInterval(() => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return;
    clearInterval(timer);
    for (const name of [
      'storyFinished',
      'storyErrored',
      'storyThrewException',
      'playFunctionThrewException',
      'unhandledErrorsWhilePlaying',
      'storyMissing',
      'docsRendered',
    ]) {
      channel.on(name, (payload) =>
        window.__storybook.push({ name, payload: JSON.parse(JSON.stringify(payload ?? null)) }),
      );
    }
  }, 5);
}

/** Waits for the next storyFinished after `seen` events, and returns what happened since. */
async function nextFinish(page, seen) {
  await page.waitForFunction(
    (count) => window.__storybook.slice(count).some((e) => e.name === 'storyFinished'),
    {
      timeout: 15000,
    },
    seen,
  );
  return page.evaluate((count) => window.__storybook.slice(count), seen);
}

function describeFailures(events) {
  return events
    .filter((event) => event.name !== 'storyFinished')
    .map((event) => `${event.name}: ${JSON.stringify(event.payload)}`);
}

/** Every helse element upgraded, rendered, and speaking the locale (its own rendered lang says so too). */
async function settled(page, locale) {
  await page
    .waitForFunction(
      async (expected) => {
        const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) =>
          el.localName.startsWith('helse-'),
        );
        if (!elements.length) return false;
        for (const el of elements) {
          const Class = customElements.get(el.localName);
          if (!Class || !(el instanceof Class) || el.locale !== expected) return false;
          await el.updateComplete;
          if (!el.shadowRoot?.childElementCount) return false;
          // The element's own wrapper says which language it rendered in (content may mark its own text).
          const own = [...el.shadowRoot.children].filter((node) => node.hasAttribute('lang'));
          if (own.some((node) => node.getAttribute('lang') !== expected)) return false;
        }
        return true;
      },
      { timeout: 10000, polling: 50 },
      locale,
    )
    .catch(async (error) => {
      const seen = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root *')]
          .filter((el) => el.localName.startsWith('helse-'))
          .map((el) => ({
            tag: el.localName,
            upgraded: customElements.get(el.localName) === el.constructor,
            locale: el.locale,
            rendered: [...(el.shadowRoot?.children ?? [])].map((node) => node.getAttribute('lang')),
          })),
      );
      throw new Error(`the elements did not settle in ${locale}: ${JSON.stringify(seen)} (${error.message})`);
    });
}

async function axeViolations(page) {
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document.querySelector('#storybook-root'), {
      runOnly: { type: 'tag', values: tags },
    });
    return result.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }, WCAG);
}

for (const story of stories) {
  describe(`${story.title} › ${story.name}`, () => {
    let page;
    let problems;
    let loaded = false;

    before(async () => {
      page = await browser.newPage();
      problems = recordProblems(page);
      await page.evaluateOnNewDocument(watchStorybook);
    });
    after(() => page?.close());

    for (const [i, { locale, theme }] of variants.entries()) {
      test(`${story.title} › ${story.name} [${locale}, ${theme}]`, async () => {
        problems.length = 0;
        let events;
        if (i === 0) {
          // The addon's own automatic axe run is switched off here (a11y.manual): this test runs axe itself,
          // with the WCAG tags above, whatever a story's parameters say.
          const globals = `locale:${locale};theme:${theme};a11y.manual:!true`;
          await page.goto(`${baseUrl}iframe.html?id=${story.id}&viewMode=story&globals=${globals}`, {
            waitUntil: 'load',
          });
          events = await nextFinish(page, 0);
          await page.addScriptTag({ path: axeSource });
          loaded = true;
        } else {
          assert.ok(loaded, 'the story did not load in the first language');
          const seen = await page.evaluate(() => window.__storybook.length);
          await page.evaluate((globals) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals }), {
            locale,
            theme,
          });
          events = await nextFinish(page, seen);
        }
        assert.deepEqual(describeFailures(events), [], 'the story or its play function failed');
        const finished = events.find((event) => event.name === 'storyFinished').payload;
        assert.equal(finished.status, 'success', `story finished with ${JSON.stringify(finished)}`);
        await settled(page, locale);
        assert.equal(await page.evaluate(() => document.documentElement.lang), locale);
        assert.equal(
          await page.evaluate(() => document.querySelector('#storybook-root .theme').className),
          `theme theme--${theme}`,
        );
        assert.deepEqual(await axeViolations(page), [], 'axe violations');
        assert.deepEqual(problems, [], 'errors');
      });
    }
  });
}

for (const entry of docs) {
  test(`${entry.title} › ${entry.name}`, async () => {
    const page = await browser.newPage();
    const problems = recordProblems(page);
    await page.evaluateOnNewDocument(watchStorybook);
    try {
      await page.goto(`${baseUrl}iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__storybook.some((e) => e.name === 'docsRendered'), {
        timeout: 15000,
      });
      const text = await page.evaluate(() => document.querySelector('#storybook-docs').innerText);
      if (entry.title.startsWith('Components/')) {
        // The tables come from custom-elements.json: the JSDoc's custom properties and parts are there.
        assert.match(text, /--helse-[a-z-]+/, 'no CSS custom properties from custom-elements.json');
      }
      assert.deepEqual(problems, [], 'errors');
    } finally {
      await page.close();
    }
  });
}
