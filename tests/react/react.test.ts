import { expect, waitUntil } from '@open-wc/testing';
import React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import {
  HelseFeedback,
  HelseFeedbackReport,
  HelseGoalList,
  HelseMeetingList,
  HelseMeetingSummary,
  HelseStrategy,
} from '../../src/react/index.js';
import { part, text } from '../helpers/dom.js';
import { CONTENT_FIXTURES, fixtureJson, ready } from '../helpers/content.js';
import { testReceiver } from '../helpers/receiver.js';

/** The content wrappers share their props (`data`, `src`, …) and `onHelseDataError`. */
const CONTENT: Record<string, typeof HelseStrategy> = {
  'helse-strategy': HelseStrategy,
  'helse-goal-list': HelseGoalList as unknown as typeof HelseStrategy,
  'helse-meeting-summary': HelseMeetingSummary as unknown as typeof HelseStrategy,
  'helse-meeting-list': HelseMeetingList as unknown as typeof HelseStrategy,
};

let container: HTMLElement;
let root: Root;

/** Renders a React tree into the page and returns the custom element it made. */
function render(tree: React.ReactElement, tag: string): HTMLElement {
  flushSync(() => root.render(tree));
  const el = container.querySelector<HTMLElement>(tag);
  if (!el) throw new Error(`React rendered no <${tag}>`);
  return el;
}

describe('helse-widgets/react', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    flushSync(() => root.unmount());
    container.remove();
  });

  for (const [tag, fixture] of CONTENT_FIXTURES) {
    it(`<${tag}> renders data passed as a prop`, async () => {
      const Component = CONTENT[tag];
      const el = render(React.createElement(Component, { data: await fixtureJson(fixture) }), tag);
      await ready(el);
      expect(text(part(el, 'base'))).to.not.equal('');
    });

    it(`<${tag}> calls onHelseDataError with the event when the data is wrong`, async () => {
      const Component = CONTENT[tag];
      const errors: string[] = [];
      render(
        React.createElement(Component, {
          data: { title: 42 },
          onHelseDataError: (event) => errors.push(event.detail.reason),
        }),
        tag,
      );
      await waitUntil(() => errors.length > 0, 'no onHelseDataError');
      expect(errors).to.deep.equal(['invalid']);
    });
  }

  it('<helse-feedback> takes its props and calls onHelseFeedbackSubmit and onHelseFeedbackSent', async () => {
    const receiver = testReceiver();
    await receiver.ready;
    const submitted: string[] = [];
    const sent: number[] = [];
    const el = render(
      React.createElement(HelseFeedback, {
        endpoint: receiver.endpoint,
        page: 'https://helse-midt.no/react',
        allowRepeat: true,
        onHelseFeedbackSubmit: (event) => submitted.push(event.detail.answer),
        onHelseFeedbackSent: (event) => sent.push(event.detail.status),
      }),
      'helse-feedback',
    );
    await waitUntil(() => part(el, 'button-yes'), 'no «Ja» button');
    part(el, 'button-yes')!.click();
    await waitUntil(() => sent.length > 0, 'no onHelseFeedbackSent');
    expect(submitted).to.deep.equal(['yes']);
    expect(sent).to.deep.equal([201]);
    const [record] = await receiver.records();
    expect(record.page).to.equal('https://helse-midt.no/react');
  });

  it('<helse-feedback-report> calls onHelseFeedbackReportError when the collector fails', async () => {
    const reasons: string[] = [];
    render(
      React.createElement(HelseFeedbackReport, {
        collector: '/report-api/ok',
        token: 'wrong',
        onHelseFeedbackReportError: (event) => reasons.push(event.detail.reason),
      }),
      'helse-feedback-report',
    );
    await waitUntil(() => reasons.length > 0, 'no onHelseFeedbackReportError');
    expect(reasons).to.deep.equal(['denied']);
  });
});
