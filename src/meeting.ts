/** Registers both meeting elements: `<helse-meeting-summary>` and `<helse-meeting-list>`. */
import './content/meeting-summary/define.js';
import './content/meeting-list/define.js';

export { HelseMeetingSummary } from './content/meeting-summary/meeting-summary.js';
export { HelseMeetingList } from './content/meeting-list/meeting-list.js';
export type { Meeting, MeetingImage, MeetingList } from './content/schemas/meeting.js';
