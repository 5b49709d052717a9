// The whole family on the demo site, served with the strict policy (Trusted Types, no unsafe-inline):
//   default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html
// Every element must render and work, and the browser must report no policy violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { recordProblems } from '../helpers/page-problems.mjs';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { startDemoSite } from './demo-site.mjs';

let site;
let browser;

before(async () => {
  site = await startDemoSite();
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  site?.stop();
});

/** Opens a demo page, recording CSP violations (from before any page script runs), errors and console errors. */
async function open(path) {
  const page = await browser.newPage();
  const problems = recordProblems(page);
  // Injected by the DevTools protocol, so the policy does not apply to this listener itself.
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective} blocked ${event.blockedURI || event.sample}`),
    );
  });
  const response = await page.goto(new URL(path, site.url), { waitUntil: 'load' });
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
  const violations = () => page.evaluate(() => window.__violations);
  return { page, problems, violations };
}

/** Waits until every helse element on the page has rendered its content (part="base"). */
async function rendered(page) {
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('helse-'));
      return elements.length > 0 && elements.every((el) => el.shadowRoot?.querySelector('[part~="base"]'));
    },
    { timeout: 10000 },
  );
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('helse-')).map((el) => el.localName),
  );
}

const deepText = (page, tag, part) =>
  page.evaluate(
    (tag, part) =>
      document
        .querySelector(tag)
        ?.shadowRoot?.querySelector(`[part~="${part}"]`)
        ?.textContent.replace(/\s+/g, ' ')
        .trim(),
    tag,
    part,
  );

test('every page of the demo renders every element with no policy violation', async () => {
  const seen = new Set();
  for (const path of ['/', '/strategi-2030.html', '/foretaksmote.html', '/moter.html']) {
    const { page, problems, violations } = await open(path);
    for (const tag of await rendered(page)) seen.add(tag);
    // Lit's styles arrive as constructed style sheets, not as inline style strings.
    const inlineStyles = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.shadowRoot)
          .flatMap((el) => [...el.shadowRoot.querySelectorAll('style, [style]')]).length,
    );
    assert.equal(inlineStyles, 0, `${path}: inline styles in a shadow root`);
    assert.deepEqual(await violations(), [], `${path}: CSP violations`);
    assert.deepEqual(problems, [], `${path}: errors`);
    await page.close();
  }
  assert.deepEqual([...seen].sort(), [
    'helse-feedback',
    'helse-goal-list',
    'helse-meeting-list',
    'helse-meeting-summary',
    'helse-strategy',
  ]);
});

test('under the policy, the language switch loads nynorsk and the feedback reaches the receiver', async () => {
  const { page, problems, violations } = await open('/foretaksmote.html');
  await rendered(page);
  await page.click('.language [data-lang="nn"]');
  await page.waitForFunction(
    () =>
      document.querySelector('helse-feedback').shadowRoot.querySelector('[part~="question"]')?.textContent.trim() ===
      'Fann du det du leita etter?',
    { timeout: 10000 },
  );
  const no = await page.evaluateHandle(() =>
    document.querySelector('helse-feedback').shadowRoot.querySelector('[part~="button-no"]'),
  );
  await no.click();
  await page.keyboard.type('Eg fann ikkje protokollen frå møtet.');
  const send = await page.evaluateHandle(() =>
    document.querySelector('helse-feedback').shadowRoot.querySelector('[part~="button-send"]'),
  );
  await send.click();
  await page.waitForFunction(
    () =>
      /^Takk/.test(
        document.querySelector('helse-feedback').shadowRoot.querySelector('[part~="message"]')?.textContent.trim(),
      ),
    { timeout: 10000 },
  );
  assert.match(await deepText(page, 'helse-feedback', 'message'), /^Takk for tilbakemeldinga/);
  const stored = readFileSync(site.feedbackFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.equal(stored.length, 1);
  assert.equal(stored[0].comment, 'Eg fann ikkje protokollen frå møtet.');
  assert.equal(stored[0].locale, 'nn');
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await page.close();
});
