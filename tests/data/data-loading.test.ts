import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/content/strategy/define.js';
import type { HelseStrategy } from '../../src/content/strategy/strategy.js';
import type { DataErrorDetail } from '../../src/content/errors.js';
import { isSafeHref } from '../../src/content/links.js';
import { captureWarnings, part, text } from '../helpers/dom.js';
import { failed, ready } from '../helpers/content.js';

/** Mounts a strategy that is expected to fail, and returns what a visitor and a developer would see. */
async function mountFailing(template: ReturnType<typeof html>) {
  const warnings = captureWarnings();
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const errors: DataErrorDetail[] = [];
  const collect = (event: Event) => errors.push((event as CustomEvent<DataErrorDetail>).detail);
  document.addEventListener('helse-data-error', collect);
  try {
    const wrapper = await fixture<HTMLElement>(html`<div lang="nb">${template}</div>`);
    const el = wrapper.querySelector<HelseStrategy>('helse-strategy')!;
    await failed(el);
    await waitUntil(() => errors.length > 0, 'no helse-data-error event');
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { el, errors, warnings: warnings.messages.filter((m) => m.includes('<helse-strategy>')), uncaught };
  } finally {
    warnings.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.removeEventListener('helse-data-error', collect);
  }
}

const BROKEN_CONTENT = 'Innholdet kan ikke vises fordi det inneholder en feil.';
const NOT_LOADED = 'Innholdet kunne ikke lastes. Sjekk nettforbindelsen og prøv igjen.';

