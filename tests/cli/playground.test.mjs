// The editors' playground on the demo site, under its strict policy (Trusted Types included): JSON in,
// the element and its problems out, live; usable with the keyboard; axe finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { recordProblems } from '../helpers/page-problems.mjs';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { startDemoSite } from '../embedding/demo-site.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site;
let browser;
let page;
let problems;

before(async () => {
  site = await startDemoSite();
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  problems = recordProblems(page);
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective} blocked ${event.blockedURI || event.sample}`),
    );
  });
  const response = await page.goto(new URL('/playground.html', site.url), { waitUntil: 'load' });
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
});

after(async () => {
  await browser?.close();
  site?.stop();
});

/** Waits until the problems list says exactly this (typing passes through broken JSON on the way). */
const problemsAre = (expected) =>
  page.waitForFunction(
    (expected) =>
      JSON.stringify([...document.querySelectorAll('#playground-problems li')].map((li) => li.textContent.trim())) ===
      expected,
    {},
    JSON.stringify(expected),
  );
const problemTexts = () =>
  page.$$eval('#playground-problems li', (items) => items.map((item) => item.textContent.trim()));
const previewTitle = () =>
  page.evaluate(() =>
    document.querySelector('#playground-preview > *')?.shadowRoot?.querySelector('h1, h2')?.textContent.trim(),
  );

/** Replaces the JSON as an editor would: focus by Tab order, select all, type. */
async function typeJson(text) {
  await page.focus('#playground-json');
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

test('the demo navigation links to the playground, which shows an example rendered with no problems', async () => {
  assert.ok(await page.$('.site-nav a[href="/playground.html"]'));
  await page.waitForFunction(() => document.querySelector('#playground-status').textContent.trim() === 'Ingen feil.');
  await page.waitForFunction(() => document.querySelector('#playground-preview > *')?.shadowRoot?.querySelector('h2'));
  assert.equal(await previewTitle(), 'Strategi 2020');
  await page.waitForFunction(() => document.querySelector('#playground-snippet').value.includes('<helse-strategy'));
  const snippet = await page.$eval('#playground-snippet', (el) => el.value);
  assert.match(snippet, /<script type="application\/json">/);
  assert.match(snippet, /<h2>Strategi 2020<\/h2>/);
});

test('problems appear live with their path and message, and the rendering follows the JSON', async () => {
  await typeJson('{"title": "Strategi 2040", "goals": [{"title": 4}]}');
  await problemsAre(['goals[0].title: forventet tekst']);
  assert.equal(await page.$eval('#playground-status', (el) => el.textContent.trim()), '1 feil.');
  await typeJson('{"title": "Strategi 2040", ');
  await page.waitForFunction(() => /linje 1, kolonne/.test(document.querySelector('#playground-problems').textContent));
  assert.match((await problemTexts())[0], /^linje 1, kolonne 28: ikke gyldig JSON/);
  await typeJson('{"title": "Strategi 2040", "goals": ["Trygg behandling"]}');
  await problemsAre([]);
  await page.waitForFunction(
    () =>
      document.querySelector('#playground-preview > *')?.shadowRoot?.querySelector('h2')?.textContent.trim() ===
      'Strategi 2040',
  );
});

test('element and language are chosen with the keyboard; the problems follow the language', async () => {
  await page.focus('#playground-lang');
  await page.keyboard.press('ArrowDown'); // nynorsk
  await typeJson('{"title": "Strategi 2040", "goals": [{"title": 4}]}');
  await problemsAre(['goals[0].title: venta tekst']);
  await page.focus('#playground-element');
  await page.keyboard.press('ArrowDown'); // goal-list
  await page.waitForFunction(() => document.querySelector('#playground-preview > helse-goal-list'));
});

test('no policy violation, no error, and axe finds no WCAG 2.1 A/AA violation', async () => {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
});
