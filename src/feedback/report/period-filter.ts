import { html } from 'lit';
import { msg } from '../../core/lit-localize.js';

export const DAY_MS = 86_400_000;

/** A day as `YYYY-MM-DD` in the editor's own time zone (a Norwegian editor's is the collector's). */
export const localDate = (time: number) => {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** The presets beside the date fields: the last n days, today included. */
const PRESETS = [7, 30, 90] as const;

/** A section filter as the collector takes it: a path that starts (and, for a folder, ends) with `/`. */
export const normalisePrefix = (value: string) => {
  const trimmed = value.trim();
  return !trimmed || trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
};

/**
 * The period and section filter: presets («Siste 7 dager», «30 dager», «90 dager», pressed when the
 * period is theirs) that apply at once, the two dates and the path prefix, applied with «Vis perioden».
 */
export function renderPeriodFilter(
  period: { from: string; to: string; pathPrefix: string },
  setPeriod: (from: string, to: string) => void,
  apply: (event: SubmitEvent) => void,
) {
  const today = localDate(Date.now());
  return html`
    <form part="filter" class="filter" @submit=${apply}>
      <div class="presets" role="group" aria-label=${msg('Periode')}>
        ${PRESETS.map((days) => {
          const from = localDate(Date.now() - (days - 1) * DAY_MS);
          return html`<button
            part="button"
            class="button button--secondary"
            type="button"
            aria-pressed=${period.from === from && period.to === today}
            @click=${() => setPeriod(from, today)}
          >
            ${days === 7 ? msg('Siste 7 dager') : days === 30 ? msg('30 dager') : msg('90 dager')}
          </button>`;
        })}
      </div>
      <div class="field">
        <label for="from">${msg('Fra og med')}</label>
        <input id="from" name="from" type="date" .value=${period.from} required />
      </div>
      <div class="field">
        <label for="to">${msg('Til og med')}</label>
        <input id="to" name="to" type="date" .value=${period.to} required />
      </div>
      <div class="field">
        <label for="prefix">${msg('Del av nettstedet')}</label>
        <input
          id="prefix"
          name="prefix"
          type="text"
          .value=${period.pathPrefix}
          placeholder="/behandlinger/"
          aria-describedby="prefix-hint"
          spellcheck="false"
          autocomplete="off"
        />
        <span id="prefix-hint" class="hint">${msg('Sider med adresse som begynner slik. Tomt: alle sider.')}</span>
      </div>
      <button part="button" class="button" type="submit">${msg('Vis perioden')}</button>
    </form>
  `;
}