describe('loading content data', () => {
  describe('bad input', () => {
    const cases: {
      name: string;
      template: () => ReturnType<typeof html>;
      reason: DataErrorDetail['reason'];
      message: string;
      check?: (detail: DataErrorDetail) => void;
    }[] = [
      {
        name: 'malformed JSON inline',
        template: () =>
          html`<helse-strategy
            ><script type="application/json">
              {"title": "Strategi",
            </script></helse-strategy
          >`,
        reason: 'malformed',
        message: BROKEN_CONTENT,
      },
      {
        name: 'malformed JSON from src',
        template: () => html`<helse-strategy src="/tests/fixtures/broken/malformed.json"></helse-strategy>`,
        reason: 'malformed',
        message: BROKEN_CONTENT,
      },
      {
        name: 'a wrong type deep inside',
        template: () =>
          html`<helse-strategy .data=${{ title: 'Strategi', goals: ['a', 'b', 'c', { title: 42 }] }}></helse-strategy>`,
        reason: 'invalid',
        message: BROKEN_CONTENT,
        check: (detail) => {
          expect(detail.path).to.equal('goals[3].title');
          expect(detail.message).to.equal('goals[3].title: expected text');
        },
      },
      {
        name: 'a missing required field',
        template: () => html`<helse-strategy .data=${{ goals: ['Mål'] }}></helse-strategy>`,
        reason: 'invalid',
        message: BROKEN_CONTENT,
        check: (detail) => expect(detail.message).to.equal('title: required'),
      },
      {
        name: 'an impossible date',
        template: () =>
          html`<helse-strategy .data=${{ title: 'T', adopted: { date: '2022-02-30' } }}></helse-strategy>`,
        reason: 'invalid',
        message: BROKEN_CONTENT,
        check: (detail) => expect(detail.path).to.equal('adopted.date'),
      },
      {
        name: 'not an object at all',
        template: () => html`<helse-strategy .data=${'Strategi 2020'}></helse-strategy>`,
        reason: 'invalid',
        message: BROKEN_CONTENT,
      },
      {
        name: 'a 404',
        template: () => html`<helse-strategy src="/tests/fixtures/does-not-exist.json"></helse-strategy>`,
        reason: 'http',
        message: NOT_LOADED,
        check: (detail) => {
          expect(detail.status).to.equal(404);
          expect(detail.src).to.equal('/tests/fixtures/does-not-exist.json');
        },
      },
      {
        name: 'a slow server past the timeout',
        template: () =>
          html`<helse-strategy
            timeout="300"
            src=${'/test-data/slow?ms=3000&file=tests/fixtures/strategi-2020.json'}
          ></helse-strategy>`,
        reason: 'timeout',
        message: NOT_LOADED,
      },
      {
        name: 'an HTML page instead of JSON',
        template: () => html`<helse-strategy src="/test-data/html"></helse-strategy>`,
        reason: 'not-json',
        message: BROKEN_CONTENT,
      },
      {
        name: 'a document over the size limit',
        template: () =>
          html`<helse-strategy max-bytes="1000" src="/tests/fixtures/strategi-2020.json"></helse-strategy>`,
        reason: 'too-large',
        message: BROKEN_CONTENT,
      },
      {
        name: 'no network',
        template: () => html`<helse-strategy src="http://127.0.0.1:9/strategi.json"></helse-strategy>`,
        reason: 'network',
        message: NOT_LOADED,
      },
    ];

    for (const c of cases) {
      it(`${c.name}: a localised error in place, one event, one warning, nothing thrown`, async () => {
        const { el, errors, warnings, uncaught } = await mountFailing(c.template());
        expect(text(part(el, 'error'))).to.match(new RegExp(`^${c.message.replace(/[.?]/g, '\\$&')}`));
        expect(part(el, 'error')!.getAttribute('role')).to.equal('status');
        expect(errors).to.have.length(1);
        expect(errors[0].reason).to.equal(c.reason);
        expect(errors[0].message).to.be.a('string').and.not.empty;
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include(errors[0].message);
        expect(uncaught).to.deep.equal([]);
        expect(el.hasAttribute('aria-busy')).to.be.false;
        c.check?.(errors[0]);
        await expect(el).shadowDom.to.be.accessible();
      });
    }

    it('offers «Prøv igjen» after a load failure, and recovers', async () => {
      const { el } = await mountFailing(
        html`<helse-strategy
          src="/test-data/flaky/${Date.now()}?file=tests/fixtures/strategi-2020.json"
        ></helse-strategy>`,
      );
      expect(text(part(el, 'error'))).to.include(NOT_LOADED);
      const retry = part<HTMLButtonElement>(el, 'retry')!;
      expect(text(retry)).to.equal('Prøv igjen');
      retry.click();
      await ready(el);
      expect(text(part(el, 'title'))).to.equal('Strategi 2020');
    });

    it('offers no retry when the content itself is broken', async () => {
      const { el } = await mountFailing(html`<helse-strategy .data=${{ title: 3 }}></helse-strategy>`);
      expect(part(el, 'retry')).to.be.null;
    });

    it('says it in nynorsk and English too', async () => {
      for (const [lang, expected] of [
        ['nn', 'Innhaldet kan ikkje visast fordi det inneheld ein feil.'],
        ['en', 'The content cannot be shown because it contains an error.'],
      ]) {
        const warnings = captureWarnings();
        try {
          const wrapper = await fixture(html`<div lang=${lang}><helse-strategy .data=${{}}></helse-strategy></div>`);
          const el = wrapper.querySelector('helse-strategy')!;
          // The first switch to nn fetches the runtime and the texts: give a loaded machine time.
          await waitUntil(() => text(part(el, 'error')) === expected, `no ${lang} error message`, { timeout: 5000 });
        } finally {
          warnings.restore();
        }
      }
    });
  });

  describe('a source changed while loading', () => {
    it('shows the newer document, not an older answer that comes later', async () => {
      const realFetch = window.fetch;
      let answerOld!: (response: Response) => void;
      window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
        String(input).includes('old.json')
          ? new Promise<Response>((resolve) => (answerOld = resolve))
          : realFetch(input, init)) as typeof fetch;
      try {
        const el = await fixture<HelseStrategy>(html`<helse-strategy src="/old.json"></helse-strategy>`);
        el.src = '/tests/fixtures/strategi-2030.json';
        await ready(el);
        answerOld(
          new Response(JSON.stringify({ title: 'Gammel strategi' }), {
            headers: { 'Content-Type': 'application/json' },
          }),
        );
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(text(part(el, 'title'))).to.equal('Strategi 2030');
      } finally {
        window.fetch = realFetch;
      }
    });
  });

  describe('the light-DOM fallback', () => {
    it('is shown while loading, hidden once the data renders', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div lang="nb">
          <helse-strategy src=${'/test-data/slow?ms=400&file=tests/fixtures/strategi-2020.json'}>
            <p id="fallback">Se strategien på <a href="/strategi.pdf">strategi.pdf</a></p>
          </helse-strategy>
        </div>
      `);
      const el = wrapper.querySelector<HelseStrategy>('helse-strategy')!;
      const fallback = wrapper.querySelector('#fallback')!;
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(part(el, 'loading')).to.be.null;
      await ready(el);
      expect(el.hasAttribute('aria-busy')).to.be.false;
      expect(fallback.getBoundingClientRect().height).to.equal(0);
    });

    it('is shown again, instead of the error message, when the data fails', async () => {
      const { el } = await mountFailing(html`
        <helse-strategy src="/tests/fixtures/does-not-exist.json"><p id="fallback">Strategien vår</p></helse-strategy>
      `);
      expect(part(el, 'error')).to.be.null;
      const fallback = el.querySelector('#fallback')!;
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('keeps the reserved placeholder height while loading, and marks itself busy', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div lang="nb" style="--helse-placeholder-height: 240px">
          <helse-strategy src=${'/test-data/slow?ms=400&file=tests/fixtures/strategi-2020.json'}></helse-strategy>
        </div>
      `);
      const el = wrapper.querySelector<HelseStrategy>('helse-strategy')!;
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(el.getBoundingClientRect().height).to.equal(240);
      expect(text(part(el, 'loading'))).to.equal('Laster innhold …');
      await expect(el).shadowDom.to.be.accessible();
      await ready(el);
    });
  });

  describe('hostile content', () => {
    const payloads = [
      '<img src=x onerror="window.__pwned = true">',
      '<script>window.__pwned = true</script>',
      '"><svg onload="window.__pwned = true">',
      '${window.__pwned = true}',
    ];

    it('renders script and event-handler payloads in every text field as plain text', async () => {
      (window as unknown as { __pwned: boolean }).__pwned = false;
      const p = payloads[0];
      const data = {
        title: p,
        organization: payloads[1],
        vision: payloads[2],
        ambition: payloads[3],
        intro: payloads,
        adopted: { by: p, date: '2010' },
        status: p,
        successor: { label: p, href: '/ok' },
        challenges: payloads,
        goals: [{ title: p, description: payloads[1] }, { nb: payloads[2] }],
        values: [{ title: p }],
        operationalisation: { intro: p, focus: payloads, measuresIntro: p, measures: [p] },
        boardCases: { intro: p, link: { label: p, href: '/ok' } },
        documents: { intro: p, items: [{ label: p, href: '/ok', type: '<b>pdf</b>' }] },
        brochure: { label: p, href: '/ok' },
        headings: { goals: p, about: payloads[1] },
      };
      const wrapper = await fixture(html`<div lang="nb"><helse-strategy .data=${data}></helse-strategy></div>`);
      const el = wrapper.querySelector('helse-strategy')!;
      await ready(el);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('img, script, svg, b')).to.have.length(0);
      expect(text(part(el, 'title'))).to.equal(p);
      expect(text(root.querySelector('[part~="statement"]'))).to.include(payloads[3]);
      const shown = text(part(el, 'base'));
      for (const payload of payloads) expect(shown).to.include(payload);
      expect((window as unknown as { __pwned: boolean }).__pwned).to.be.false;
    });

    it('shows links with a disallowed scheme as plain text', async () => {
      const hrefs = [
        'javascript:window.__pwned=true',
        ' javascript:window.__pwned=true',
        'JaVaScRiPt:window.__pwned=true',
        'java\tscript:window.__pwned=true',
        'data:text/html,<script>window.__pwned=true</script>',
        'vbscript:msgbox(1)',
      ];
      const data = {
        title: 'Lenker',
        documents: { items: hrefs.map((href, i) => ({ label: `Lenke ${i + 1}`, href })) },
        successor: { label: 'Neste', href: 'javascript:alert(1)' },
      };
      const wrapper = await fixture(html`<div lang="nb"><helse-strategy .data=${data}></helse-strategy></div>`);
      const el = wrapper.querySelector('helse-strategy')!;
      await ready(el);
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
      const shown = Array.from(el.shadowRoot!.querySelectorAll('[part~="unsafe-link"]'), text);
      expect(shown).to.deep.equal(['Neste', ...hrefs.map((_, i) => `Lenke ${i + 1}`)]);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('allows http, https, mailto and relative links only', () => {
      for (const href of [
        'https://helse-midt.no/',
        'http://example.no',
        'mailto:post@helse-midt.no',
        '/om-oss',
        'dokument.pdf',
        '#mal',
        '//cdn.example.no/x.pdf',
      ]) {
        expect(isSafeHref(href), href).to.be.true;
      }
      for (const href of [
        'javascript:alert(1)',
        'data:,x',
        'file:///etc/passwd',
        'ftp://example.no',
        'blob:https://x/y',
        '',
        '   ',
      ]) {
        expect(isSafeHref(href), href).to.be.false;
      }
    });
  });
});
