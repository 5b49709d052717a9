import { html, nothing } from 'lit';
import type { Locale } from '../core/resolve-locale.js';
import { formatter, intlLocale } from '../core/intl-locale.js';
import { renderText, type Text, type TextContext } from './text.js';

/** A link as documents give it. */
export interface Link {
  label: Text;
  href: string;
  /** File type, e.g. "pdf". */
  type?: string;
  /** File size in bytes. */
  size?: number;
}

/**
 * Relative URLs are allowed whatever page they are on, so they are judged against a fixed http base: the same
 * answer in a browser and in the command-line tool, which has no page.
 */
const BASE = 'http://a/';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Whether an href may become a link: `http:`, `https:`, `mailto:` or relative.
 * The URL parser decides, so tricks like `java\tscript:` or leading spaces are
 * judged exactly as the browser would follow them.
 */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.trim() === '') return false;
  try {
    return ALLOWED_PROTOCOLS.has(new URL(href, BASE).protocol);
  } catch {
    return false;
  }
}

/** Whether an image may load from this URL: `http:`, `https:` or relative, never `javascript:` or `data:`. */
export function isSafeImageSrc(src: unknown): src is string {
  return isSafeHref(src) && new URL(src, BASE).protocol !== 'mailto:';
}

/** «1,2 MB», «340 kB» in the locale's number format. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [unit, value] = bytes >= 1e6 ? ['megabyte', bytes / 1e6] : ['kilobyte', Math.max(bytes / 1e3, 1)];
  const digits = value < 10 ? 1 : 0;
  return formatter(
    `${locale} ${unit} ${digits}`,
    () =>
      new Intl.NumberFormat(intlLocale(locale), {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: digits,
      }),
  ).format(value);
}

/** «PDF, 1,2 MB» — what a visitor should know before opening a file. */
export function fileMeta(link: Pick<Link, 'type' | 'size'>, locale: Locale): string {
  const parts = [link.type?.toUpperCase(), link.size === undefined ? undefined : formatFileSize(link.size, locale)];
  return parts.filter(Boolean).join(', ');
}

/**
 * A link with its file type and size inside the link text, so screen readers
 * read them with it. An href we do not allow is shown as plain text.
 */
export function renderLink(link: Link, context: TextContext, part = 'link') {
  const label = renderText(link.label, context);
  const meta = fileMeta(link, context.locale);
  // Label and meta straight into the link's template: a template around them would be one more instance per link.
  const file = meta ? html` <span class="file-meta">(${meta})</span>` : nothing;
  return isSafeHref(link.href)
    ? html`<a part=${part} href=${link.href}>${label}${file}</a>`
    : html`<span part=${`${part} unsafe-link`}>${label}${file}</span>`;
}
