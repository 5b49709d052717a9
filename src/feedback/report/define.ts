import { defineElement } from '../../core/define.js';
import { HelseFeedbackReport } from './feedback-report.js';

defineElement('helse-feedback-report', HelseFeedbackReport);

declare global {
  interface HTMLElementTagNameMap {
    'helse-feedback-report': HelseFeedbackReport;
  }
}
