// `helse-widgets render`: server-rendered elements with a generated fallback. A pre-rendered page
// shows its content with JavaScript disabled, and with JavaScript the element takes over the DOM
// that is there — no request for JSON, no console error, no layout shift, no node rendered twice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { recordProblems } from '../helpers/page-problems.mjs';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (...args) =>
  spawnSync(process.execPath, ['bin/helse-widgets.mjs', ...args], { cwd: root, encoding: 'utf8' });

function rendered(...args) {
  const { status, stdout, stderr } = cli('render', ...args);
  assert.equal(status, 0, stderr);
  return stdout;
}

const page = (body, script, lang = 'nb') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Pre-rendered</title>
${script ? `<script type="module" src="/dist/${script}"></script>` : ''}
</head><body><main>${body}</main><p id="below">Under elementet</p></body></html>`;

let server;
let origin;
let browser;
const pages = new Map();

before(async () => {
  server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pages.has(pathname)) {
      const { html, policy } =
        typeof pages.get(pathname) === 'string' ? { html: pages.get(pathname) } : pages.get(pathname);
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        ...(policy ? { 'Content-Security-Policy': policy } : {}),
      });
      return res.end(html);
    }
    const file = `${root}${pathname.slice(1)}`;
    if (pathname.startsWith('/dist/') && existsSync(file)) {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(readFileSync(file));
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page, noting requests, problems, warnings, layout shifts and the shadow DOM as parsed, before any script. */
async function open(path, { javaScript = true } = {}) {
  const tab = await browser.newPage();
  await tab.setJavaScriptEnabled(javaScript);
  const requests = [];
  tab.on('request', (request) => requests.push(request.url()));
  const problems = recordProblems(tab);
  const warnings = [];
  tab.on('console', (message) => ['warn', 'warning'].includes(message.type()) && warnings.push(message.text()));
  await tab.evaluateOnNewDocument(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // «interactive» comes after parsing and before module scripts run: the server rendering as it arrived.
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const host = document.querySelector('main > *');
      window.__parsed = {
        heading: host.shadowRoot?.querySelector('h1, h2'),
        below: document.querySelector('#below').getBoundingClientRect().top,
      };
    });
  });
  await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { tab, requests, problems, warnings };
}

test('render prints the element, its declarative shadow root, the inline JSON and a generated fallback', () => {
  const html = rendered('--element', 'strategy', '--heading-level', '1', 'tests/fixtures/strategi-2020.json');
  assert.match(html, /^<helse-strategy lang="nb" heading-level="1"><template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /<script type="application\/json">\n\{\n {2}"\$schema"/);
  const fallback = html.slice(html.lastIndexOf('</script>'));
  assert.match(fallback, /<h1>Strategi 2020<\/h1>/);
  assert.match(fallback, /<h3>Fem strategiske mål<\/h3>\s*<ol start="1">\s*<li>\s*Styrket innsats/);
  assert.match(fallback, /<a href="\/om-oss\/strategi-2020\/horingssvar">Høringssvar<\/a>/);
  assert.doesNotMatch(fallback, /<!--|part=|class=|<style/);
  assert.ok(html.trimEnd().endsWith('</helse-strategy>'));
  for (const [element, file] of [
    ['goal-list', 'strategi-2030'],
    ['meeting-summary', 'foretaksmote-2022'],
    ['meeting-list', 'meetings'],
  ]) {
    const other = rendered('--element', element, `tests/fixtures/${file}.json`);
    assert.match(other, new RegExp(`^<helse-${element} lang="nb"><template shadowroot`));
    assert.match(other.slice(other.lastIndexOf('</script>')), /<h2>/);
  }
});

test('render keeps the JSON inside its script, whatever the text says', () => {
  const html = rendered('--element', 'meeting-summary', 'tests/cli/fixtures/script-in-text.json');
  const script = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)[1];
  assert.equal(JSON.parse(script).title, 'Om </script><script>alert(1)</script> i tekst');
});

test('render refuses invalid content with the validate messages', () => {
  const { status, stderr, stdout } = cli(
    'render',
    '--element',
    'strategy',
    'tests/fixtures/invalid/strategy-goal-title.json',
  );
  assert.equal(status, 1);
  assert.equal(stdout, '');
  assert.match(
    stderr,
    /Innholdet kan ikke vises fordi det inneholder en feil\.\n {2}goals\[3\]\.title: forventet tekst/,
  );
});

test('with JavaScript disabled, the pre-rendered content shows, styled, and the fallback stays hidden', async () => {
  pages.set(
    '/nojs.html',
    page(rendered('--element', 'strategy', '--heading-level', '1', 'tests/fixtures/strategi-2020.json')),
  );
  const { tab, requests } = await open('/nojs.html', { javaScript: false });
  const state = await tab.evaluate(() => {
    const host = document.querySelector('helse-strategy');
    const heading = host.shadowRoot?.querySelector('h1');
    return {
      defined: !!customElements.get('helse-strategy'),
      heading: heading?.textContent.trim(),
      headingHeight: heading?.getBoundingClientRect().height,
      items: host.shadowRoot?.querySelectorAll('li').length,
      fallbackShown: [...host.children].some((child) => child.getClientRects().length > 0),
    };
  });
  assert.deepEqual(
    { ...state, headingHeight: state.headingHeight > 10 },
    { defined: false, heading: 'Strategi 2020', headingHeight: true, items: state.items, fallbackShown: false },
  );
  assert.ok(state.items > 10);
  assert.equal(requests.filter((url) => url.endsWith('.js')).length, 0);
  await tab.close();
});

test('--csp gives the style-src hashes with which a strict policy shows the rendering styled, before any script', async () => {
  const {
    status,
    stdout: html,
    stderr,
  } = cli('render', '--csp', '--element', 'goal-list', 'tests/fixtures/strategi-2030.json');
  assert.equal(status, 0, stderr);
  const [, hashes] =
    /^For en Content-Security-Policy uten 'unsafe-inline' i style-src, legg til der: ('sha256-[\w+/=]+')\n$/.exec(
      stderr,
    ) ?? [undefined, undefined];
  assert.ok(hashes, stderr);
  const strict = "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'";
  pages.set('/csp-without.html', { html: page(html), policy: strict });
  pages.set('/csp-with.html', { html: page(html), policy: `${strict} ${hashes}` });
  const styled = async (path) => {
    const { tab, problems } = await open(path, { javaScript: false });
    // The element's own rule `:host { display: flow-root }`; unstyled, a custom element is inline.
    const display = await tab.evaluate(() => getComputedStyle(document.querySelector('helse-goal-list')).display);
    await tab.close();
    return { display, blocked: problems.some((problem) => /inline style violates/i.test(problem)) };
  };
  assert.deepEqual(await styled('/csp-without.html'), { display: 'inline', blocked: true });
  assert.deepEqual(await styled('/csp-with.html'), { display: 'flow-root', blocked: false });
});

for (const [bundle, lang, hydrates] of [
  ['helse-widgets-hydrate.min.js', 'nb', true],
  ['helse-widgets-hydrate.min.js', 'nn', true],
  ['helse-widgets.min.js', 'nb', false],
]) {
  test(`with ${bundle} on a page in ${lang}, the element ${hydrates ? 'hydrates' : 'takes over'} the server rendering without a JSON request, an error or a layout shift`, async () => {
    const path = `/${bundle}-${lang}.html`;
    const body = rendered(
      '--element',
      'strategy',
      '--lang',
      lang,
      '--heading-level',
      '1',
      'tests/fixtures/strategi-2020.json',
    );
    pages.set(path, page(body, bundle, lang));
    const { tab, requests, problems } = await open(path);
    await tab
      .waitForFunction(
        () => customElements.get('helse-strategy') && document.querySelector('helse-strategy').hasUpdated,
        { timeout: 10000 },
      )
      .catch((error) => assert.fail(`${error.message}: ${problems.join('; ')} ${requests.join(' ')}`));
    await tab.evaluate(() => document.querySelector('helse-strategy').updateComplete);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const state = await tab.evaluate(() => {
      const root = document.querySelector('helse-strategy').shadowRoot;
      return {
        sameHeading: root.querySelector('h1') === window.__parsed.heading,
        headings: root.querySelectorAll('h1').length,
        heading: root.querySelector('h1').textContent.trim(),
        belowMoved: document.querySelector('#below').getBoundingClientRect().top - window.__parsed.below,
        shift: window.__shift,
      };
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(
      requests.filter((url) => /\.json|content/.test(url)),
      [],
      'no request for the content',
    );
    assert.equal(state.headings, 1, 'the content is there once');
    assert.equal(state.heading, 'Strategi 2020');
    assert.equal(state.belowMoved, 0, 'nothing below the element moved');
    assert.equal(state.shift, 0, 'no layout shift');
    // Hydration keeps the very nodes the server sent; without it they are replaced in the same task.
    assert.equal(state.sameHeading, hydrates);
    await tab.close();
  });
}

test('a server rendering by another version of helse-widgets: the hydrating bundle renders the element anew, warns, and throws nothing into the page', async () => {
  // Another version's templates have other digests in Lit's markers; here this version's, changed, stand in for them.
  const body = rendered('--element', 'strategy', '--heading-level', '1', 'tests/fixtures/strategi-2020.json').replace(
    /<!--lit-part [^ ]+-->/g,
    '<!--lit-part AAAAAAAAAAA=-->',
  );
  pages.set('/other-version.html', page(body, 'helse-widgets-hydrate.min.js'));
  const { tab, problems, warnings } = await open('/other-version.html');
  await tab
    .waitForFunction(() => document.querySelector('helse-strategy')?.hasUpdated, { timeout: 10000 })
    .catch((error) => assert.fail(`${error.message}: ${problems.join('; ')}`));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const state = await tab.evaluate(() => {
    const root = document.querySelector('helse-strategy').shadowRoot;
    return {
      headings: [...root.querySelectorAll('h1')].map((h) => h.textContent.trim()),
      display: getComputedStyle(document.querySelector('helse-strategy')).display,
      shift: window.__shift,
    };
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(state.headings, ['Strategi 2020'], 'the content once');
  assert.equal(state.display, 'flow-root', 'still styled');
  assert.equal(state.shift, 0, 'no layout shift');
  assert.ok(
    warnings.some((text) => text.includes('another version')),
    `a warning for the one who looks: ${warnings.join(' | ')}`,
  );
  await tab.close();
});
