/**
 * helse-widgets: registers every element. Import this once, or load
 * `dist/helse-widgets.min.js` with one `<script type="module">`.
 */
import './feedback/widget/define.js';
import './content/strategy/define.js';
import './content/goal-list/define.js';
import './content/meeting-summary/define.js';
import './content/meeting-list/define.js';

export { HelseFeedback } from './feedback/widget/feedback.js';
export { HelseStrategy, type StrategySection } from './content/strategy/strategy.js';
export { HelseGoalList } from './content/goal-list/goal-list.js';
export { HelseMeetingSummary } from './content/meeting-summary/meeting-summary.js';
export { HelseMeetingList } from './content/meeting-list/meeting-list.js';
export type * from './feedback/widget/events.js';
export type { DataErrorDetail, DataErrorReason } from './content/errors.js';
export type { Strategy, GoalGroup } from './content/schemas/strategy.js';
export type { Item } from './content/schemas/common.js';
export type { Meeting, MeetingImage, MeetingList } from './content/schemas/meeting.js';
export type { Text, LocalizedText } from './content/text.js';
export type { Link } from './content/links.js';
export type { Locale } from './core/resolve-locale.js';
export { VERSION } from './generated/version.js';
