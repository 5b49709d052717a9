import { html, nothing, type PropertyDeclarations } from 'lit';
import { msg, str } from '../../core/lit-localize.js';
import { HelseDataElement } from '../data-element.js';
import { strategySchema, type Strategy } from '../schemas/strategy.js';
import { renderText, type Text } from '../text.js';
import { capitalize, countWord } from '../number-words.js';
import { parsePartialDate, renderDate } from '../../core/dates.js';
import { countGoals, goalsHeading, renderGoals } from '../goals.js';
import { clampLevel, heading } from '../heading.js';
import { renderBulletList, renderItemList } from '../items.js';
import { renderLink } from '../links.js';
import { buttons, tokens } from '../../core/tokens.styles.js';
import { contentStyles } from '../content.styles.js';
import { strategyStyles } from './strategy.styles.js';

/** Sections whose heading a document may override through `headings`. */
export type StrategySection =
  'about' | 'challenges' | 'goals' | 'values' | 'operationalisation' | 'boardCases' | 'documents' | 'brochure';

/**
 * A trust's strategy page from a JSON document: title, ambition or vision,
 * adoption, status and successor, challenges and goals as numbered lists,
 * values, operationalisation, board cases, documents and the brochure.
 * Section headings are derived from the counts in Norwegian number words
 * («Fem strategiske mål»), unless the document's `headings` say otherwise.
 *
 * @slot - Fallback content, shown until the document has rendered and again if it fails.
 *
 * @event helse-data-error - The document could not be loaded or is invalid. `detail`: `{ reason, message, path?, status?, src? }`.
 *
 * @csspart base - The rendered document.
 * @csspart title - The strategy's title.
 * @csspart organization - The organisation under the title.
 * @csspart statement - The ambition or vision.
 * @csspart adopted - «Vedtatt av …».
 * @csspart status - The status note.
 * @csspart intro - Each intro paragraph.
 * @csspart successor - The link to the strategy that follows.
 * @csspart heading - Every section heading.
 * @csspart group-heading - The title of a group of goals.
 * @csspart list - Every list of items.
 * @csspart item - Every item.
 * @csspart item-title - An item's title.
 * @csspart item-description - An item's description.
 * @csspart focus - The list of focus areas (quotes).
 * @csspart documents - The list of documents.
 * @csspart link - Every link.
 * @csspart loading - The placeholder while loading (only without fallback content).
 * @csspart error - The error message (only without fallback content).
 * @csspart retry - The «Prøv igjen» button after a load failure.
 *
 * @tagname helse-strategy
 */
