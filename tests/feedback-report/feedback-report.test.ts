import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/feedback/report/define.js';
import type { HelseFeedbackReport } from '../../src/feedback/report/feedback-report.js';
import { captureWarnings, emulateMediaFeatures, focused, part, text } from '../helpers/dom.js';

interface SeenRequest {
  method: string;
  resource: string;
  query: string;
  authorization: string;
  body?: string;
}

const seenRequests = async (): Promise<SeenRequest[]> => (await fetch('/report-api/requests')).json();

const loaded = (el: HelseFeedbackReport) =>
  el.shadowRoot!.querySelector('.report')?.getAttribute('aria-busy') === 'false' &&
  el.shadowRoot!.querySelector('.comments')?.getAttribute('aria-busy') !== 'true';

async function report(
  scenario = 'ok',
  token = 'secret',
  { canTriage = false, from = '2026-11-01', to = '2026-11-30' } = {},
): Promise<HelseFeedbackReport> {
  const el = await fixture<HelseFeedbackReport>(
    html`<helse-feedback-report
      collector=${`/report-api/${scenario}`}
      .token=${token}
      from=${from}
      to=${to}
      ?can-triage=${canTriage}
    ></helse-feedback-report>`,
  );
  await waitUntil(() => loaded(el), 'never loaded', { timeout: 5000 });
  return el;
}

const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<T>(selector));

/** A table as a person reads it: one array of cell texts per row. */
const rows = (table: Element | null) =>
  Array.from(table!.querySelectorAll('tbody tr'), (row) =>
    Array.from(row.querySelectorAll('th, td'), (cell) => text(cell)),
  );

const button = (el: HTMLElement, label: string, scope = '') =>
  $$<HTMLButtonElement>(el, `${scope} button`).find((candidate) => text(candidate) === label);

const commentTexts = (el: HTMLElement) => $$(el, '.comment-text').map((p) => text(p));

async function filterComments(el: HelseFeedbackReport, { status, q }: { status?: string; q?: string }) {
  if (status) $<HTMLSelectElement>(el, '#status-filter')!.value = status;
  if (q !== undefined) $<HTMLInputElement>(el, '#search')!.value = q;
  button(el, 'Vis kommentarene')!.click();
  await el.updateComplete;
  await waitUntil(() => $(el, '.comments')?.getAttribute('aria-busy') === 'false', 'comments never loaded');
}

