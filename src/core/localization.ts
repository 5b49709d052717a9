import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { resolveLocale, SOURCE_LOCALE, type Locale } from './resolve-locale.js';
import { loadRuntime, type LocaleApi, type LocalizeRuntime } from './lit-localize.js';

/**
 * @lit/localize keeps one active locale per copy of the library, so every
 * helse element on a page renders in the same language. The rule:
 * the locale resolved by the element that connected last, or whose `lang`
 * changed last, wins; all elements follow it and mark their content with
 * that `lang`. When connected elements disagree we warn once.
 *
 * `configureLocalization` may run only once per page and throws the second
 * time. We therefore load and call it lazily — only when a non-source locale is
 * first needed — so a page in bokmål never downloads or touches it, and a host
 * app that configures @lit/localize itself does not break (we then warn and
 * stay in nb).
 */
export interface LocalizedHost {
  requestUpdate(): void;
}

/** One literal import per locale, so bundlers and dev servers can see and resolve each. */
const loadLocale = (locale: string) =>
  locale === 'nn' ? import('../generated/locales/nn.js') : import('../generated/locales/en.js');

const hosts = new Map<LocalizedHost & Element, Locale>();
let api: LocaleApi | null | undefined;
let apiLoading: Promise<LocaleApi | null> | undefined;
let pending: Promise<void> | undefined;
let observed = false;
let warnedMixed = false;

/**
 * The @lit/localize runtime, fetched the first time a page needs nynorsk or English: bokmål is the
 * source language, so a bokmål page never downloads it. Components import only `msg` and `str`,
 * which show the source text until the runtime is installed.
 */
function localeApi(): Promise<LocaleApi | null> {
  apiLoading ??= installRuntime();
  return apiLoading;
}

// The namespace, not `.then(({ configureLocalization }) => …)`: rollup 4.68 tree-shook that
// destructured export out of the runtime chunk, leaving an empty module.
async function installRuntime(): Promise<LocaleApi | null> {
  let runtime: LocalizeRuntime;
  try {
    runtime = await loadRuntime();
  } catch (error) {
    apiLoading = undefined; // a failed download is tried again by the next change of language
    throw error;
  }
  try {
    api = runtime.configureLocalization({ sourceLocale, targetLocales, loadLocale });
  } catch (error) {
    api = null;
    console.warn('helse-widgets: another script has configured @lit/localize; showing bokmål.', error);
  }
  return api;
}

/** The locale elements render in right now. */
export function activeLocale(): Locale {
  return (api?.getLocale() as Locale | undefined) ?? SOURCE_LOCALE;
}

/** Resolves when a requested locale change has finished loading, if one is under way. */
export function localeReady(): Promise<void> | undefined {
  return pending;
}

function requestLocale(locale: Locale): void {
  if (locale === activeLocale() && !pending) return;
  // Still on the source locale, and never asked for another: nothing to load or switch.
  if (locale === SOURCE_LOCALE && !apiLoading) return;
  // Fetch the translations alongside the runtime rather than after it (imports are cached).
  if (locale !== SOURCE_LOCALE) loadLocale(locale).catch(() => {});
  const loading = localeApi()
    .then((localize) => localize?.setLocale(locale))
    .catch((error: unknown) => console.warn(`helse-widgets: could not load locale "${locale}".`, error))
    .finally(() => {
      if (pending === loading) pending = undefined;
      for (const host of hosts.keys()) host.requestUpdate();
    });
  pending = loading;
}

function follow(locale: Locale): void {
  requestLocale(locale);
  if (warnedMixed) return;
  // Looked at without building a set: every element comes here as it connects.
  for (const other of hosts.values()) {
    if (other === locale) continue;
    warnedMixed = true;
    console.warn(
      `helse-widgets: elements in different languages (${[...new Set(hosts.values())].join(', ')}); showing the latest, "${locale}".`,
    );
    return;
  }
}

function onLangMutation(): void {
  let changed: Locale | undefined;
  for (const [host, before] of hosts) {
    const now = resolveLocale(host);
    if (now !== before) {
      hosts.set(host, now);
      changed = now;
    }
  }
  if (changed) follow(changed);
}

export function connectLocalizedHost(host: LocalizedHost & Element): void {
  const locale = resolveLocale(host);
  hosts.set(host, locale);
  if (!observed) {
    observed = true;
    new MutationObserver(onLangMutation).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  follow(locale);
}

/**
 * The observer stays when the last element leaves: a page that mounts and unmounts elements (a single-page
 * app, a dialog) would otherwise build it again for each one, and an idle one costs nothing.
 */
export function disconnectLocalizedHost(host: LocalizedHost & Element): void {
  hosts.delete(host);
}

/**
 * Switches to `locale` where no page decides it: server rendering and the command-line tool.
 * Resolves once its translations are active.
 */
export async function useLocale(locale: Locale): Promise<void> {
  requestLocale(locale);
  await pending;
}