export class HelseStrategy extends HelseDataElement<Strategy> {
  static override styles = [tokens, buttons, contentStyles, strategyStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Level of the title heading (1–6), 2 unless set; sections go one level deeper. */
  headingLevel?: number;

  protected get schema() {
    return strategySchema;
  }

  protected renderContent(strategy: Strategy) {
    const level = clampLevel(this.headingLevel);
    const about = strategy.headings?.about;
    // With an «Om …» heading, challenges and goals sit one level under it.
    const listLevel = about ? level + 2 : level + 1;
    return html`
      <header class="header">
        ${heading(level, this.#text(strategy.title), 'title')}
        ${
          strategy.organization
            ? html`<p part="organization" class="organization">${this.#text(strategy.organization)}</p>`
            : nothing
        }
      </header>
      ${this.#renderStatement(strategy)} ${this.#renderAdopted(strategy)}
      ${strategy.status ? html`<p part="status" class="status">${this.#text(strategy.status)}</p>` : nothing}
      ${strategy.intro?.map((paragraph) => html`<p part="intro">${this.#text(paragraph)}</p>`)}
      ${
        strategy.successor
          ? html`<p part="successor" class="successor">
              ${msg('Ny strategi:')} ${renderLink(strategy.successor, this.context)}
            </p>`
          : nothing
      }
      ${
        about && (strategy.challenges?.length || strategy.goals?.length)
          ? heading(level + 1, this.#text(about))
          : nothing
      }
      ${this.#section(strategy, 'challenges', listLevel, strategy.challenges, (items) => renderItemList(items, this.context))}
      ${this.#section(strategy, 'goals', listLevel, strategy.goals, (goals) => renderGoals(goals, this.context, listLevel + 1))}
      ${this.#section(strategy, 'values', level + 1, strategy.values, (values) => renderBulletList(values, this.context))}
      ${this.#renderOperationalisation(strategy, level + 1)} ${this.#renderBoardCases(strategy, level + 1)}
      ${this.#renderDocuments(strategy, level + 1)}
      ${this.#section(
        strategy,
        'brochure',
        level + 1,
        strategy.brochure,
        (brochure) => html`<p>${renderLink(brochure, this.context)}</p>`,
      )}
    `;
  }

  #text(text: Text | undefined) {
    return renderText(text, this.context);
  }

  /** A section with its heading, when the document has content for it. */
  #section<V>(
    strategy: Strategy,
    name: Exclude<StrategySection, 'about'>,
    level: number,
    content: V | undefined,
    render: (content: V) => unknown,
  ) {
    if (content === undefined || (Array.isArray(content) && content.length === 0)) return nothing;
    // A heading from the document is document text; a derived one is already in the page's language.
    const override = strategy.headings?.[name];
    const title = override ? this.#text(override) : this.#derivedHeading(name, strategy);
    return html`<section class="section section--${name}">${heading(level, title)} ${render(content)}</section>`;
  }

  #derivedHeading(name: Exclude<StrategySection, 'about'>, strategy: Strategy): string {
    if (name === 'challenges') return this.#challengesHeading(strategy.challenges?.length ?? 0);
    if (name === 'goals') return goalsHeading(countGoals(strategy.goals ?? []), this.locale);
    return {
      values: msg('Verdier'),
      operationalisation: msg('Operasjonalisering'),
      boardCases: msg('Styrets behandling'),
      documents: msg('Bakgrunn og dokumentasjon'),
      brochure: msg('Brosjyre'),
    }[name];
  }

  /** «Fire hovedutfordringer», «Én hovedutfordring». */
  #challengesHeading(count: number): string {
    if (count === 1) return msg('Én hovedutfordring');
    return capitalize(msg(str`${countWord(count, this.locale)} hovedutfordringer`));
  }

  #renderStatement(strategy: Strategy) {
    const statements: [string, Text | undefined][] = [
      [msg('Ambisjon'), strategy.ambition],
      [msg('Visjon'), strategy.vision],
    ];
    return statements.map(([label, text]) =>
      text
        ? html`<div part="statement" class="statement">
            <p class="statement-label">${label}</p>
            <p class="statement-text">${this.#text(text)}</p>
          </div>`
        : nothing,
    );
  }

  /** «Vedtatt av styret for Helse Midt-Norge RHF i 2010», with the date in a `<time>`. */
  #renderAdopted(strategy: Strategy) {
    const adopted = strategy.adopted;
    if (!adopted) return nothing;
    const time = renderDate(adopted.date, this.locale);
    const byDay = parsePartialDate(adopted.date)?.precision === 'day';
    const by = adopted.by ? this.#text(adopted.by) : undefined;
    const sentence = by
      ? byDay
        ? msg(html`Vedtatt av ${by} den ${time}`)
        : msg(html`Vedtatt av ${by} i ${time}`)
      : byDay
        ? msg(html`Vedtatt den ${time}`)
        : msg(html`Vedtatt i ${time}`);
    return html`<p part="adopted" class="adopted">${sentence}</p>`;
  }

  #renderOperationalisation(strategy: Strategy, level: number) {
    const part = strategy.operationalisation;
    if (!part || !(part.intro || part.focus?.length || part.measuresIntro || part.measures?.length)) return nothing;
    return this.#section(strategy, 'operationalisation', level, part, () => [
      part.intro ? html`<p>${this.#text(part.intro)}</p>` : nothing,
      part.focus?.length
        ? html`<ul part="focus" class="focus">
            ${part.focus.map((focus) => html`<li><q>${this.#text(focus)}</q></li>`)}
          </ul>`
        : nothing,
      part.measuresIntro ? html`<p>${this.#text(part.measuresIntro)}</p>` : nothing,
      part.measures?.length ? renderItemList(part.measures, this.context) : nothing,
    ]);
  }

  #renderBoardCases(strategy: Strategy, level: number) {
    const cases = strategy.boardCases;
    return this.#section(strategy, 'boardCases', level, cases, (board) => [
      board.intro ? html`<p>${this.#text(board.intro)}</p>` : nothing,
      html`<p>${renderLink(board.link, this.context)}</p>`,
    ]);
  }

  #renderDocuments(strategy: Strategy, level: number) {
    const documents = strategy.documents;
    if (!documents?.items.length) return nothing;
    return this.#section(strategy, 'documents', level, documents, (docs) => [
      docs.intro ? html`<p>${this.#text(docs.intro)}</p>` : nothing,
      html`<ul part="documents" class="documents">
        ${docs.items.map((link) => html`<li>${renderLink(link, this.context)}</li>`)}
      </ul>`,
    ]);
  }
}
