import { defineElement } from '../../core/define.js';
import { HelseMeetingList } from './meeting-list.js';

defineElement('helse-meeting-list', HelseMeetingList);

declare global {
  interface HTMLElementTagNameMap {
    'helse-meeting-list': HelseMeetingList;
  }
}
