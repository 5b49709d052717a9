import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/feedback/widget/define.js';
import type { HelseFeedback } from '../../src/feedback/widget/feedback.js';
import type { FeedbackBody, FeedbackErrorDetail, FeedbackSentDetail } from '../../src/feedback/widget/events.js';
import { part, shown, text, focused, waitForText, emulateMediaFeatures, captureWarnings } from '../helpers/dom.js';
import { testReceiver, unreachableEndpoint } from '../helpers/receiver.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function mount(attributes: { endpoint?: string; page?: string; question?: string; lang?: string } = {}) {
  const el = await fixture<HTMLElement>(html`
    <div lang=${attributes.lang ?? 'nb'}>
      <helse-feedback
        endpoint=${attributes.endpoint ?? ''}
        page=${attributes.page ?? ''}
        question=${attributes.question ?? ''}
        .retryDelays=${[20, 20]}
      ></helse-feedback>
    </div>
  `);
  const feedback = el.querySelector('helse-feedback')!;
  await feedback.updateComplete;
  return feedback;
}

function click(host: HelseFeedback, name: string) {
  const button = part<HTMLButtonElement>(host, name);
  expect(button, `button part "${name}"`).to.exist;
  button!.click();
}

async function typeComment(host: HelseFeedback, value: string) {
  const textarea = part<HTMLTextAreaElement>(host, 'textarea')!;
  textarea.value = value;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await host.updateComplete;
}

/** Waits until the message region says the thank-you for the given answer. */
async function waitForThanks(host: HelseFeedback, answer: 'yes' | 'no' = 'yes') {
  await waitForText(host, 'message', answer === 'yes' ? 'Takk for svaret ditt!' : /^Takk for tilbakemeldingen!/);
}

