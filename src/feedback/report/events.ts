import type { CollectorComment, CollectorPage } from '../protocol/collector-api.js';

/** Why the report could not show the collector's data. */
export type FeedbackReportErrorReason = 'network' | 'timeout' | 'denied' | 'http' | 'invalid';

export interface FeedbackReportErrorDetail {
  reason: FeedbackReportErrorReason;
  /** The HTTP status, when the collector answered. */
  status?: number;
  /** The URL that failed. */
  url: string;
}

/** One page in the collector's ranking (GET /api/pages), as the shared protocol defines it. */
export type FeedbackReportPage = CollectorPage;

/** One comment (GET /api/comments), with its status. */
export type FeedbackReportComment = CollectorComment;

export type { CommentStatus } from '../protocol/collector-api.js';

declare module '../../core/helse-element.js' {
  interface HelseEventDetails {
    'helse-feedback-report-error': FeedbackReportErrorDetail;
  }
}
