/** Registers both meeting elements: `<helse-meeting-summary>` and `<helse-meeting-list>`. */
import './components/meeting-summary/define.js';
import './components/meeting-list/define.js';

export { HelseMeetingSummary } from './components/meeting-summary/meeting-summary.js';
export { HelseMeetingList } from './components/meeting-list/meeting-list.js';
export type { Meeting, MeetingImage, MeetingList } from './data/schemas/meeting.js';
