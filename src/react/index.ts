/**
 * React components for every helse element, made with `@lit/react`: props are the elements'
 * properties, and each event has a typed callback (`onHelseFeedbackSent`, …). Importing this module
 * registers the elements, like the package's main entry. React (17 or newer) is the app's own.
 *
 * ```tsx
 * import { HelseFeedback } from 'helse-widgets/react';
 * <HelseFeedback endpoint="/api/feedback" onHelseFeedbackSent={(event) => console.log(event.detail.status)} />
 * ```
 */
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../feedback/widget/define.js';
import '../feedback/report/define.js';
import '../content/strategy/define.js';
import '../content/goal-list/define.js';
import '../content/meeting-summary/define.js';
import '../content/meeting-list/define.js';
import { HelseFeedback as FeedbackElement } from '../feedback/widget/feedback.js';
import { HelseFeedbackReport as FeedbackReportElement } from '../feedback/report/feedback-report.js';
import { HelseStrategy as StrategyElement } from '../content/strategy/strategy.js';
import { HelseGoalList as GoalListElement } from '../content/goal-list/goal-list.js';
import { HelseMeetingSummary as MeetingSummaryElement } from '../content/meeting-summary/meeting-summary.js';
import { HelseMeetingList as MeetingListElement } from '../content/meeting-list/meeting-list.js';
import type { HelseEventMap } from '../core/helse-element.js';

/** The React prop for an event: `helse-feedback-sent` → `onHelseFeedbackSent`, typed by its detail. */
const on = <K extends keyof HelseEventMap>(name: K) => name as EventName<HelseEventMap[K]>;

const dataEvents = { onHelseDataError: on('helse-data-error') };

export const HelseFeedback = createComponent({
  react: React,
  tagName: 'helse-feedback',
  elementClass: FeedbackElement,
  events: {
    onHelseFeedbackSubmit: on('helse-feedback-submit'),
    onHelseFeedbackSent: on('helse-feedback-sent'),
    onHelseFeedbackError: on('helse-feedback-error'),
  },
  displayName: 'HelseFeedback',
});

export const HelseFeedbackReport = createComponent({
  react: React,
  tagName: 'helse-feedback-report',
  elementClass: FeedbackReportElement,
  events: { onHelseFeedbackReportError: on('helse-feedback-report-error') },
  displayName: 'HelseFeedbackReport',
});

export const HelseStrategy = createComponent({
  react: React,
  tagName: 'helse-strategy',
  elementClass: StrategyElement,
  events: dataEvents,
  displayName: 'HelseStrategy',
});

export const HelseGoalList = createComponent({
  react: React,
  tagName: 'helse-goal-list',
  elementClass: GoalListElement,
  events: dataEvents,
  displayName: 'HelseGoalList',
});

export const HelseMeetingSummary = createComponent({
  react: React,
  tagName: 'helse-meeting-summary',
  elementClass: MeetingSummaryElement,
  events: dataEvents,
  displayName: 'HelseMeetingSummary',
});

export const HelseMeetingList = createComponent({
  react: React,
  tagName: 'helse-meeting-list',
  elementClass: MeetingListElement,
  events: dataEvents,
  displayName: 'HelseMeetingList',
});
