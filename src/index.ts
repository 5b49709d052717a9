/**
 * helse-widgets: registers every element. Import this once, or load
 * `dist/helse-widgets.min.js` with one `<script type="module">`.
 */
import './components/feedback/define.js';
import './components/strategy/define.js';
import './components/goal-list/define.js';
import './components/meeting-summary/define.js';
import './components/meeting-list/define.js';

export { HelseFeedback } from './components/feedback/feedback.js';
export { HelseStrategy, type StrategySection } from './components/strategy/strategy.js';
export { HelseGoalList } from './components/goal-list/goal-list.js';
export { HelseMeetingSummary } from './components/meeting-summary/meeting-summary.js';
export { HelseMeetingList } from './components/meeting-list/meeting-list.js';
export type * from './components/feedback/events.js';
export type { DataErrorDetail, DataErrorReason } from './data/errors.js';
export type { Strategy, GoalGroup } from './data/schemas/strategy.js';
export type { Item } from './data/schemas/common.js';
export type { Meeting, MeetingImage, MeetingList } from './data/schemas/meeting.js';
export type { Text, LocalizedText } from './data/text.js';
export type { Link } from './shared/links.js';
export type { Locale } from './localization/resolve-locale.js';
export { VERSION } from './generated/version.js';
