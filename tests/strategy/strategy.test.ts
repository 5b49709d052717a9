import { expect, fixture, html } from '@open-wc/testing';
import '../../src/content/strategy/define.js';
import type { HelseStrategy } from '../../src/content/strategy/strategy.js';
import { part, text, waitForText } from '../helpers/dom.js';
import { fixtureJson, listUnder, outline, ready } from '../helpers/content.js';

async function mount(
  options: { src?: string; data?: unknown; lang?: string; level?: number } = {},
): Promise<HelseStrategy> {
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${options.lang ?? 'nb'}>
      <helse-strategy
        src=${options.src ?? ''}
        heading-level=${options.level ?? 2}
        .data=${options.data}
      ></helse-strategy>
    </div>
  `);
  const el = wrapper.querySelector('helse-strategy')!;
  await ready(el);
  return el;
}

const all = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector));

describe('<helse-strategy>', () => {
  describe('the Strategi 2020 seed page', () => {
    let el: HelseStrategy;
    beforeEach(async () => {
      el = await mount({ src: '/tests/fixtures/strategi-2020.json' });
    });

    it('renders title, organisation, adoption, status, intro and the successor', () => {
      expect(text(part(el, 'title'))).to.equal('Strategi 2020');
      expect(part(el, 'title')!.localName).to.equal('h2');
      expect(text(part(el, 'organization'))).to.equal('Helse Midt-Norge RHF');
      expect(text(part(el, 'adopted'))).to.equal('Vedtatt av styret for Helse Midt-Norge RHF i 2010');
      expect(part(el, 'adopted')!.querySelector('time')!.getAttribute('datetime')).to.equal('2010');
      expect(text(part(el, 'status'))).to.match(/^Strategi 2020 har vært rullert årlig/);
      const intro = all(el, '[part~="intro"]').map(text);
      expect(intro).to.have.length(4);
      expect(intro[0]).to.match(/^Styret for Helse Midt-Norge RHF vedtok Strategi 2020/);
      const successor = part(el, 'successor')!.querySelector('a')!;
      expect(text(successor)).to.equal('Strategi 2030');
      expect(successor.getAttribute('href')).to.equal('/om-oss/strategi-2030');
    });

    it('has the outline of the page, with headings derived from the counts', () => {
      expect(outline(el)).to.deep.equal([
        'h2 Strategi 2020',
        'h3 Om Strategi 2020',
        'h4 Fire hovedutfordringer',
        'h4 Fem strategiske mål',
        'h3 Operasjonalisering',
        'h3 Styrets behandling',
        'h3 Bakgrunn og dokumentasjon',
        'h3 Kortfattet brosjyre om Strategi 2020',
      ]);
    });

    it('numbers the four challenges and five goals', () => {
      const challenges = listUnder(el, 'Fire hovedutfordringer');
      expect(challenges).to.deep.equal([
        'Befolkningens sammensetning og behov endres',
        'Tydeligere krav til dokumentert kvalitet',
        'Ansatte i helsetjenesten blir en knapphetsfaktor',
        'Økonomisk vekst bremses for spesialisthelsetjenesten',
      ]);
      const goals = listUnder(el, 'Fem strategiske mål');
      expect(goals).to.have.length(5);
      expect(goals[4]).to.equal('Økonomisk bærekraft');
      const goalList = all(el, 'ol')[1];
      expect(goalList.localName).to.equal('ol');
    });

    it('shows the two focus areas as quotes and the six measures numbered', () => {
      const quotes = all(el, '[part~="focus"] q').map(text);
      expect(quotes).to.deep.equal([
        'Bedre pasientsikkerhet og kvalitet',
        'Effektivisere driften for å sikre økonomisk handlingsrom',
      ]);
      const measures = all(el, '.section--operationalisation ol > li').map(text);
      expect(measures).to.have.length(6);
      expect(measures[5]).to.equal('Systematisk arbeid med helse, miljø og sikkerhet');
      const section = el.shadowRoot!.querySelector('.section--operationalisation')!;
      expect(text(section)).to.include('Dette skal realiseres gjennom:');
    });

    it('links the board cases, the six documents and the brochure with its file type', () => {
      const board = el.shadowRoot!.querySelector('.section--boardCases a')!;
      expect(text(board)).to.equal('Arkiv for styresaker om Strategi 2020');
      const documents = all(el, '[part~="documents"] a');
      expect(documents.map(text)).to.deep.equal([
        'Bakgrunn og analyser',
        'Generelle innspill',
        'Innspill fra fagnettverk',
        'Høringsdokumenter',
        'Høringssvar',
        'Presentasjoner og materiell',
      ]);
      const brochure = el.shadowRoot!.querySelector('.section--brochure a')!;
      expect(text(brochure)).to.equal('Last ned pdf-brosjyre (PDF)');
      expect(brochure.getAttribute('href')).to.equal('/om-oss/strategi-2020/strategi-2020-brosjyre.pdf');
    });

    it('is accessible', async () => {
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('heading-level', () => {
    it('starts the outline at the level the host page asks for', async () => {
      const el = await mount({ src: '/tests/fixtures/strategi-2020.json', level: 1 });
      expect(outline(el).slice(0, 3)).to.deep.equal([
        'h1 Strategi 2020',
        'h2 Om Strategi 2020',
        'h3 Fire hovedutfordringer',
      ]);
    });

    it('never goes below h6', async () => {
      const el = await mount({ src: '/tests/fixtures/strategi-2020.json', level: 5 });
      expect(outline(el).slice(0, 3)).to.deep.equal([
        'h5 Strategi 2020',
        'h6 Om Strategi 2020',
        'h6 Fire hovedutfordringer',
      ]);
    });
  });

  describe('other shapes of strategy', () => {
    it('description-only goals with an ambition, values and documents with size (Strategi 2030)', async () => {
      const el = await mount({ src: '/tests/fixtures/strategi-2030.json' });
      expect(text(part(el, 'statement'))).to.equal('Ambisjon Fremragende helsetjeneste');
      expect(text(part(el, 'adopted'))).to.equal('Vedtatt av styret for Helse Midt-Norge RHF den 15.12.2016');
      expect(part(el, 'adopted')!.querySelector('time')!.getAttribute('datetime')).to.equal('2016-12-15');
      const goals = listUnder(el, 'Fem strategiske mål');
      expect(goals[0]).to.equal(
        'Pasientene opplever en helhetlig og sammenhengende helsetjeneste, der de selv er med og bestemmer.',
      );
      expect(all(el, '[part~="item-title"]')).to.have.length(0);
      expect(all(el, 'li[data-id="mal-3"]')).to.have.length(1);
      expect(listUnder(el, 'Verdier')).to.deep.equal(['Kvalitet', 'Trygghet', 'Respekt']);
      expect(el.shadowRoot!.querySelector('.section--values ul')).to.exist;
      const documents = all(el, '[part~="documents"] a').map(text);
      expect(documents).to.deep.equal(['Strategi 2030 (hele dokumentet) (PDF, 1,2 MB)', 'Kortversjon (PDF, 348 kB)']);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('grouped goals under their titles, numbered on across groups', async () => {
      const el = await mount({ src: '/tests/fixtures/grouped-goals.json' });
      expect(text(part(el, 'statement'))).to.equal('Visjon Sammen for pasienten');
      expect(outline(el)).to.deep.equal([
        'h2 Utviklingsplan 2035',
        'h3 Seks strategiske mål',
        'h4 Pasientbehandling',
        'h4 Medarbeidere',
        'h4 Økonomi og bærekraft',
      ]);
      const lists = all(el, '.goal-group ol') as HTMLOListElement[];
      expect(lists.map((list) => list.start)).to.deep.equal([1, 3, 5]);
      const first = lists[0].querySelector('li')!;
      expect(text(first.querySelector('[part~="item-title"]'))).to.equal('Trygge pasientforløp');
      expect(text(first.querySelector('[part~="item-description"]'))).to.match(
        /^Pasienten møter én helhetlig tjeneste/,
      );
      const last = lists[2].querySelectorAll('li')[1];
      expect(last.querySelector('[part~="item-title"]')).to.be.null;
      expect(text(last)).to.equal('Vi reduserer klimaavtrykket fra drift og innkjøp.');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('a nynorsk document on a nynorsk page', async () => {
      const el = await mount({ src: '/tests/fixtures/strategi-nynorsk.json', lang: 'nn' });
      await waitForText(el, 'adopted', 'Vedteke av styret i Helse Møre og Romsdal HF i juni 2019');
      expect(outline(el)).to.deep.equal([
        'h2 Strategi 2030 for Helse Møre og Romsdal',
        'h3 Tre hovudutfordringar',
        'h3 Fire strategiske mål',
        'h3 Verdiar',
      ]);
      expect(text(part(el, 'statement'))).to.equal('Visjon Helse i alle ledd');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('nn');
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('in English', () => {
    it('derives English headings and dates', async () => {
      const el = await mount({ src: '/tests/fixtures/strategi-2020.json', lang: 'en' });
      await waitForText(el, 'adopted', 'Adopted by styret for Helse Midt-Norge RHF in 2010');
      expect(outline(el)).to.deep.equal([
        'h2 Strategi 2020',
        'h3 Om Strategi 2020',
        'h4 Four main challenges',
        'h4 Five strategic goals',
        'h3 Implementation',
        'h3 Board decisions',
        'h3 Background and documentation',
        'h3 Kortfattet brosjyre om Strategi 2020',
      ]);
      expect(text(part(el, 'successor'))).to.equal('New strategy: Strategi 2030');
    });

    it('marks the bokmål document text with lang="nb" on an English page', async () => {
      const el = await mount({ src: '/tests/fixtures/strategi-2020.json', lang: 'en' });
      await waitForText(el, 'successor', 'New strategy: Strategi 2030');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
      expect(part(el, 'title')!.querySelector('span')!.getAttribute('lang')).to.equal('nb');
      expect(el.shadowRoot!.querySelectorAll('li span[lang="nb"]').length).to.equal(4 + 5 + 2 + 6 + 6);
      // Headings derived by the component are English, and carry no nb mark.
      const derived = Array.from(el.shadowRoot!.querySelectorAll('h4')).find(
        (h) => text(h) === 'Five strategic goals',
      )!;
      expect(derived.querySelectorAll('[lang]').length).to.equal(0);
    });

    it('writes a full date the English way', async () => {
      const el = await mount({ src: '/tests/fixtures/strategi-2030.json', lang: 'en' });
      await waitForText(el, 'adopted', 'Adopted by styret for Helse Midt-Norge RHF on 15 December 2016');
      expect(text(part(el, 'statement'))).to.equal('Ambition Fremragende helsetjeneste');
      expect(all(el, '[part~="documents"] a').map(text)[0]).to.equal('Strategi 2030 (hele dokumentet) (PDF, 1.2 MB)');
    });
  });

  describe('headings from counts', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `Mål ${i + 1}`);
    const cases: [string, number, string, string][] = [
      ['nb', 1, 'Ett strategisk mål', 'Én hovedutfordring'],
      ['nn', 1, 'Eitt strategisk mål', 'Éi hovudutfordring'],
      ['en', 1, 'One strategic goal', 'One main challenge'],
      ['nb', 2, 'To strategiske mål', 'To hovedutfordringer'],
      ['nb', 7, 'Sju strategiske mål', 'Sju hovedutfordringer'],
      ['nn', 12, 'Tolv strategiske mål', 'Tolv hovudutfordringar'],
      ['en', 12, 'Twelve strategic goals', 'Twelve main challenges'],
      ['nb', 13, '13 strategiske mål', '13 hovedutfordringer'],
      ['en', 20, '20 strategic goals', '20 main challenges'],
    ];
    for (const [lang, count, goals, challenges] of cases) {
      it(`${lang}, ${count}: «${goals}», «${challenges}»`, async () => {
        const el = await mount({ data: { title: 'T', goals: items(count), challenges: items(count) }, lang });
        await waitForText(el, 'title', 'T');
        await waitForText(el, 'base', new RegExp(goals));
        expect(outline(el)).to.deep.equal(['h2 T', `h3 ${challenges}`, `h3 ${goals}`]);
      });
    }

    it('the document`s headings override the derived ones', async () => {
      const el = await mount({
        data: {
          title: 'T',
          goals: ['a', 'b'],
          values: ['c'],
          headings: { goals: { nb: 'Våre mål', en: 'Our goals' }, values: 'Det vi står for' },
        },
      });
      expect(outline(el)).to.deep.equal(['h2 T', 'h3 Våre mål', 'h3 Det vi står for']);
    });
  });

  describe('text per locale', () => {
    const data = {
      title: { nb: 'Strategi for Helse Nord', nn: 'Strategi for Helse Nord (nynorsk)', en: 'Strategy for Helse Nord' },
      goals: [{ nb: 'Bedre tjenester', nn: 'Betre tenester' }, { en: 'Only in English' }],
    };

    it('shows the page language, and follows a change live', async () => {
      const el = await mount({ data, lang: 'nn' });
      await waitForText(el, 'title', 'Strategi for Helse Nord (nynorsk)');
      expect(listUnder(el, 'To strategiske mål')).to.deep.equal(['Betre tenester', 'Only in English']);
      el.parentElement!.setAttribute('lang', 'en');
      await waitForText(el, 'title', 'Strategy for Helse Nord');
      expect(listUnder(el, 'Two strategic goals')).to.deep.equal(['Bedre tjenester', 'Only in English']);
    });

    it('falls back to bokmål, then any language, and marks the fallback with its lang', async () => {
      const el = await mount({ data, lang: 'en' });
      await waitForText(el, 'title', 'Strategy for Helse Nord');
      const [first, second] = all(el, 'li');
      expect(first.querySelector('span[lang="nb"]')).to.exist;
      expect(second.querySelector('[lang]')).to.be.null;
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  it('loads from an inline <script type="application/json"> and from the data property', async () => {
    const seed = await fixtureJson('strategi-2030.json');
    const wrapper = await fixture<HTMLElement>(html`
      <div lang="nb">
        <helse-strategy id="inline">
          <script type="application/json">
            { "title": "Innebygd strategi", "goals": ["Ett mål"] }
          </script>
        </helse-strategy>
        <helse-strategy id="property" src="/tests/fixtures/strategi-2020.json" .data=${seed}></helse-strategy>
      </div>
    `);
    const inline = wrapper.querySelector<HelseStrategy>('#inline')!;
    const property = wrapper.querySelector<HelseStrategy>('#property')!;
    await ready(inline);
    await ready(property);
    expect(outline(inline)).to.deep.equal(['h2 Innebygd strategi', 'h3 Ett strategisk mål']);
    // The data property wins over src.
    expect(text(part(property, 'title'))).to.equal('Strategi 2030');
  });

  it('re-renders when src changes', async () => {
    const el = await mount({ src: '/tests/fixtures/strategi-2020.json' });
    el.src = '/tests/fixtures/strategi-2030.json';
    await waitForText(el, 'title', 'Strategi 2030');
  });
});
