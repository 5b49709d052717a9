import { defineElement } from '../../core/define.js';
import { HelseFeedback } from './feedback.js';

defineElement('helse-feedback', HelseFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'helse-feedback': HelseFeedback;
  }
}
