/**
 * helse-widgets: registers every element. Import this once, or load
 * `dist/helse-widgets.min.js` with one `<script type="module">`.
 */
import './components/feedback/define.js';

export { HelseFeedback } from './components/feedback/feedback.js';
export type * from './components/feedback/events.js';
export type { Locale } from './localization/resolve-locale.js';
export { VERSION } from './generated/version.js';
