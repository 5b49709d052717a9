import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/feedback/widget/define.js';
import type { HelseFeedback } from '../../src/feedback/widget/feedback.js';
import type { FeedbackBody, FeedbackErrorDetail } from '../../src/feedback/widget/events.js';
import { keep, readOutbox, OUTBOX_EXPIRY_MS, OUTBOX_LIMIT } from '../../src/feedback/widget/outbox.js';
import { captureWarnings, focused, part, shown, text, waitForText } from '../helpers/dom.js';
import { testReceiver, type Fault } from '../helpers/receiver.js';

const THANKS = 'Takk for svaret ditt!';
const OFFLINE = 'Du ser ut til å være uten nett. Svaret ditt er lagret og sendes når du er på nett igjen.';

async function mount(endpoint: string, options: { timeout?: number; page?: string; allowRepeat?: boolean } = {}) {
  const wrapper = await fixture<HTMLElement>(html`
    <div lang="nb">
      <helse-feedback
        endpoint=${endpoint}
        page=${options.page ?? ''}
        timeout=${options.timeout ?? 10000}
        ?allow-repeat=${options.allowRepeat}
        .retryDelays=${[20, 20]}
      ></helse-feedback>
    </div>
  `);
  const el = wrapper.querySelector<HelseFeedback>('helse-feedback')!;
  await el.updateComplete;
  return el;
}

const click = (el: HelseFeedback, name: string) => part<HTMLButtonElement>(el, name)!.click();
const posts = async (receiver: ReturnType<typeof testReceiver>) =>
  (await receiver.requests()).filter((request) => request.method === 'POST');
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fresh receiver with its faults, ready to use. */
async function receiverWith(faults: Fault[]) {
  const receiver = testReceiver(faults);
  await receiver.ready;
  return receiver;
}

/**
 * The outbox as this test's endpoint sees it. localStorage is shared by the test files that run side by
 * side on the same origin, so another file's kept answers must not count here.
 */
const outboxOf = (endpoint: string) => readOutbox().filter((item) => item.endpoint === endpoint);

