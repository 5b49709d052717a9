import { expect, waitUntil } from '@open-wc/testing';
import { part, loadScript } from '../helpers/dom.js';
import { fixtureJson, ready } from '../helpers/content.js';

/**
 * The built bundle reads as the sources do. Its templates lose the white space between tags (rollup.config.mjs);
 * the white space between words in different tags must stay, or «Kortversjon (PDF, 348 kB)» reads
 * «Kortversjon(PDF, 348 kB)» and two sentences run together.
 */
describe('the built all-in-one bundle keeps the spaces that are read', () => {
  before(async () => {
    document.documentElement.lang = 'nb';
    await loadScript('/dist/helse-widgets.min.js');
  });

  async function rendered(tag: string, fixture: string) {
    const el = document.createElement(tag) as HTMLElement & { data: unknown };
    el.data = await fixtureJson(fixture);
    document.body.append(el);
    await ready(el);
    return el;
  }

  /** What a screen reader reading inline, or a copy, gets: the text with its white space collapsed. */
  const flat = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

  it('between a link and its file type, and in a sentence with a date', async () => {
    const el = await rendered('helse-strategy', 'strategi-2030.json');
    const base = part(el, 'base')!;
    expect(base.innerText).to.include('Strategi 2030 (hele dokumentet) (PDF, 1,2 MB)');
    expect(base.innerText).to.include('Kortversjon (PDF, 348 kB)');
    expect(base.innerText).to.include('Vedtatt av styret for Helse Midt-Norge RHF den 15.12.2016');
    el.remove();
  });

  it("between an item's title and its description", async () => {
    const el = await rendered('helse-goal-list', 'grouped-goals.json');
    const items = [...el.shadowRoot!.querySelectorAll('[part~="item"]')].map(flat);
    expect(items).to.include(
      'Trygge pasientforløp Pasienten møter én helhetlig tjeneste fra henvisning til oppfølging.',
    );
    el.remove();
  });

  it("between the meeting's dates", async () => {
    const el = await rendered('helse-meeting-summary', 'foretaksmote-2022.json');
    expect(flat(part(el, 'base'))).to.include('Publisert 18.02.2022 Møtedato 18.02.2022');
    el.remove();
  });

  it('between the warning about personal data and the urgent-help sentence', async () => {
    const el = document.createElement('helse-feedback');
    el.setAttribute('allow-repeat', '');
    document.body.append(el);
    await waitUntil(() => part(el, 'button-no'), 'no «Nei» button');
    part(el, 'button-no')!.click();
    await waitUntil(() => part(el, 'warning'), 'no warning');
    expect(part(el, 'warning')!.innerText).to.include(
      'opplysninger om helse. Vi kan ikke svare deg her. Trenger du helsehjelp? Ring 113 ved fare for liv og helse',
    );
    el.remove();
  });
});
