import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/feedback/widget/define.js';
import type { HelseFeedback } from '../../src/feedback/widget/feedback.js';
import { part, text, waitForText } from '../helpers/dom.js';
import { testReceiver } from '../helpers/receiver.js';
import { watchWhatLeaves } from '../helpers/leaks.js';

/** The detector's module, as the browser fetched it (the dev server serves the source). */
const detectorFetched = () =>
  performance.getEntriesByType('resource').some((entry) => /\/urgency\.(ts|js)/.test(entry.name));

async function mount(lang = 'nb', slotted?: ReturnType<typeof html>) {
  const receiver = testReceiver();
  await receiver.ready;
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${lang}>
      <helse-feedback endpoint=${receiver.endpoint} .retryDelays=${[20]}>${slotted}</helse-feedback>
    </div>
  `);
  const el = wrapper.querySelector<HelseFeedback>('helse-feedback')!;
  await el.updateComplete;
  return { el, receiver };
}

async function openForm(lang = 'nb') {
  const mounted = await mount(lang);
  part<HTMLButtonElement>(mounted.el, 'button-no')!.click();
  await mounted.el.updateComplete;
  return mounted;
}

async function write(el: HelseFeedback, value: string) {
  const textarea = part<HTMLTextAreaElement>(el, 'textarea')!;
  textarea.value = value;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await el.updateComplete;
}

const notice = (el: HelseFeedback) => part(el, 'urgent')!;
/** The live region, put in by the detector's module when it arrives: none before. */
const region = (el: HelseFeedback) => part(el, 'urgent');
const numbers = (el: HelseFeedback) =>
  Array.from(notice(el).querySelectorAll('a'), (a) => [text(a), a.getAttribute('href')]);
const waitForNotice = (el: HelseFeedback) =>
  waitUntil(() => region(el)?.querySelector('a'), 'no urgent notice', { timeout: 3000 });

const EMERGENCIES: [string, string][] = [
  ['nb', 'Jeg har brystsmerter og får ikke puste, hva gjør jeg?'],
  ['nb', 'Mannen min er bevisstløs'],
  ['nn', 'Eg får ikkje puste og har vondt i brystet'],
  ['nn', 'Far min er medvitslaus'],
  ['en', "I can’t breathe properly and I'm having chest pains"],
  ['en', 'I think my dad is having a heart attack'],
];

const SUICIDAL: [string, string][] = [
  ['nb', 'Jeg har selvmordstanker og orker ikke leve lenger'],
  ['nb', 'Jeg vil ta livet av meg'],
  ['nn', 'Eg tenkjer på sjølvmord'],
  ['nn', 'Eg vil ikkje leve meir'],
  ['en', 'I want to kill myself'],
  ['en', "I've been self-harming again and don't want to live"],
];

/** What visitors write on a hospital's pages every day: none of it may raise the notice. */
const ORDINARY = [
  'Når åpner akuttmottaket på lørdager?',
  'Hvor er akuttmottaket? Fant ikke kart.',
  'Fant ikke pusteøvelser etter operasjonen',
  'Savner informasjon om pusteøvelser for KOLS-pasienter',
  'Hva er åpningstidene til legevakten i romjula?',
  'Fant ikke besøkstidene for barneavdelingen.',
  'Hvor kan jeg parkere når jeg skal på poliklinikken?',
  'Lenken til henvisningsskjemaet virker ikke',
  'Hvor lang er ventetiden for kneoperasjon?',
  'Telefonnummeret til fødeavdelingen står ikke her',
  'Kva tid kan eg kome på besøk i helga?',
  'Eg fann ikkje opningstidene til røntgen',
  'Kvar er inngangen til akuttmottaket?',
  'Informasjonen om pusteøvelsar var god, men lenka er brote',
  'Where is the emergency department entrance?',
  'What are the opening hours of the emergency department at weekends?',
  'Visiting hours for the maternity ward?',
  'The page about breathing exercises has no video',
  'I could not find the parking information',
  'How do I cancel my appointment?',
  'Siden om hjerteinfarkt og brystsmerter mangler oppdatert informasjon',
  'Kan jeg ta med blomster til en pasient på intensiven?',
  'Fant ikke hvordan man klager på en behandling',
  'Hvorfor står det ingenting om slagenheten?',
];

describe('<helse-feedback>: help for a visitor in need', () => {
  beforeEach(() => {
    // Not localStorage: test files running alongside share it, and each test here has its own endpoint.
    sessionStorage.clear();
  });

  describe('in the form', () => {
    // The first test of the file: nothing has loaded the detector yet.
    it('loads the phrases only when the form opens, and reads what was typed before they came', async () => {
      const { el } = await mount();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(detectorFetched(), 'before «Nei»').to.equal(false);
      part<HTMLButtonElement>(el, 'button-no')!.click();
      await el.updateComplete;
      await write(el, 'Jeg har brystsmerter');
      await waitForNotice(el);
      expect(detectorFetched()).to.equal(true);
    });

    it('says where help is, and that comments are not read at once', async () => {
      const { el } = await openForm();
      // The help sentence is in the bundle: there at once.
      expect(text(part(el, 'warning'))).to.match(
        /^Ikke skriv personopplysninger .* Vi kan ikke svare deg her\. Trenger du helsehjelp\? Ring 113 ved fare for liv og helse, eller legevakten på 116 117\.$/,
      );
      // «116 117» stays on one line on a narrow phone: a no-break space joins its groups.
      expect(part(el, 'warning')!.textContent).to.include('på 116\u00a0117.');
      // The rest comes with the detector's module, as the form opens.
      await waitUntil(() => region(el), 'no live region');
      expect(text(part(el, 'warning'))).to.equal(
        'Ikke skriv personopplysninger som fødselsnummer, navn eller opplysninger om helse. Vi kan ikke svare deg her. Trenger du helsehjelp? Ring 113 ved fare for liv og helse, eller legevakten på 116 117. Vi leser ikke kommentarene med en gang.',
      );
      expect(part(el, 'textarea')!.getAttribute('aria-describedby')).to.include('warning');
      // The live region is there, empty, before anything is written: ready to announce.
      expect(region(el)!.getAttribute('aria-live')).to.equal('polite');
      expect(text(region(el))).to.equal('');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('takes the trust’s own help text through the urgent-help slot', async () => {
      const { el } = await mount(
        'nb',
        html`<p slot="urgent-help">Trenger du hjelp? Se <a href="/akutt">når du skal ringe 113</a>.</p>`,
      );
      part<HTMLButtonElement>(el, 'button-no')!.click();
      await el.updateComplete;
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="urgent-help"]')!;
      expect(slot.assignedElements().map((node) => text(node))).to.deep.equal([
        'Trenger du hjelp? Se når du skal ringe 113.',
      ]);
      expect(slot.closest('[part~="warning"]')).to.equal(part(el, 'warning'));
    });

    it('points to 113 and 116 117 when the comment suggests an emergency, without holding the send', async () => {
      const { el, receiver } = await openForm();
      await write(el, 'Jeg har sterke brystsmerter nå');
      await waitForNotice(el);
      expect(numbers(el)).to.deep.equal([
        ['113', 'tel:113'],
        ['116 117', 'tel:116117'],
      ]);
      expect(Array.from(notice(el).querySelectorAll('a'), (a) => a.textContent)).to.deep.equal(['113', '116\u00a0117']);
      expect(text(notice(el))).to.match(/^Trenger du hjelp nå\? Vi leser ikke kommentarene med en gang\. Ring:/);
      // Above «Send», in a polite live region.
      expect(notice(el).getAttribute('aria-live')).to.equal('polite');
      const send = part<HTMLButtonElement>(el, 'button-send')!;
      expect(notice(el).compareDocumentPosition(send) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(send.getAttribute('aria-disabled')).to.equal('false');
      await expect(el).shadowDom.to.be.accessible();
      send.click();
      await waitForText(el, 'message', /^Takk for tilbakemeldingen/);
      const [record] = await receiver.records();
      expect(record.comment).to.equal('Jeg har sterke brystsmerter nå');
    });

    it('adds Mental Helse’s 116 123 for thoughts of suicide', async () => {
      const { el } = await openForm();
      await write(el, 'Jeg tenker på selvmord');
      await waitForNotice(el);
      expect(numbers(el).map(([number]) => number)).to.deep.equal(['113', '116 117', '116 123']);
      expect(notice(el).querySelector('a[href="tel:116123"]')!.textContent).to.equal('116\u00a0123');
      // The links take the notice's colour, so they read on a dark page too.
      const [link] = notice(el).querySelectorAll('a');
      expect(getComputedStyle(link).color).to.equal(getComputedStyle(notice(el)).color);
      expect(getComputedStyle(notice(el).querySelector('.urgent')!).borderInlineStartWidth).to.equal('4px');
      expect(text(notice(el))).to.include('Mental Helses hjelpetelefon, hele døgnet');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('is announced once: typing on, or deleting the words, changes nothing in the live region', async () => {
      const { el } = await openForm();
      let changes = 0;
      const observer = new MutationObserver((records) => (changes += records.length));
      await write(el, 'Jeg får ikke puste');
      await waitForNotice(el);
      const live = notice(el);
      const shown = live.innerHTML;
      observer.observe(live, { childList: true, subtree: true, characterData: true, attributes: true });
      for (const more of [
        'Jeg får ikke puste og',
        'Jeg får ikke pusten',
        'Jeg får ikke puste, kan ikke puste',
        'Ok',
        '',
      ]) {
        await write(el, more);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      expect(changes).to.equal(0);
      expect(live.innerHTML).to.equal(shown);
    });

    it('follows a change of language while it is shown', async () => {
      const { el } = await openForm();
      await write(el, 'Jeg får ikke puste');
      await waitForNotice(el);
      el.parentElement!.lang = 'nn';
      await waitUntil(() => text(notice(el).querySelector('strong')) === 'Treng du hjelp no?', 'still in bokmål', {
        timeout: 5000,
      });
      expect(text(part(el, 'warning'))).to.match(/Vi les ikkje kommentarane med ein gong\.$/);
    });

    it('sends and stores nothing about it', async () => {
      const { seen, restore } = watchWhatLeaves();
      try {
        const { el, receiver } = await openForm();
        await write(el, 'Jeg vil ikke leve lenger');
        await waitForNotice(el);
        part<HTMLButtonElement>(el, 'button-send')!.click();
        await waitForText(el, 'message', /^Takk for tilbakemeldingen/);
        const [record] = await receiver.records();
        expect(Object.keys(record).sort()).to.deep.equal(
          ['answer', 'comment', 'id', 'locale', 'page', 'submittedAt', 'title', 'version'].sort(),
        );
        expect(seen.length).to.be.greaterThan(0);
        // The numbers as whole words only: timestamps and ids in the outbox may contain the digits 113.
        for (const value of seen)
          expect(value).not.to.match(/urgen|suicid|emergency|(?<!\w)116 ?123(?!\w)|(?<!\w)113(?!\w)/i);
      } finally {
        restore();
      }
    });

    it('takes the trust’s phrases from the urgentPhrases property', async () => {
      const { el } = await openForm();
      el.urgentPhrases = { suicide: ['helt på bunnen'] };
      part<HTMLTextAreaElement>(el, 'textarea')!.focus();
      await sendKeys({ type: 'Jeg er helt på bunnen' });
      await waitForNotice(el);
      expect(numbers(el).map(([number]) => number)).to.include('116 123');
    });

    for (const [lang, help, notAtOnce, lead, helpline] of [
      [
        'nn',
        'Treng du helsehjelp? Ring 113 ved fare for liv og helse, eller legevakta på 116 117.',
        'Vi les ikkje kommentarane med ein gong.',
        'Har du tankar om å skade deg sjølv eller ta livet ditt? Snakk med nokon no.',
        'hjelpetelefonen til Mental Helse, heile døgeret',
      ],
      [
        'en',
        'Do you need medical help? Call 113 if life or health is in danger, or the out-of-hours medical service (legevakt) on 116 117.',
        'Comments are not read straight away.',
        'Are you thinking of harming yourself or taking your own life? Talk to someone now.',
        "Mental Helse's helpline, day and night",
      ],
    ]) {
      it(`speaks ${lang}`, async () => {
        const { el } = await openForm(lang);
        await waitUntil(() => text(part(el, 'warning')).endsWith(notAtOnce), `${lang}: ${text(part(el, 'warning'))}`);
        expect(text(part(el, 'warning'))).to.include(help);
        expect(part(el, 'warning')!.textContent).to.include('116\u00a0117.');
        await write(el, SUICIDAL.find(([language]) => language === lang)![1]);
        await waitForNotice(el);
        expect(text(notice(el).querySelector('strong'))).to.equal(lead);
        expect(text(notice(el))).to.include(helpline);
        await expect(el).shadowDom.to.be.accessible();
      });
    }
  });
  describe('the detector', () => {
    // Imported here, after the form's tests: a static import would load it before «Nei» is pressed.
    let detectUrgency: typeof import('../../src/feedback/widget/urgency.js').detectUrgency;
    before(async () => {
      ({ detectUrgency } = await import('../../src/feedback/widget/urgency.js'));
    });

    for (const [lang, comment] of EMERGENCIES) {
      it(`hears an emergency in ${lang}: «${comment}»`, () => {
        expect(detectUrgency(comment)).to.equal('emergency');
      });
    }

    for (const [lang, comment] of SUICIDAL) {
      it(`hears thoughts of suicide or self-harm in ${lang}: «${comment}»`, () => {
        expect(detectUrgency(comment)).to.equal('suicide');
      });
    }

    it(`stays silent on ${ORDINARY.length} ordinary comments about a hospital's pages`, () => {
      expect(ORDINARY.length).to.be.at.least(20);
      expect(ORDINARY.filter((comment) => detectUrgency(comment) !== undefined)).to.deep.equal([]);
    });

    it('matches whole words and phrases, not parts of words', () => {
      expect(detectUrgency('får ikke puste')).to.equal('emergency');
      expect(detectUrgency('får ikke pusteøvelsene til å virke')).to.equal(undefined);
      expect(detectUrgency('FÅR   IKKE, PUSTE!')).to.equal('emergency');
      expect(detectUrgency('emergencydepartment')).to.equal(undefined);
    });

    it('takes the more serious of the two', () => {
      expect(detectUrgency('Brystsmerter, jeg har brystsmerter og vil ikke leve')).to.equal('suicide');
    });

    it('takes a trust’s own phrases beside the built-in ones', () => {
      expect(detectUrgency('Jeg er helt på bunnen')).to.equal(undefined);
      expect(detectUrgency('Jeg er helt på bunnen', { suicide: ['helt på bunnen'] })).to.equal('suicide');
      expect(detectUrgency('Hjelp, hjertet rakner', { emergency: ['hjertet rakner*'] })).to.equal('emergency');
    });
  });
});
