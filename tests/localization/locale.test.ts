import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/feedback/widget/define.js';
import { localeFromTag, nearestLang } from '../../src/core/resolve-locale.js';
import { part, text, waitForText, captureWarnings } from '../helpers/dom.js';

const QUESTION = {
  nb: 'Fant du det du lette etter?',
  nn: 'Fann du det du leita etter?',
  en: 'Did you find what you were looking for?',
};

describe('locale', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  describe('mapping a lang tag', () => {
    const table: [string | null, string][] = [
      ['nb', 'nb'],
      ['no', 'nb'],
      ['nb-NO', 'nb'],
      ['NB-no', 'nb'],
      ['nob', 'nb'],
      ['no-NO', 'nb'],
      ['nn', 'nn'],
      ['nn-NO', 'nn'],
      ['nno', 'nn'],
      ['en', 'en'],
      ['en-GB', 'en'],
      ['en-US', 'en'],
      ['en_GB', 'en'],
      ['eng', 'en'],
      ['NN', 'nn'],
      [' nn-NO ', 'nn'],
      ['nnx', 'nb'],
      ['english', 'nb'],
      ['se', 'nb'],
      ['de', 'nb'],
      ['', 'nb'],
      [null, 'nb'],
    ];
    for (const [tag, expected] of table) {
      it(`${JSON.stringify(tag)} → ${expected}`, () => {
        expect(localeFromTag(tag)).to.equal(expected);
      });
    }
  });

  describe('finding the nearest lang', () => {
    it('takes the nearest ancestor, crossing shadow roots, else <html lang>', async () => {
      document.documentElement.lang = 'nn-NO';
      const outer = await fixture(html`<section lang="en-GB"><div></div></section>`);
      const host = outer.querySelector('div')!;
      const root = host.attachShadow({ mode: 'open' });
      const inner = document.createElement('span');
      root.append(inner);
      expect(nearestLang(inner)).to.equal('en-GB');
      outer.removeAttribute('lang');
      expect(nearestLang(inner)).to.equal('nn-NO');
    });

    it('skips an empty lang=""', async () => {
      const outer = await fixture(
        html`<div lang="nn">
          <p lang=""><span></span></p>
        </div>`,
      );
      expect(nearestLang(outer.querySelector('span')!)).to.equal('nn');
    });
  });

  describe('following the page', () => {
    it('renders in the language of <html lang>, and follows it live', async () => {
      document.documentElement.lang = 'nb-NO';
      const el = await fixture(html`<helse-feedback></helse-feedback>`);
      await waitForText(el, 'question', QUESTION.nb);
      document.documentElement.lang = 'nn';
      await waitForText(el, 'question', QUESTION.nn);
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('nn');
      document.documentElement.lang = 'en-US';
      await waitForText(el, 'question', QUESTION.en);
      document.documentElement.lang = 'no';
      await waitForText(el, 'question', QUESTION.nb);
    });

    it('follows a lang change on an ancestor', async () => {
      document.documentElement.lang = 'nb';
      const wrapper = await fixture(
        html`<div lang="nb">
          <article><helse-feedback></helse-feedback></article>
        </div>`,
      );
      const el = wrapper.querySelector('helse-feedback')!;
      await waitForText(el, 'question', QUESTION.nb);
      wrapper.setAttribute('lang', 'nn-NO');
      await waitForText(el, 'question', QUESTION.nn);
      wrapper.querySelector('article')!.setAttribute('lang', 'en');
      await waitForText(el, 'question', QUESTION.en);
    });

    it('keeps what the visitor typed when the language changes', async () => {
      document.documentElement.lang = 'nb';
      const el = await fixture(html`<helse-feedback></helse-feedback>`);
      await waitForText(el, 'question', QUESTION.nb);
      part<HTMLButtonElement>(el, 'button-no')!.click();
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      const textarea = part<HTMLTextAreaElement>(el, 'textarea')!;
      textarea.value = 'Ventetider';
      textarea.dispatchEvent(new InputEvent('input'));
      document.documentElement.lang = 'en';
      await waitForText(el, 'label', 'What were you looking for?');
      expect(part<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Ventetider');
    });
  });

  describe('two elements under different languages', () => {
    it('shows one language for both, the most recent, marks it with lang, and warns once', async () => {
      const warnings = captureWarnings();
      try {
        document.documentElement.lang = 'nb';
        const page = await fixture(html`
          <div>
            <div id="nb" lang="nb"><helse-feedback></helse-feedback></div>
            <div id="en" lang="en"></div>
          </div>
        `);
        const first = page.querySelector('#nb helse-feedback')!;
        await waitForText(first, 'question', QUESTION.nb);

        // A second element under lang="en" connects later: it wins, and the first follows it.
        const second = document.createElement('helse-feedback');
        page.querySelector('#en')!.append(second);
        await waitForText(second, 'question', QUESTION.en);
        await waitForText(first, 'question', QUESTION.en);
        // Each marks its content with the language it really shows, so screen readers pronounce it right.
        expect(part(first, 'base')!.getAttribute('lang')).to.equal('en');
        expect(part(second, 'base')!.getAttribute('lang')).to.equal('en');

        // Changing the first element's language makes that the most recent.
        page.querySelector('#nb')!.setAttribute('lang', 'nn');
        await waitForText(first, 'question', QUESTION.nn);
        await waitForText(second, 'question', QUESTION.nn);

        const mixed = warnings.messages.filter((m) => m.includes('different languages'));
        expect(mixed).to.have.length(1);
        expect(mixed[0]).to.include('nb').and.to.include('en');
      } finally {
        warnings.restore();
      }
    });
  });

  it('shows no text in the wrong language while a locale loads', async () => {
    document.documentElement.lang = 'nn';
    const seen: string[] = [];
    const el = document.createElement('helse-feedback');
    const observer = new MutationObserver(() => {
      const q = text(part(el, 'question'));
      if (q) seen.push(q);
    });
    document.body.append(el);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await waitUntil(() => text(part(el, 'question')) === QUESTION.nn);
    observer.disconnect();
    el.remove();
    expect(seen.filter((q) => q !== QUESTION.nn)).to.deep.equal([]);
  });
});
