// Every story of the static Storybook (storybook-static/, built by `npm run build-storybook`), alone in
// Chromium: it must render with no console error, no page error, no failed play function, and no axe
// violation of WCAG 2.1 A/AA. One test per story, named after it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { recordProblems } from '../helpers/page-problems.mjs';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { createStatic } from '../../server/static.mjs';

const root = new URL('../../', import.meta.url).pathname;
const index = JSON.parse(readFileSync(new URL('storybook-static/index.json', `file://${root}`), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

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

test('the static Storybook has stories for every component', () => {
  const components = new Set(stories.map((story) => story.title));
  for (const title of ['Feedback', 'Strategy', 'Goal list', 'Meeting summary', 'Meeting list']) {
    assert.ok(components.has(`Components/${title}`), `no stories for ${title}`);
  }
});

// Every story in each language, each with one of the themes (the toolbars' globals, set through the URL).
const variants = [
  { locale: 'nb', theme: 'default' },
  { locale: 'nn', theme: 'dark' },
  { locale: 'en', theme: 'trust' },
];

for (const story of stories) {
  for (const { locale, theme } of variants) {
    storyTest(story, locale, theme);
  }
}

function storyTest(story, locale, theme) {
  test(`${story.title} › ${story.name} [${locale}, ${theme}]`, async () => {
    const page = await browser.newPage();
    const problems = recordProblems(page);
    // Storybook's own channel says when the story, with its play function, has finished.
    await page.evaluateOnNewDocument(() => {
      window.__storyState = 'pending';
      const timer = setInterval(() => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        if (!channel) return;
        clearInterval(timer);
        channel.on('storyRendered', () => (window.__storyState = 'rendered'));
        for (const failure of ['storyErrored', 'storyThrewException', 'playFunctionThrewException']) {
          channel.on(failure, (error) => (window.__storyState = `${failure}: ${error?.message ?? error?.title ?? ''}`));
        }
      }, 5);
    });
    try {
      await page.goto(`${baseUrl}iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale};theme:${theme}`, {
        waitUntil: 'load',
      });
      await page.waitForFunction(() => window.__storyState !== 'pending', { timeout: 15000 });
      assert.equal(await page.evaluate(() => window.__storyState), 'rendered');
      // Every element has drawn something (content, loading placeholder, error or fallback).
      await page.waitForFunction(
        () => {
          const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) =>
            el.localName.startsWith('helse-'),
          );
          return elements.length > 0 && elements.every((el) => el.shadowRoot?.childElementCount);
        },
        { timeout: 10000 },
      );
      await page.addScriptTag({ path: axeSource });
      const violations = await page.evaluate(async (tags) => {
        // Storybook's a11y addon runs axe on its own after each render, and axe runs one check at a
        // time per page: wait for the addon's run to end rather than collide with it.
        const run = async (tries) => {
          try {
            return await window.axe.run(document.querySelector('#storybook-root'), {
              runOnly: { type: 'tag', values: tags },
            });
          } catch (error) {
            if (!tries || !/already running/i.test(error.message)) throw error;
            await new Promise((resolve) => setTimeout(resolve, 200));
            return run(tries - 1);
          }
        };
        const result = await run(50);
        return result.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      }, WCAG);
      assert.deepEqual(violations, [], 'axe violations');
      assert.deepEqual(problems, [], 'errors');
      // The toolbar's language reached the page, and the elements speak it.
      assert.equal(await page.evaluate(() => document.documentElement.lang), locale);
    } finally {
      await page.close();
    }
  });
}
