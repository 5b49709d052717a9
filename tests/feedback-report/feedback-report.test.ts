import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/feedback/report/define.js';
import type { HelseFeedbackReport } from '../../src/feedback/report/feedback-report.js';
import { captureWarnings, focused, part, text } from '../helpers/dom.js';

interface SeenRequest {
  resource: string;
  query: string;
  authorization: string;
}

const seenRequests = async (): Promise<SeenRequest[]> => (await fetch('/report-api/requests')).json();

async function report(scenario = 'ok', token = 'secret'): Promise<HelseFeedbackReport> {
  const el = await fixture<HelseFeedbackReport>(
    html`<helse-feedback-report collector=${`/report-api/${scenario}`} .token=${token}></helse-feedback-report>`,
  );
  await waitUntil(
    () => el.shadowRoot!.querySelector('.report')?.getAttribute('aria-busy') === 'false',
    'never loaded',
    {
      timeout: 5000,
    },
  );
  return el;
}

/** The table as a person reads it: one array of cell texts per row. */
const rows = (el: HTMLElement) =>
  Array.from(el.shadowRoot!.querySelectorAll('tbody tr'), (row) =>
    Array.from(row.querySelectorAll('th, td'), (cell) => text(cell)),
  );

describe('<helse-feedback-report>', () => {
  beforeEach(async () => {
    document.documentElement.lang = 'nb';
    await seenRequests();
  });

  it('ranks the pages by the share of «Nei», with counts and numbers a screen reader reads', async () => {
    const el = await report();
    expect(text(part(el, 'status'))).to.equal('3 sider har fått tilbakemeldinger.');
    expect(rows(el)).to.deep.equal([
      ['Besøkstider https://helse-midt.no/besok', '2', '6', '75 %', 'Vis 3'],
      ['Parkering https://helse-midt.no/parkering', '5', '5', '50 %', '0'],
      ['https://helse-midt.no/om-oss https://helse-midt.no/om-oss', '9', '1', '10 %', 'Vis 1'],
    ]);
    // The bar only repeats the number: hidden from assistive technology, its width the share.
    const bar = part(el, 'bar')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect((bar.firstElementChild as HTMLElement).style.width).to.equal('75%');
    expect(el.shadowRoot!.querySelectorAll('th[scope="row"]').length).to.equal(3);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('reads with the bearer token, no cookies, for the period shown in the filter', async () => {
    const el = await report();
    const [request] = await seenRequests();
    expect(request.resource).to.equal('pages');
    expect(request.authorization).to.equal('Bearer secret');
    const query = new URLSearchParams(request.query);
    const from = el.shadowRoot!.querySelector<HTMLInputElement>('#from')!;
    const to = el.shadowRoot!.querySelector<HTMLInputElement>('#to')!;
    expect(query.get('from')).to.equal(from.value);
    expect(query.get('to')).to.equal(to.value);
    expect(from.labels![0].textContent!.trim()).to.equal('Fra og med');
  });

  it('filters by period from the keyboard', async () => {
    const el = await report();
    el.shadowRoot!.querySelector<HTMLInputElement>('#from')!.value = '2026-01-01';
    el.shadowRoot!.querySelector<HTMLInputElement>('#to')!.value = '2026-03-31';
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(async () => {
      const requests = await seenRequests();
      return requests.some((r) => r.query.includes('from=2026-01-01') && r.query.includes('to=2026-03-31'));
    }, 'the filter never asked for the period');
  });

  it('shows the comments of a chosen page, moves focus to them, and pages on with «Vis flere»', async () => {
    const el = await report();
    const show = el.shadowRoot!.querySelector<HTMLButtonElement>('tbody button')!;
    show.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.comment-list li').length === 2);
    expect(text(focused(el))).to.equal('Kommentarer til «Besøkstider»');
    expect(show.getAttribute('aria-pressed')).to.equal('true');
    const comments = () => Array.from(el.shadowRoot!.querySelectorAll('.comment-list p'), (p) => text(p));
    // Markup in a comment is text, never HTML.
    expect(comments()).to.deep.equal([
      'Fant ikke besøkstidene for barneavdelingen.',
      '<script>alert(1)</script> Kva tid kan eg kome?',
    ]);
    expect(el.shadowRoot!.querySelectorAll('.comment-list script').length).to.equal(0);
    expect(text(el.shadowRoot!.querySelector('.comment-list time'))).to.equal('20.11.2026');
    const more = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.comments button')).find(
      (button) => text(button) === 'Vis flere kommentarer',
    )!;
    more.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.comment-list li').length === 3);
    expect(el.shadowRoot!.querySelectorAll('.comments button').length).to.equal(0);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows the comments of a page once, however quickly its button is pressed again', async () => {
    const el = await report();
    const show = el.shadowRoot!.querySelector<HTMLButtonElement>('tbody button')!;
    show.click();
    show.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.comment-list li').length > 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.shadowRoot!.querySelectorAll('.comment-list li').length).to.equal(2);
  });

  it('closes the comments of the old period when the period changes', async () => {
    const el = await report();
    el.shadowRoot!.querySelector<HTMLButtonElement>('tbody button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.comment-list li').length === 2);
    el.from = '2026-01-01';
    await waitUntil(() => el.shadowRoot!.querySelector('.report')?.getAttribute('aria-busy') === 'false');
    expect(part(el, 'comments')).to.equal(null);
  });

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
      await waitUntil(() => text(part(el, 'status')) === '3 sider har fått tilbakemeldinger.', 'never loaded', {
        timeout: 6000,
      });
      expect(events).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      document.removeEventListener('helse-feedback-report-error', listener);
      warnings.restore();
    }
  });

  it('says so when the period has no feedback', async () => {
    const el = await report('empty');
    expect(text(part(el, 'status'))).to.equal('Ingen tilbakemeldinger i denne perioden.');
    expect(part(el, 'table')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
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
      const retry = Array.from(el.shadowRoot!.querySelectorAll('button')).find((b) => text(b) === 'Prøv igjen');
      expect(retry, 'retry button').to.not.equal(undefined);
      await expect(el).shadowDom.to.be.accessible();
    } finally {
      document.removeEventListener('helse-feedback-report-error', listener);
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
    expect(el.shadowRoot!.querySelector('.report')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(part(el, 'status'))).to.equal('Henter tilbakemeldinger …');
    await expect(el).shadowDom.to.be.accessible();
  });

  for (const [lang, status, caption] of [
    ['nn', '3 sider har fått tilbakemeldingar.', 'Sider etter del «Nei», høgast først'],
    ['en', 'Feedback on 3 pages.', 'Pages by share of «No», highest first'],
  ]) {
    it(`speaks ${lang}`, async () => {
      document.documentElement.lang = lang;
      const el = await report();
      await waitUntil(() => text(part(el, 'status')) === status, `status in ${lang}: «${text(part(el, 'status'))}»`);
      expect(text(el.shadowRoot!.querySelector('caption'))).to.equal(caption);
      await expect(el).shadowDom.to.be.accessible();
    });
  }
});