describe('<helse-feedback>', () => {
  beforeEach(() => {
    // Each test is a fresh visitor: no earlier answer this session. (Nothing kept to send either: every
    // test has an endpoint of its own. The outbox is not cleared, because test files that run alongside
    // on this origin share it, and the delivery tests read it.)
    sessionStorage.clear();
  });

  afterEach(() => {
    document.cookie = 'tracking=; max-age=0';
  });

  describe('the question', () => {
    it('asks «Fant du det du lette etter?» with two real buttons, Ja and Nei', async () => {
      const el = await mount();
      expect(text(part(el, 'question'))).to.equal('Fant du det du lette etter?');
      const yes = part<HTMLButtonElement>(el, 'button-yes')!;
      const no = part<HTMLButtonElement>(el, 'button-no')!;
      expect(yes.tagName).to.equal('BUTTON');
      expect(no.tagName).to.equal('BUTTON');
      expect(text(yes)).to.equal('Ja');
      expect(text(no)).to.equal('Nei');
      expect(yes.type).to.equal('button');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('groups the buttons under the question, so a screen reader hears it with each', async () => {
      const el = await mount();
      const group = el.shadowRoot!.querySelector('[role="group"]')!;
      const labelledBy = group.getAttribute('aria-labelledby')!;
      expect(text(el.shadowRoot!.getElementById(labelledBy))).to.equal('Fant du det du lette etter?');
      expect(group.contains(part(el, 'button-yes'))).to.be.true;
    });

    it('uses the `question` attribute instead of the default question', async () => {
      const el = await mount({ question: 'Var denne siden nyttig?' });
      expect(text(part(el, 'question'))).to.equal('Var denne siden nyttig?');
    });

    it('hides its light-DOM fallback once upgraded', async () => {
      const wrapper = await fixture(
        html`<div>
          <helse-feedback><a href="/kontakt">Gi oss tilbakemelding</a></helse-feedback>
        </div>`,
      );
      const el = wrapper.querySelector('helse-feedback')!;
      await el.updateComplete;
      expect(wrapper.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
      expect(el.shadowRoot!.querySelector('slot')).to.be.null;
    });
  });

  describe('answering Ja', () => {
    it('sends one answer, thanks the visitor politely and moves focus to the thanks', async () => {
      const receiver = testReceiver();
      await receiver.ready;
      const el = await mount({ endpoint: receiver.endpoint });
      const region = part(el, 'message');
      const sent = oneEvent(el, 'helse-feedback-sent');
      click(el, 'button-yes');
      const { detail } = (await sent) as CustomEvent<FeedbackSentDetail>;
      await waitForThanks(el);
      expect(detail.status).to.equal(201);
      const message = part(el, 'message')!;
      expect(message.getAttribute('role')).to.equal('status');
      // The same live region from the question on: one put in place with its text is not reliably announced.
      expect(message).to.equal(region);
      expect(focused(el)).to.equal(message);
      expect(shown(part(el, 'button-yes'))).to.be.false;
      const records = await receiver.records();
      expect(records).to.have.length(1);
      expect(records[0].answer).to.equal('yes');
      expect(records[0]).not.to.have.property('comment');
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('answering Nei', () => {
    it('opens a labelled comment field with a privacy warning and a character count, focused', async () => {
      const el = await mount();
      click(el, 'button-no');
      await el.updateComplete;
      const textarea = part<HTMLTextAreaElement>(el, 'textarea')!;
      expect(textarea.tagName).to.equal('TEXTAREA');
      expect(focused(el)).to.equal(textarea);
      expect(shown(part(el, 'question'))).to.be.false;
      const label = el.shadowRoot!.querySelector(`label[for="${textarea.id}"]`);
      expect(text(label)).to.equal('Hva lette du etter?');
      expect(text(part(el, 'warning'))).to.match(
        /^Ikke skriv personopplysninger som fødselsnummer, navn eller opplysninger om helse/,
      );
      expect(text(part(el, 'count'))).to.equal('Du har 1000 tegn igjen');
      const describedBy = textarea.getAttribute('aria-describedby')!.split(' ');
      expect(describedBy).to.include(part(el, 'warning')!.id);
      expect(describedBy).to.include(part(el, 'count')!.id);
      expect(text(part(el, 'button-send'))).to.equal('Send');
      expect(text(part(el, 'button-cancel'))).to.equal('Avbryt');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('counts characters as the visitor types, and says when there are too many', async () => {
      const el = await mount();
      click(el, 'button-no');
      await el.updateComplete;
      await typeComment(el, 'Åpningstider');
      expect(text(part(el, 'count'))).to.equal('Du har 988 tegn igjen');
      await typeComment(el, 'x'.repeat(999));
      expect(text(part(el, 'count'))).to.equal('Du har 1 tegn igjen');
      await typeComment(el, 'x'.repeat(1003));
      expect(text(part(el, 'count'))).to.equal('Du har 3 tegn for mye');
    });

    it('holds back a comment over the limit, marks the field invalid and keeps the text', async () => {
      const receiver = testReceiver();
      await receiver.ready;
      const el = await mount({ endpoint: receiver.endpoint });
      click(el, 'button-no');
      await el.updateComplete;
      await typeComment(el, 'y'.repeat(1001));
      click(el, 'button-send');
      await el.updateComplete;
      const textarea = part<HTMLTextAreaElement>(el, 'textarea')!;
      expect(textarea.getAttribute('aria-invalid')).to.equal('true');
      expect(focused(el)).to.equal(textarea);
      expect(textarea.value).to.have.length(1001);
      expect(await receiver.records()).to.have.length(0);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('sends the comment with the answer, thanks the visitor and fires sent', async () => {
      const receiver = testReceiver();
      await receiver.ready;
      const el = await mount({ endpoint: receiver.endpoint });
      click(el, 'button-no');
      await el.updateComplete;
      await typeComment(el, '  Besøkstider på barneavdelingen  ');
      const sent = oneEvent(el, 'helse-feedback-sent');
      click(el, 'button-send');
      await sent;
      await waitForThanks(el, 'no');
      expect(text(part(el, 'message'))).to.equal(
        'Takk for tilbakemeldingen! Vi bruker den til å gjøre nettsidene bedre.',
      );
      expect(focused(el)).to.equal(part(el, 'message'));
      const [record, ...rest] = await receiver.records();
      expect(rest).to.be.empty;
      expect(record.answer).to.equal('no');
      expect(record.comment).to.equal('Besøkstider på barneavdelingen');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('Avbryt skips the comment but still records the Nei, and thanks the visitor', async () => {
      const receiver = testReceiver();
      await receiver.ready;
      const el = await mount({ endpoint: receiver.endpoint });
      click(el, 'button-no');
      await el.updateComplete;
      await typeComment(el, 'halvskrevet');
      click(el, 'button-cancel');
      await waitForThanks(el, 'no');
      const records = await receiver.records();
      expect(records).to.have.length(1);
      expect(records[0].answer).to.equal('no');
      expect(records[0]).not.to.have.property('comment');
    });
  });

  describe('the POST body', () => {
    it('has exactly the documented fields, and the submit event carries it', async () => {
      const receiver = testReceiver();
      await receiver.ready;
      document.title = 'Strategi 2020 - Helse Midt-Norge';
      const el = await mount({ endpoint: receiver.endpoint });
      const submitted = oneEvent(el, 'helse-feedback-submit');
      click(el, 'button-no');
      await el.updateComplete;
      await typeComment(el, 'Styresakene');
      const before = Date.now();
      click(el, 'button-send');
      const { detail } = (await submitted) as CustomEvent<FeedbackBody>;
      await waitForThanks(el, 'no');
      const [stored] = await receiver.records();
      const { version } = await (await fetch('/package.json')).json();

      expect(Object.keys(detail).sort()).to.deep.equal(
        ['answer', 'comment', 'id', 'locale', 'page', 'submittedAt', 'title', 'version'].sort(),
      );
      expect(detail.id).to.match(UUID);
      expect(detail.answer).to.equal('no');
      expect(detail.comment).to.equal('Styresakene');
      expect(detail.page).to.equal(location.origin + location.pathname);
      expect(detail.title).to.equal('Strategi 2020 - Helse Midt-Norge');
      expect(detail.locale).to.equal('nb');
      expect(detail.version).to.equal(version);
      expect(new Date(detail.submittedAt).toISOString()).to.equal(detail.submittedAt);
      expect(Date.parse(detail.submittedAt)).to.be.within(before - 1000, Date.now() + 1000);
      expect(stored).to.deep.equal(detail);
    });

    it('uses the `page` attribute when given', async () => {
      const receiver = testReceiver();
      await receiver.ready;
      const el = await mount({ endpoint: receiver.endpoint, page: 'https://helse-midt.no/om-oss/strategi-2020' });
      click(el, 'button-yes');
      await waitForThanks(el);
      const [stored] = await receiver.records();
      expect(stored.page).to.equal('https://helse-midt.no/om-oss/strategi-2020');
    });

    it('sends JSON without cookies or referrer, even to its own origin', async () => {
      const receiver = testReceiver();
      await receiver.ready;
      document.cookie = 'tracking=secret; path=/';
      const el = await mount({ endpoint: receiver.endpoint });
      click(el, 'button-yes');
      await waitForThanks(el);
      const [request] = (await receiver.requests()).filter((r) => r.method === 'POST');
      expect(request.headers['content-type']).to.equal('application/json');
      expect(request.headers).not.to.have.property('cookie');
      expect(request.headers).not.to.have.property('referer');
    });

    it('does not send when a listener cancels the submit event, and stays where it was', async () => {
      const receiver = testReceiver();
      await receiver.ready;
      const el = await mount({ endpoint: receiver.endpoint });
      el.addEventListener('helse-feedback-submit', (event) => event.preventDefault());
      click(el, 'button-yes');
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await receiver.records()).to.be.empty;
      expect(part(el, 'button-yes')).to.exist;
      expect(text(part(el, 'message'))).to.equal('');
    });

    it('without an endpoint, only fires the submit event and thanks the visitor', async () => {
      const el = await mount();
      const submitted = oneEvent(el, 'helse-feedback-submit');
      click(el, 'button-yes');
      const { detail } = (await submitted) as CustomEvent<FeedbackBody>;
      expect(detail.answer).to.equal('yes');
      await waitForThanks(el);
    });
  });

  describe('when sending fails', () => {
    it('shows a clear message with a retry button when the endpoint refuses, and keeps the comment', async () => {
      const receiver = testReceiver([{ status: 400 }]);
      await receiver.ready;
      const warnings = captureWarnings();
      try {
        const el = await mount({ endpoint: receiver.endpoint });
        const failed = oneEvent(el, 'helse-feedback-error');
        click(el, 'button-no');
        await el.updateComplete;
        await typeComment(el, 'Parkering ved St. Olavs');
        click(el, 'button-send');
        const { detail } = (await failed) as CustomEvent<FeedbackErrorDetail>;
        expect(detail.reason).to.equal('http');
        expect(detail.status).to.equal(400);
        expect(detail.queued).to.equal(false);
        await waitForText(el, 'message', 'Svaret ditt ble ikke mottatt på grunn av en feil hos oss. Prøv igjen.');
        expect(focused(el)).to.equal(part(el, 'message'));
        expect(part<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Parkering ved St. Olavs');
        expect(text(part(el, 'button-retry'))).to.equal('Prøv igjen');
        await expect(el).shadowDom.to.be.accessible();
        expect(warnings.messages.some((m) => m.includes('feedback not sent'))).to.equal(true);

        const sent = oneEvent(el, 'helse-feedback-sent');
        click(el, 'button-retry');
        const { detail: sentDetail } = (await sent) as CustomEvent<FeedbackSentDetail>;
        await waitForThanks(el, 'no');
        const records = await receiver.records();
        expect(records).to.have.length(1);
        expect(records[0].comment).to.equal('Parkering ved St. Olavs');
        expect(records[0].id).to.equal(detail.body.id);
        expect(sentDetail.body.id).to.equal(detail.body.id);
      } finally {
        warnings.restore();
      }
    });

    it('without a network, says the answer is kept and will be sent when back online', async () => {
      const warnings = captureWarnings();
      try {
        const el = await mount({ endpoint: unreachableEndpoint() });
        const failed = oneEvent(el, 'helse-feedback-error');
        click(el, 'button-yes');
        const { detail } = (await failed) as CustomEvent<FeedbackErrorDetail>;
        expect(detail.reason).to.equal('network');
        expect(detail.queued).to.equal(true);
        await waitForText(
          el,
          'message',
          'Du ser ut til å være uten nett. Svaret ditt er lagret og sendes når du er på nett igjen.',
        );
        expect(text(part(el, 'button-retry'))).to.equal('Prøv igjen nå');
        await expect(el).shadowDom.to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  });

  describe('a double click', () => {
    it('sends once while the first answer is under way', async () => {
      const receiver = testReceiver([{ delayMs: 600 }]);
      await receiver.ready;
      const el = await mount({ endpoint: receiver.endpoint });
      const yes = part<HTMLButtonElement>(el, 'button-yes')!;
      const box = yes.getBoundingClientRect();
      const position: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      await sendMouse({ type: 'click', position });
      await sendMouse({ type: 'click', position });
      await waitForThanks(el);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await receiver.requests()).filter((r) => r.method === 'POST')).to.have.length(1);
      expect(await receiver.records()).to.have.length(1);
    });
  });

  describe('by keyboard alone', () => {
    it('goes from the question through the form to the thanks', async () => {
      const receiver = testReceiver();
      await receiver.ready;
      const wrapper = await fixture(html`
        <div lang="nb">
          <button id="before">Før</button><helse-feedback endpoint=${receiver.endpoint}></helse-feedback>
        </div>
      `);
      const el = wrapper.querySelector('helse-feedback')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(part(el, 'button-yes'));
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(part(el, 'button-no'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)).to.equal(part(el, 'textarea'));
      await sendKeys({ type: 'Legevakt' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(part(el, 'button-send'));
      await sendKeys({ press: 'Enter' });
      await waitForThanks(el, 'no');
      expect(focused(el)).to.equal(part(el, 'message'));
      const [record] = await receiver.records();
      expect(record.comment).to.equal('Legevakt');
    });

    it('shows a visible focus ring on the buttons', async () => {
      const el = await mount();
      part<HTMLButtonElement>(el, 'button-yes')!.focus();
      await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(part(el, 'button-no')!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('in nynorsk and English', () => {
    const cases = [
      {
        lang: 'nn',
        question: 'Fann du det du leita etter?',
        yes: 'Ja',
        no: 'Nei',
        label: 'Kva leita du etter?',
        warning: /^Ikkje skriv personopplysningar/,
        count: 'Du har 1000 teikn igjen',
        send: 'Send',
        cancel: 'Avbryt',
        thanksNo: 'Takk for tilbakemeldinga! Vi bruker ho til å gjere nettsidene betre.',
        thanksYes: 'Takk for svaret ditt!',
        network: 'Du ser ut til å vere utan nett. Svaret ditt er lagra og blir sendt når du er på nett igjen.',
        retry: 'Prøv igjen no',
      },
      {
        lang: 'en',
        question: 'Did you find what you were looking for?',
        yes: 'Yes',
        no: 'No',
        label: 'What were you looking for?',
        warning: /^Do not include personal information/,
        count: 'You have 1000 characters remaining',
        send: 'Send',
        cancel: 'Cancel',
        thanksNo: 'Thank you for your feedback! We use it to improve our website.',
        thanksYes: 'Thank you for your answer!',
        network: 'You seem to be offline. Your answer is saved and will be sent when you are back online.',
        retry: 'Try again now',
      },
    ];

    for (const c of cases) {
      it(`${c.lang}: every state, and the locale in the body`, async () => {
        const receiver = testReceiver();
        await receiver.ready;
        const el = await mount({ endpoint: receiver.endpoint, lang: c.lang });
        await waitForText(el, 'question', c.question);
        expect(part(el, 'base')!.getAttribute('lang')).to.equal(c.lang);
        expect(text(part(el, 'button-yes'))).to.equal(c.yes);
        expect(text(part(el, 'button-no'))).to.equal(c.no);
        await expect(el).shadowDom.to.be.accessible();

        click(el, 'button-no');
        await el.updateComplete;
        expect(text(el.shadowRoot!.querySelector('label'))).to.equal(c.label);
        expect(text(part(el, 'warning'))).to.match(c.warning);
        expect(text(part(el, 'count'))).to.equal(c.count);
        expect(text(part(el, 'button-send'))).to.equal(c.send);
        expect(text(part(el, 'button-cancel'))).to.equal(c.cancel);
        await expect(el).shadowDom.to.be.accessible();

        click(el, 'button-send');
        await waitForText(el, 'message', c.thanksNo);
        await expect(el).shadowDom.to.be.accessible();
        const [record] = await receiver.records();
        expect(record.locale).to.equal(c.lang);
      });

      it(`${c.lang}: the thanks for Ja, and an answer kept while offline`, async () => {
        const el = await mount({ lang: c.lang });
        await waitForText(el, 'question', c.question);
        click(el, 'button-yes');
        await waitForText(el, 'message', c.thanksYes);

        const warnings = captureWarnings();
        try {
          const failing = await mount({ endpoint: unreachableEndpoint(), lang: c.lang, page: '/en-annen-side' });
          await waitForText(failing, 'question', c.question);
          click(failing, 'button-yes');
          await waitForText(failing, 'message', c.network);
          expect(text(part(failing, 'button-retry'))).to.equal(c.retry);
          await expect(failing).shadowDom.to.be.accessible();
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('layout and media', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
      await emulateMediaFeatures([
        { name: 'forced-colors', value: '' },
        { name: 'prefers-reduced-motion', value: '' },
      ]);
    });

    it('fits 320 px without horizontal scrolling, in every state', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await mount({ lang: 'nb' });
      const fits = () => document.documentElement.scrollWidth <= 320;
      expect(fits(), 'question').to.be.true;
      click(el, 'button-no');
      await el.updateComplete;
      await typeComment(el, 'Et-veldig-langt-ord-uten-mellomrom-'.repeat(8));
      expect(fits(), 'form').to.be.true;
      click(el, 'button-send');
      await waitForThanks(el, 'no');
      expect(fits(), 'thanks').to.be.true;
    });

    it('keeps buttons outlined and focus visible in forced colors', async () => {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      const el = await mount();
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const yes = part<HTMLButtonElement>(el, 'button-yes')!;
      expect(getComputedStyle(yes).borderTopStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(yes).borderTopWidth)).to.be.at.least(1);
      yes.focus();
      await sendKeys({ press: 'Tab' });
      const no = part<HTMLButtonElement>(el, 'button-no')!;
      expect(getComputedStyle(no).outlineStyle).to.equal('solid');
    });

    it('has no transitions when reduced motion is asked for', async () => {
      const el = await mount();
      const yes = part<HTMLButtonElement>(el, 'button-yes')!;
      expect(getComputedStyle(yes).transitionDuration).not.to.equal('0s');
      await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await waitUntil(() => getComputedStyle(yes).transitionDuration === '0s', 'transition still running');
    });

    it('inherits the page font and colour', async () => {
      const wrapper = await fixture(html`
        <div style="font-family: Georgia, serif; color: rgb(10, 20, 30)"><helse-feedback></helse-feedback></div>
      `);
      const el = wrapper.querySelector('helse-feedback')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'question')!).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle(part(el, 'question')!).color).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(part(el, 'button-no')!).fontFamily).to.equal('Georgia, serif');
    });

    it('takes the accent colour from --helse-color-accent set on the page', async () => {
      const wrapper = await fixture(html`
        <div style="--helse-color-accent: rgb(120, 0, 60)"><helse-feedback></helse-feedback></div>
      `);
      const el = wrapper.querySelector('helse-feedback')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'button-yes')!).backgroundColor).to.equal('rgb(120, 0, 60)');
    });
  });
});