describe('<helse-feedback-report>', () => {
  beforeEach(async () => {
    document.documentElement.lang = 'nb';
    await fetch('/report-api/reset', { method: 'POST' });
  });

  describe('ranking', () => {
    it('ranks by the lower bound the collector returns, and shows it beside the share', async () => {
      const el = await report();
      expect(text(part(el, 'status'))).to.equal('5 sider har fått tilbakemeldinger.');
      expect(rows(part(el, 'table'))).to.deep.equal([
        ['Besøkstider https://helse-midt.no/besok', '2', '6', '75 %', '41 %', 'Vis 3'],
        ['Parkering https://helse-midt.no/parkering', '5', '5', '50 %', '24 %', '0'],
        ['https://helse-midt.no/om-oss https://helse-midt.no/om-oss', '9', '1', '10 %', '2 %', 'Vis 1'],
      ]);
      expect(text(part(el, 'table')!.querySelector('caption'))).to.equal(
        'Sider rangert etter andel «Nei», høyest først',
      );
      // The bar only repeats the number: hidden from assistive technology, its width the share.
      const bar = part(el, 'bar')!;
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      expect((bar.firstElementChild as HTMLElement).style.width).to.equal('75%');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('puts pages with fewer than 5 answers apart, 1 «Nei» of 1 included', async () => {
      const el = await report();
      const unranked = part(el, 'unranked')!;
      expect(text(unranked.querySelector('caption'))).to.equal('For få svar til å rangere (under 5)');
      expect(rows(unranked)).to.deep.equal([
        ['Hjertemedisin https://helse-midt.no/behandlinger/hjerte', '0', '1', '100 %', '0'],
        ['Ortopedi https://helse-midt.no/behandlinger/ortopedi', '2', '1', '33 %', '0'],
      ]);
      expect(rows(part(el, 'table')).map(([page]) => page)).not.to.include(
        'Hjertemedisin https://helse-midt.no/behandlinger/hjerte',
      );
    });
  });

  describe('period and section', () => {
    it('reads with the bearer token, for the period shown in the filter', async () => {
      await fetch('/report-api/requests');
      const el = await report();
      const requests = await seenRequests();
      expect(requests.map((r) => r.resource).sort()).to.deep.equal(['comments', 'pages', 'trend']);
      for (const request of requests) {
        expect(request.authorization).to.equal('Bearer secret');
        const query = new URLSearchParams(request.query);
        expect(query.get('from')).to.equal($<HTMLInputElement>(el, '#from')!.value);
        expect(query.get('to')).to.equal($<HTMLInputElement>(el, '#to')!.value);
      }
      expect($<HTMLInputElement>(el, '#from')!.labels![0].textContent!.trim()).to.equal('Fra og med');
    });

    it('filters by period from the keyboard', async () => {
      const el = await report();
      $<HTMLInputElement>(el, '#from')!.value = '2026-01-01';
      $<HTMLInputElement>(el, '#to')!.value = '2026-03-31';
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(async () => {
        const requests = await seenRequests();
        return requests.some((r) => r.query.includes('from=2026-01-01') && r.query.includes('to=2026-03-31'));
      }, 'the filter never asked for the period');
    });

    it('offers «Siste 7 dager», «30 dager» and «90 dager», pressed when the period is theirs', async () => {
      const el = await report('ok', 'secret', { from: '2026-01-01', to: '2026-01-31' });
      const presets = $$<HTMLButtonElement>(el, '.presets button');
      expect(presets.map((b) => text(b))).to.deep.equal(['Siste 7 dager', '30 dager', '90 dager']);
      expect(presets.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false']);
      await seenRequests();
      presets[0].click();
      // The new pages request, once the collector has seen it (the report may still look loaded before it starts).
      let pages: SeenRequest | undefined;
      await waitUntil(
        async () => (pages ??= (await seenRequests()).find((r) => r.resource === 'pages')),
        'no new pages request',
      );
      await waitUntil(() => loaded(el));
      const day = (offset: number) => {
        const date = new Date(Date.now() - offset * 86_400_000);
        return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
      };
      expect([el.from, el.to]).to.deep.equal([day(6), day(0)]);
      expect($<HTMLInputElement>(el, '#from')!.value).to.equal(day(6));
      expect(presets.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false']);
      expect(new URLSearchParams(pages!.query).get('from')).to.equal(day(6));
      presets[2].click();
      await waitUntil(() => el.from === day(89));
    });

    it('filters by a section of the site: pages, trend and comments under a path', async () => {
      const el = await report();
      await seenRequests();
      const prefix = $<HTMLInputElement>(el, '#prefix')!;
      expect(prefix.labels![0].textContent!.trim()).to.equal('Del av nettstedet');
      // A path without its leading slash is still a path.
      prefix.value = 'behandlinger/';
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await waitUntil(() => text(part(el, 'status')) === '2 sider har fått tilbakemeldinger.');
      await waitUntil(() => loaded(el));
      expect(el.pathPrefix).to.equal('/behandlinger/');
      const requests = await seenRequests();
      expect(requests.length).to.equal(3);
      for (const request of requests)
        expect(new URLSearchParams(request.query).get('prefix')).to.equal('/behandlinger/');
      expect(text($(el, '#trend-heading'))).to.equal('Svar per dag: /behandlinger/');
      expect(part(el, 'table')).to.equal(null);
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('trend', () => {
    it('draws «Ja» and «Nei» per day as SVG, with a summary and a table of every day, zeros included', async () => {
      const el = await report('ok', 'secret', { from: '2026-11-01', to: '2026-11-14' });
      const chart = part(el, 'chart')!;
      expect(chart.tagName.toLowerCase()).to.equal('svg');
      expect(chart.getAttribute('aria-hidden')).to.equal('true');
      expect(chart.querySelectorAll('polyline').length).to.equal(2);
      expect(chart.querySelectorAll('circle').length).to.equal(14);
      const table = part(el, 'trend-table')!;
      expect(text(table.querySelector('caption'))).to.equal('Svar per dag');
      const days = rows(table);
      expect(days.length).to.equal(14);
      expect(days[0]).to.deep.equal(['01.11.2026', '3', '1']);
      expect(days[6]).to.deep.equal(['07.11.2026', '0', '0']);
      // The summary is one sentence that a screen reader reads before the chart.
      const yes = days.reduce((sum, [, y]) => sum + Number(y), 0);
      const no = days.reduce((sum, [, , n]) => sum + Number(n), 0);
      expect(text(part(el, 'trend-summary'))).to.match(
        new RegExp(
          `^${yes + no} svar i perioden: ${yes} «Ja» og ${no} «Nei» \\(\\d+ %\\); flest «Nei» .+ \\(\\d+\\)\\.$`,
        ),
      );
      expect(text($(el, '#trend-heading'))).to.equal('Svar per dag: hele nettstedet');
      await expect(el).shadowDom.to.be.accessible();
      $<HTMLElement>(el, '.trend-details summary')!.click();
      await expect(el).shadowDom.to.be.accessible();
    });

    it('counts per week for a long period', async () => {
      const el = await report('ok', 'secret', { from: '2026-08-03', to: '2026-10-31' });
      expect(text($(el, '#trend-heading'))).to.equal('Svar per uke: hele nettstedet');
      const weeks = rows(part(el, 'trend-table'));
      // 3 August 2026 is a Monday: 12 whole weeks, and the 6 days of the 13th.
      expect(weeks.length).to.equal(13);
      expect(weeks[0][0]).to.equal('03.08.2026');
      expect(weeks[1][0]).to.equal('10.08.2026');
      expect(text(part(el, 'trend-table')!.querySelector('caption'))).to.equal('Svar per uke');
      expect(part(el, 'chart')!.querySelectorAll('polyline').length).to.equal(2);
    });

    it('follows the chosen page', async () => {
      const el = await report();
      await seenRequests();
      button(el, 'Vis 3')!.click();
      await waitUntil(() => text($(el, '#trend-heading')) === 'Svar per dag: Besøkstider' && loaded(el));
      const trend = (await seenRequests()).find((r) => r.resource === 'trend')!;
      expect(new URLSearchParams(trend.query).get('page')).to.equal('https://helse-midt.no/besok');
    });

    it('says the period is empty, in words, a flat chart and a table of zeros', async () => {
      const el = await report('empty');
      expect(text(part(el, 'status'))).to.equal('Ingen tilbakemeldinger i denne perioden.');
      expect(text(part(el, 'trend-summary'))).to.equal('Ingen svar i perioden.');
      expect(rows(part(el, 'trend-table')).every(([, yes, no]) => yes === '0' && no === '0')).to.equal(true);
      expect(part(el, 'table')).to.equal(null);
      expect(part(el, 'unranked')).to.equal(null);
      expect(text($(el, '.comments .status'))).to.equal('Ingen kommentarer å vise.');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('keeps the two lines apart without colour in forced colours', async () => {
      try {
        await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
        const el = await report();
        const [yes, no] = part(el, 'chart')!.querySelectorAll('polyline');
        expect(getComputedStyle(yes).strokeDasharray).to.equal('none');
        expect(getComputedStyle(no).strokeDasharray).not.to.equal('none');
        expect(part(el, 'chart')!.querySelectorAll('rect.mark').length).to.be.greaterThan(0);
      } finally {
        await emulateMediaFeatures([{ name: 'forced-colors', value: '' }]);
      }
    });

    it('takes the theme tokens', async () => {
      const wrapper = await fixture(html`<div style="--helse-color-chart-no: rgb(1, 2, 3)"></div>`);
      const el = document.createElement('helse-feedback-report');
      el.collector = '/report-api/ok';
      el.token = 'secret';
      wrapper.append(el);
      await waitUntil(() => part(el, 'chart'));
      expect(getComputedStyle(part(el, 'chart')!.querySelector('polyline.no')!).stroke).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('comments', () => {
    it('lists the comments of every page, newest first, new and handled but not spam', async () => {
      const el = await report();
      expect(text($(el, '#comments-heading'))).to.equal('Kommentarer');
      expect(commentTexts(el)).to.deep.equal([
        'Fant ikke besøkstidene for barneavdelingen.',
        '<script>alert(1)</script> Kva tid kan eg kome?',
      ]);
      // Markup in a comment is text, never HTML.
      expect($$(el, '.comment-list script').length).to.equal(0);
      expect(text($(el, '.comment-list time'))).to.equal('20.11.2026');
      expect($$(el, '[part="comment-status"]').map((badge) => text(badge))).to.deep.equal(['Ny', 'Ny']);
      expect(text($(el, '.comment-page'))).to.equal('Besøkstider');
      button(el, 'Vis flere kommentarer')!.click();
      await waitUntil(() => commentTexts(el).length === 4);
      expect(commentTexts(el).slice(2)).to.deep.equal([
        'Hvem sitter i styret?',
        'Visiting hours for the maternity ward?',
      ]);
      expect(text($$(el, '[part="comment-status"]')[3])).to.equal('Håndtert');
      // A read-only report has no triage controls.
      expect(part(el, 'triage')).to.equal(null);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('shows the comments of a chosen page, moves focus to them, and pages on with «Vis flere»', async () => {
      const el = await report();
      const show = button(el, 'Vis 3')!;
      show.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text($(el, '#comments-heading')) === 'Kommentarer til «Besøkstider»' && loaded(el));
      expect(text(focused(el))).to.equal('Kommentarer til «Besøkstider»');
      expect(show.getAttribute('aria-pressed')).to.equal('true');
      expect(commentTexts(el)).to.deep.equal([
        'Fant ikke besøkstidene for barneavdelingen.',
        '<script>alert(1)</script> Kva tid kan eg kome?',
      ]);
      // The page is named by the heading, not beside every comment.
      expect($(el, '.comment-page')).to.equal(null);
      button(el, 'Vis flere kommentarer')!.click();
      await waitUntil(() => commentTexts(el).length === 3);
      expect(button(el, 'Vis flere kommentarer')).to.equal(undefined);
      await expect(el).shadowDom.to.be.accessible();
      button(el, 'Vis kommentarer til alle sider')!.click();
      await waitUntil(() => text($(el, '#comments-heading')) === 'Kommentarer' && loaded(el));
      expect(text(focused(el))).to.equal('Kommentarer');
    });

    it('shows the comments of a page once, however quickly its button is pressed again', async () => {
      const el = await report();
      const show = button(el, 'Vis 1')!;
      show.click();
      show.click();
      await waitUntil(() => text($(el, '#comments-heading')).includes('om-oss') && loaded(el));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(commentTexts(el)).to.deep.equal(['Hvem sitter i styret?']);
    });

    it('filters by status', async () => {
      const el = await report();
      expect($$<HTMLOptionElement>(el, '#status-filter option').map((o) => text(o))).to.deep.equal([
        'Nye og håndterte',
        'Nye',
        'Håndterte',
        'Spam',
      ]);
      await seenRequests();
      await filterComments(el, { status: 'spam' });
      expect(commentTexts(el)).to.deep.equal(['Billige klokker http://spam.example http://spam.example/2']);
      expect(text($(el, '[part="comment-status"]'))).to.equal('Spam');
      const [request] = await seenRequests();
      expect(new URLSearchParams(request.query).get('status')).to.equal('spam');
      await filterComments(el, { status: 'handled' });
      expect(commentTexts(el)).to.deep.equal(['Visiting hours for the maternity ward?']);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('searches the comments', async () => {
      const el = await report();
      expect($<HTMLInputElement>(el, '#search')!.labels![0].textContent!.trim()).to.equal('Søk i kommentarene');
      await seenRequests();
      await filterComments(el, { q: ' STYRET ' });
      expect(commentTexts(el)).to.deep.equal(['Hvem sitter i styret?']);
      const [request] = await seenRequests();
      expect(new URLSearchParams(request.query).get('q')).to.equal('STYRET');
      await filterComments(el, { q: 'finnes ikke' });
      expect(commentTexts(el)).to.deep.equal([]);
      expect(text($(el, '.comments .status'))).to.equal('Ingen kommentarer å vise.');
    });

    it('lets the period go with the chosen page when the period changes', async () => {
      const el = await report();
      button(el, 'Vis 1')!.click();
      await waitUntil(() => text($(el, '#comments-heading')).includes('om-oss') && loaded(el));
      el.from = '2026-11-15';
      await waitUntil(() => loaded(el) && text($(el, '#comments-heading')) === 'Kommentarer');
      expect(text($(el, '#trend-heading'))).to.equal('Svar per dag: hele nettstedet');
      expect(rows(part(el, 'trend-table')).length).to.equal(16);
    });
  });

  describe('triage', () => {
    const actions = (el: HTMLElement, index: number) =>
      Array.from($$(el, '.comment')[index].querySelectorAll('[part~="triage"] button'), (b) => text(b));

    it('marks a comment handled at once, tells the collector, announces it, and focuses the undo', async () => {
      const el = await report('ok', 'triage', { canTriage: true });
      expect(actions(el, 0)).to.deep.equal(['Merk som håndtert', 'Merk som spam']);
      await expect(el).shadowDom.to.be.accessible();
      await seenRequests();
      const handled = $$<HTMLButtonElement>(el, '.comment')[0].querySelector<HTMLButtonElement>(
        '[data-status="handled"]',
      )!;
      // Each button names the comment it acts on.
      expect(handled.getAttribute('aria-describedby')).to.equal('comment-c3');
      handled.click();
      await el.updateComplete;
      expect(text($$(el, '[part="comment-status"]')[0])).to.equal('Håndtert');
      expect(actions(el, 0)).to.deep.equal(['Merk som spam', 'Sett tilbake til ny']);
      expect(text(focused(el))).to.equal('Sett tilbake til ny');
      await waitUntil(() => text(part(el, 'announcement')) === 'Kommentaren er merket som håndtert.');
      expect(part(el, 'announcement')!.getAttribute('role')).to.equal('status');
      const patch = (await seenRequests()).find((r) => r.method === 'PATCH')!;
      expect(patch.resource).to.equal('comments/c3');
      expect(patch.authorization).to.equal('Bearer triage');
      expect(JSON.parse(patch.body!)).to.deep.equal({ status: 'handled' });
      await expect(el).shadowDom.to.be.accessible();
      // The collector kept it.
      await filterComments(el, { status: 'handled' });
      expect(commentTexts(el)).to.include('Fant ikke besøkstidene for barneavdelingen.');
    });

    it('marks spam and back to new, and the figures follow', async () => {
      const el = await report('ok', 'triage', { canTriage: true });
      await seenRequests();
      $$(el, '.comment')[1].querySelector<HTMLButtonElement>('[data-status="spam"]')!.click();
      await waitUntil(() => text(part(el, 'announcement')) === 'Kommentaren er merket som spam.');
      await waitUntil(async () => (await seenRequests()).some((r) => r.resource === 'pages'), 'figures not reloaded');
      await filterComments(el, { status: 'spam' });
      expect(commentTexts(el)).to.include('<script>alert(1)</script> Kva tid kan eg kome?');
      const index = commentTexts(el).indexOf('<script>alert(1)</script> Kva tid kan eg kome?');
      $$(el, '.comment')[index].querySelector<HTMLButtonElement>('[data-status="new"]')!.click();
      await waitUntil(() => text(part(el, 'announcement')) === 'Kommentaren er satt tilbake til ny.');
    });

    it('rolls the change back with a message when the collector refuses it', async () => {
      const warnings = captureWarnings();
      try {
        const el = await report('refuse', 'triage', { canTriage: true });
        $$(el, '.comment')[0].querySelector<HTMLButtonElement>('[data-status="spam"]')!.click();
        await el.updateComplete;
        expect(text($$(el, '[part="comment-status"]')[0])).to.equal('Spam');
        await waitUntil(() => part(el, 'triage-error'), 'no message');
        expect(text($$(el, '[part="comment-status"]')[0])).to.equal('Ny');
        expect(text(part(el, 'triage-error'))).to.equal('Statusen ble ikke endret. Prøv igjen.');
        expect(text(part(el, 'announcement'))).to.equal('Statusen ble ikke endret. Prøv igjen.');
        expect(text(focused(el))).to.equal('Merk som spam');
        await expect(el).shadowDom.to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('hides the controls when a read-only token is refused (403)', async () => {
      const el = await report('ok', 'secret', { canTriage: true });
      $$(el, '.comment')[0].querySelector<HTMLButtonElement>('[data-status="handled"]')!.click();
      await waitUntil(() => part(el, 'triage-error'), 'no message');
      expect(text(part(el, 'triage-error'))).to.equal('Statusen ble ikke endret: nøkkelen gir bare lesetilgang.');
      expect(text($$(el, '[part="comment-status"]')[0])).to.equal('Ny');
      expect(el.canTriage).to.equal(false);
      expect(part(el, 'triage')).to.equal(null);
      expect(text(focused(el))).to.equal('Kommentarer');
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('failures', () => {
    it('takes a newer period over a request under way without reporting an error', async () => {
      const warnings = captureWarnings();
      const events: string[] = [];
      const listener = (event: DocumentEventMap['helse-feedback-report-error']) => events.push(event.detail.reason);
      document.addEventListener('helse-feedback-report-error', listener);
      try {
        const el = await fixture<HelseFeedbackReport>(
          html`<helse-feedback-report collector="/report-api/slow" .token=${'secret'}></helse-feedback-report>`,
        );
        await el.updateComplete;
        el.from = '2026-01-01';
        await waitUntil(() => text(part(el, 'status')) === '5 sider har fått tilbakemeldinger.', 'never loaded', {
          timeout: 6000,
        });
        expect(events).to.deep.equal([]);
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        document.removeEventListener('helse-feedback-report-error', listener);
        warnings.restore();
      }
    });

    it('shows an error with «Prøv igjen», fires an event and warns once when the collector fails', async () => {
      const warnings = captureWarnings();
      const events: string[] = [];
      const listener = (event: DocumentEventMap['helse-feedback-report-error']) => events.push(event.detail.reason);
      document.addEventListener('helse-feedback-report-error', listener);
      try {
        const el = await report('fail');
        expect(text(part(el, 'status'))).to.equal('Tilbakemeldingene kunne ikke hentes. Prøv igjen.');
        expect(events).to.deep.equal(['http']);
        expect(warnings.messages.length).to.equal(1);
        expect(button(el, 'Prøv igjen'), 'retry button').to.not.equal(undefined);
        await expect(el).shadowDom.to.be.accessible();
      } finally {
        document.removeEventListener('helse-feedback-report-error', listener);
        warnings.restore();
      }
    });

    it('refuses an answer that does not have the collector API shape', async () => {
      const warnings = captureWarnings();
      const realFetch = window.fetch;
      window.fetch = async (input, init) => {
        const response = await realFetch(input, init);
        if (!String(input).includes('/api/pages')) return response;
        // An older collector: no noLowerBound.
        const body = await response.json();
        for (const page of body.pages) delete page.noLowerBound;
        return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
      };
      try {
        const el = await report();
        expect(text(part(el, 'status'))).to.equal('Tilbakemeldingene kunne ikke hentes. Prøv igjen.');
        expect(warnings.messages.join()).to.include('invalid');
      } finally {
        window.fetch = realFetch;
        warnings.restore();
      }
    });

    it('tells the editor to check the token when the collector refuses it', async () => {
      const warnings = captureWarnings();
      try {
        const el = await report('ok', 'wrong');
        expect(text(part(el, 'status'))).to.equal('Du har ikke tilgang til tilbakemeldingene. Sjekk lesenøkkelen.');
      } finally {
        warnings.restore();
      }
    });

    it('is busy while loading', async () => {
      const el = await fixture<HelseFeedbackReport>(
        html`<helse-feedback-report collector="/report-api/slow" .token=${'secret'}></helse-feedback-report>`,
      );
      await el.updateComplete;
      expect($(el, '.report')!.getAttribute('aria-busy')).to.equal('true');
      expect(text(part(el, 'status'))).to.equal('Henter tilbakemeldinger …');
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  for (const [lang, status, caption, unranked, summary, action] of [
    [
      'nn',
      '5 sider har fått tilbakemeldingar.',
      'Sider rangerte etter del «Nei», høgast først',
      'For få svar til å rangere (under 5)',
      /^\d+ svar i perioden: \d+ «Ja» og \d+ «Nei»/,
      'Merk som handsama',
    ],
    [
      'en',
      'Feedback on 5 pages.',
      'Pages ranked by share of «No», highest first',
      'Too few answers to rank (under 5)',
      /^Answers in the period: \d+; \d+ «Yes» and \d+ «No»/,
      'Mark as handled',
    ],
  ] as const) {
    it(`speaks ${lang}`, async () => {
      document.documentElement.lang = lang;
      const el = await report('ok', 'triage', { canTriage: true });
      await waitUntil(() => text(part(el, 'status')) === status, `status in ${lang}: «${text(part(el, 'status'))}»`);
      expect(text(part(el, 'table')!.querySelector('caption'))).to.equal(caption);
      expect(text(part(el, 'unranked')!.querySelector('caption'))).to.equal(unranked);
      expect(text(part(el, 'trend-summary'))).to.match(summary);
      expect(text($(el, '[part~="triage"] button'))).to.equal(action);
      await expect(el).shadowDom.to.be.accessible();
    });
  }
});
