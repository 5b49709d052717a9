/** Why the report could not show the collector's data. */
export type FeedbackReportErrorReason = 'network' | 'timeout' | 'denied' | 'http' | 'invalid';

export interface FeedbackReportErrorDetail {
  reason: FeedbackReportErrorReason;
  /** The HTTP status, when the collector answered. */
  status?: number;
  /** The URL that failed. */
  url: string;
}

/** One page in the collector's ranking (GET /api/pages). */
export interface FeedbackReportPage {
  page: string;
  site: string;
  title: string | null;
  yes: number;
  no: number;
  comments: number;
  total: number;
  noShare: number;
}

/** One comment (GET /api/comments). */
export interface FeedbackReportComment {
  id: string;
  comment: string;
  locale: string | null;
  receivedAt: string;
  /** The day it came (`YYYY-MM-DD`) in the collector's time zone, the day its period filter counts. */
  date?: string;
}

declare module '../../core/helse-element.js' {
  interface HelseEventDetails {
    'helse-feedback-report-error': FeedbackReportErrorDetail;
  }
}