describe('feedback delivery', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('offline, then online: kept, then sent once when the browser is back', async () => {
    const receiver = await receiverWith([{ drop: true }, { drop: true }, { drop: true }]);
    const el = await mount(receiver.endpoint);
    const failed = oneEvent(el, 'helse-feedback-error');
    click(el, 'button-yes');
    const { detail } = (await failed) as CustomEvent<FeedbackErrorDetail>;
    expect(detail.queued).to.equal(true);
    await waitForText(el, 'message', OFFLINE);
    expect(focused(el)).to.equal(part(el, 'message'));
    expect(outboxOf(receiver.endpoint).map((item) => item.body.id)).to.deep.equal([detail.body.id]);
    await expect(el).shadowDom.to.be.accessible();

    window.dispatchEvent(new Event('online'));
    await waitForText(el, 'message', THANKS);
    const records = await receiver.records();
    expect(records.map((record) => record.id)).to.deep.equal([detail.body.id]);
    expect(outboxOf(receiver.endpoint)).to.deep.equal([]);
  });

  it('back online: a prompt with nothing of its own to send still sends what another page kept', async () => {
    const receiver = await receiverWith([{ drop: true }, { drop: true }, { drop: true }]);
    const other = await mount(receiver.endpoint, { page: '/en-annen-side' });
    click(other, 'button-yes');
    await waitForText(other, 'message', OFFLINE);
    const [kept] = outboxOf(receiver.endpoint);
    other.remove();

    const here = await mount(receiver.endpoint);
    expect(shown(part(here, 'button-yes'))).to.be.true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => outboxOf(receiver.endpoint).length === 0, 'the kept answer is sent');
    expect((await receiver.records()).map((record) => record.id)).to.deep.equal([kept.body.id]);
  });

  it('500 twice, then success: retried with the same id, stored once', async () => {
    const receiver = await receiverWith([{ status: 500 }, { status: 500 }]);
    const el = await mount(receiver.endpoint);
    const submitted = oneEvent(el, 'helse-feedback-submit');
    click(el, 'button-yes');
    const { detail } = (await submitted) as CustomEvent<FeedbackBody>;
    await waitForText(el, 'message', THANKS);
    expect(await posts(receiver)).to.have.length(3);
    expect((await receiver.records()).map((record) => record.id)).to.deep.equal([detail.id]);
  });

  it('503 with Retry-After: waits as long as the server asks, then stores once', async () => {
    const receiver = await receiverWith([{ status: 503, retryAfter: 1 }]);
    const el = await mount(receiver.endpoint);
    click(el, 'button-yes');
    await waitForText(el, 'message', THANKS);
    const [first, second] = await posts(receiver);
    expect(second.at - first.at).to.be.at.least(950);
    expect(await receiver.records()).to.have.length(1);
  });

  it('a timeout: the late first answer and the retry make one record', async () => {
    const receiver = await receiverWith([{ delayMs: 1500 }]);
    const el = await mount(receiver.endpoint, { timeout: 300 });
    click(el, 'button-yes');
    await waitForText(el, 'message', THANKS);
    // Let the timed-out first request reach the receiver too: it is a duplicate.
    await settle(1600);
    expect(await posts(receiver)).to.have.length(2);
    expect(await receiver.records()).to.have.length(1);
  });

  it('a slow answer and a double click: one request, one record', async () => {
    const receiver = await receiverWith([{ delayMs: 700 }]);
    const el = await mount(receiver.endpoint);
    click(el, 'button-no');
    await el.updateComplete;
    click(el, 'button-send');
    click(el, 'button-send');
    await waitForText(el, 'message', /^Takk for tilbakemeldingen/);
    expect(await posts(receiver)).to.have.length(1);
    expect(await receiver.records()).to.have.length(1);
  });

  it('the page is hidden mid-send: the answer leaves with the page, and is stored once', async () => {
    const receiver = await receiverWith([{ delayMs: 1500 }]);
    const el = await mount(receiver.endpoint);
    click(el, 'button-yes');
    await waitForText(el, 'message', 'Sender svaret ditt …');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await waitUntil(async () => (await receiver.records()).length === 1, 'the answer sent on pagehide never arrived', {
      timeout: 1000,
    });
    const [, leaving] = await posts(receiver);
    expect(leaving.headers['content-type']).to.equal('application/json');
    expect(leaving.headers).not.to.have.property('cookie');
    await waitForText(el, 'message', THANKS);
    await settle(200);
    expect(await posts(receiver)).to.have.length(2);
    expect(await receiver.records()).to.have.length(1);
  });

  it('a reload with a kept answer: the next page sends it and says thanks', async () => {
    const receiver = await receiverWith([{ drop: true }, { drop: true }, { drop: true }]);
    const first = await mount(receiver.endpoint);
    click(first, 'button-yes');
    await waitForText(first, 'message', OFFLINE);
    const [kept] = outboxOf(receiver.endpoint);
    first.remove();

    // The next page load: a new element for the same page finds the kept answer.
    const second = await mount(receiver.endpoint);
    await waitForText(second, 'message', THANKS);
    expect((await receiver.records()).map((record) => record.id)).to.deep.equal([kept.body.id]);
    expect(outboxOf(receiver.endpoint)).to.deep.equal([]);
  });

  it('an answer the endpoint refuses is not kept for later', async () => {
    const receiver = await receiverWith([{ status: 400 }]);
    const el = await mount(receiver.endpoint);
    click(el, 'button-yes');
    await waitForText(el, 'message', 'Svaret ditt ble ikke mottatt på grunn av en feil hos oss. Prøv igjen.');
    expect(outboxOf(receiver.endpoint)).to.deep.equal([]);
    expect(await posts(receiver)).to.have.length(1);
  });

  describe('one answer per page per browser session', () => {
    it('keeps the thank-you after a reload', async () => {
      const receiver = await receiverWith([]);
      const first = await mount(receiver.endpoint);
      click(first, 'button-yes');
      await waitForText(first, 'message', THANKS);
      first.remove();
      const second = await mount(receiver.endpoint);
      expect(shown(part(second, 'button-yes'))).to.be.false;
      expect(text(part(second, 'message'))).to.equal(THANKS);
      // Another page may still be answered.
      const other = await mount(receiver.endpoint, { page: '/en-annen-side' });
      expect(shown(part(other, 'button-yes'))).to.be.true;
    });

    it('asks again with allow-repeat', async () => {
      const receiver = await receiverWith([]);
      const first = await mount(receiver.endpoint, { allowRepeat: true });
      click(first, 'button-yes');
      await waitForText(first, 'message', THANKS);
      first.remove();
      const second = await mount(receiver.endpoint, { allowRepeat: true });
      expect(shown(part(second, 'button-yes'))).to.be.true;
    });
  });

  it('a filled honeypot sends nothing, and the bot sees a thank-you', async () => {
    const receiver = await receiverWith([]);
    const el = await mount(receiver.endpoint);
    click(el, 'button-no');
    await el.updateComplete;
    const honeypot = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.closest('[aria-hidden="true"]')).to.exist;
    expect(honeypot.getBoundingClientRect().right).to.be.below(0);
    honeypot.value = 'https://spam.example';
    click(el, 'button-send');
    await waitForText(el, 'message', /^Takk for tilbakemeldingen/);
    await settle(100);
    expect(await posts(receiver)).to.have.length(0);
  });

  describe('the outbox', () => {
    it('keeps at most the newest items, and drops expired ones', () => {
      const body = (n: number) => ({ id: `id-${n}` }) as FeedbackBody;
      for (let n = 0; n < OUTBOX_LIMIT + 5; n++) keep('/x', body(n));
      const ids = readOutbox().map((item) => item.body.id);
      expect(ids).to.have.length(OUTBOX_LIMIT);
      expect(ids[0]).to.equal('id-5');
      expect(readOutbox(Date.now() + OUTBOX_EXPIRY_MS + 1)).to.deep.equal([]);
    });

    it('never throws when storage is full or blocked', () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        keep('/x', { id: 'a' } as FeedbackBody);
      } finally {
        Storage.prototype.setItem = setItem;
      }
      localStorage.setItem('helse-feedback-outbox', '{not json');
      expect(readOutbox()).to.deep.equal([]);
    });
  });
});
