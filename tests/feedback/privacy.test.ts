import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/feedback/widget/define.js';
import type { HelseFeedback } from '../../src/feedback/widget/feedback.js';
import type { FeedbackBody } from '../../src/feedback/widget/events.js';
import { focused, part, text, waitForText } from '../helpers/dom.js';
import { testReceiver } from '../helpers/receiver.js';
import { makeNationalId } from '../helpers/national-id.mjs';
import { watchWhatLeaves } from '../helpers/leaks.js';

const FNR = makeNationalId('150385', 123);

async function openForm(lang = 'nb') {
  const receiver = testReceiver();
  await receiver.ready;
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${lang}><helse-feedback endpoint=${receiver.endpoint} .retryDelays=${[20]}></helse-feedback></div>
  `);
  const el = wrapper.querySelector<HelseFeedback>('helse-feedback')!;
  await el.updateComplete;
  part<HTMLButtonElement>(el, 'button-no')!.click();
  await el.updateComplete;
  return { el, receiver };
}

/** Pastes text into the comment field, as the browser does: the value changes, then an input event. */
async function paste(el: HelseFeedback, value: string) {
  const textarea = part<HTMLTextAreaElement>(el, 'textarea')!;
  textarea.focus();
  textarea.value += value;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: value }));
  await el.updateComplete;
}

async function typeText(el: HelseFeedback, value: string) {
  part<HTMLTextAreaElement>(el, 'textarea')!.focus();
  await sendKeys({ type: value });
  await el.updateComplete;
}

const privacy = (el: HelseFeedback) => text(part(el, 'privacy'));

describe('the privacy guard', () => {
  beforeEach(() => {
    // Not localStorage: test files running alongside share it, and each test here has its own endpoint.
    sessionStorage.clear();
  });

  it('notices a typed fødselsnummer at once, says what it is, and marks the field', async () => {
    const { el } = await openForm();
    await typeText(el, `Jeg har fødselsnummer ${FNR.slice(0, 6)} ${FNR.slice(6)}`);
    expect(privacy(el)).to.equal(
      'Det ser ut som du har skrevet et fødselsnummer. Fjern det før du sender, eller send uten disse opplysningene.',
    );
    expect(part(el, 'privacy')!.getAttribute('aria-live')).to.equal('polite');
    const textarea = part(el, 'textarea')!;
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    expect(textarea.getAttribute('aria-describedby')).to.include('privacy');
    expect(text(part(el, 'button-redact'))).to.equal('Send uten disse opplysningene');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('notices a pasted phone number and e-mail address, and names both', async () => {
    const { el } = await openForm();
    await paste(el, 'Ring meg på +47 412 34 567 eller skriv til kari.nordmann@example.no');
    expect(privacy(el)).to.equal(
      'Det ser ut som du har skrevet et telefonnummer og en e-postadresse. Fjern det før du sender, eller send uten disse opplysningene.',
    );
  });

  it('notices a fødselsnummer disguised with a hyphen, groups, full-width digits or zero-width spaces', async () => {
    const fullWidth = [...FNR].map((digit) => String.fromCodePoint(0xff10 + Number(digit))).join('');
    for (const written of [
      `${FNR.slice(0, 6)}-${FNR.slice(6)}`,
      `${FNR.slice(0, 2)} ${FNR.slice(2, 4)} ${FNR.slice(4, 6)} ${FNR.slice(6, 9)} ${FNR.slice(9)}`,
      fullWidth,
      [...FNR].join('\u200b'),
    ]) {
      const { el } = await openForm();
      await paste(el, `Nummeret mitt: ${written}`);
      expect(privacy(el), written).to.include('fødselsnummer');
    }
  });

  it('holds the send, and moves focus to the notice', async () => {
    const { el, receiver } = await openForm();
    let submitted = false;
    el.addEventListener('helse-feedback-submit', () => (submitted = true));
    await paste(el, `Fnr ${FNR}`);
    part<HTMLButtonElement>(el, 'button-send')!.click();
    await el.updateComplete;
    expect(focused(el)).to.equal(part(el, 'privacy'));
    expect(submitted).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await receiver.records()).to.deep.equal([]);
  });

  it('lets the visitor send once the data is removed', async () => {
    const { el, receiver } = await openForm();
    await paste(el, 'Tlf 41234567. Fant ikke besøkstidene');
    expect(privacy(el)).not.to.equal('');
    const textarea = part<HTMLTextAreaElement>(el, 'textarea')!;
    textarea.value = 'Fant ikke besøkstidene';
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await el.updateComplete;
    expect(privacy(el)).to.equal('');
    expect(part(el, 'button-redact')).to.equal(null);
    expect(textarea.getAttribute('aria-invalid')).to.equal('false');
    part<HTMLButtonElement>(el, 'button-send')!.click();
    await waitForText(el, 'message', /^Takk for tilbakemeldingen/);
    const [record] = await receiver.records();
    expect(record.comment).to.equal('Fant ikke besøkstidene');
  });

  it('sends with «[fjernet]» in place of the data, and nothing else leaves the browser', async () => {
    const { el, receiver } = await openForm();
    const watch = watchWhatLeaves();
    try {
      await paste(el, `Jeg (${FNR}, kari@example.no, 412 34 567) fant ikke parkeringen`);
      const submitted = oneEvent(el, 'helse-feedback-submit');
      part<HTMLButtonElement>(el, 'button-redact')!.click();
      const { detail } = (await submitted) as CustomEvent<FeedbackBody>;
      expect(detail.comment).to.equal('Jeg ([fjernet], [fjernet], [fjernet]) fant ikke parkeringen');
      await waitForText(el, 'message', /^Takk for tilbakemeldingen/);
    } finally {
      watch.restore();
    }
    const [record] = await receiver.records();
    expect(record.comment).to.equal('Jeg ([fjernet], [fjernet], [fjernet]) fant ikke parkeringen');
    const leaked = watch.seen.filter(
      (sent) => sent.includes(FNR) || sent.includes('kari@') || sent.includes('412 34 567'),
    );
    expect(leaked).to.deep.equal([]);
    expect(watch.seen.length).to.be.greaterThan(0);
  });

  it('raises no alarm on ordinary text: years, dates, amounts, postcodes, organisation numbers', async () => {
    const { el } = await openForm();
    const invalid = FNR.slice(0, 10) + String((Number(FNR[10]) + 1) % 10);
    await typeText(el, 'Strategi 2020 fra 2010. Møtet 18.02.2022. Det kostet 12 500 kr. ');
    await paste(el, `Postnr 7030, org.nr 983 658 776, sak ${invalid}, budsjett 25 000 000 kroner.`);
    expect(privacy(el)).to.equal('');
    expect(part(el, 'textarea')!.getAttribute('aria-invalid')).to.equal('false');
  });

  for (const [lang, expected] of [
    [
      'nn',
      'Det ser ut som du har skrive eit fødselsnummer og ei e-postadresse. Fjern det før du sender, eller send utan desse opplysningane.',
    ],
    [
      'en',
      'It looks like you have written a national identity number and an email address. Remove it before you send, or send without this information.',
    ],
  ]) {
    it(`says it in ${lang}`, async () => {
      const { el } = await openForm(lang);
      await waitForText(el, 'label', lang === 'nn' ? 'Kva leita du etter?' : 'What were you looking for?');
      await paste(el, `${FNR} ola@example.no`);
      expect(privacy(el)).to.equal(expected);
      await expect(el).shadowDom.to.be.accessible();
    });
  }
});
