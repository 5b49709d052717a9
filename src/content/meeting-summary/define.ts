import { defineElement } from '../../core/define.js';
import { HelseMeetingSummary } from './meeting-summary.js';

defineElement('helse-meeting-summary', HelseMeetingSummary);

declare global {
  interface HTMLElementTagNameMap {
    'helse-meeting-summary': HelseMeetingSummary;
  }
}
