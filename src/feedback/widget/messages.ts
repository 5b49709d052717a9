import { msg, str } from '../../core/lit-localize.js';
import { intlLocale } from '../../core/intl-locale.js';
import type { Locale } from '../../core/resolve-locale.js';
import type { PersonalDataKind } from '../protocol/personal-data.js';
import type { DeliveryState } from './delivery-controller.js';
import type { FeedbackAnswer, FeedbackFailure } from './events.js';

/** The thank-you: warmer for a «Nei» that told us what was missing. */
export const thanksMessage = (answer: FeedbackAnswer | undefined): string =>
  answer === 'no'
    ? msg('Takk for tilbakemeldingen! Vi bruker den til å gjøre nettsidene bedre.')
    : msg('Takk for svaret ditt!');

/** Where an answer under way stands, in words. Honest about why, and about when it will be sent. */
export function deliveryMessage(state: Exclude<DeliveryState, 'idle'>, failure?: FeedbackFailure): string {
  if (state === 'sending') return msg('Sender svaret ditt …');
  if (state === 'failed') return msg('Svaret ditt ble ikke mottatt på grunn av en feil hos oss. Prøv igjen.');
  // Kept for later: not a thank-you yet.
  return failure === 'network'
    ? msg('Du ser ut til å være uten nett. Svaret ditt er lagret og sendes når du er på nett igjen.')
    : failure === 'timeout'
      ? msg('Det tok for lang tid å sende svaret ditt. Det er lagret og sendes på nytt senere.')
      : msg('Vi kan ikke ta imot svaret ditt akkurat nå. Det er lagret og sendes på nytt senere.');
}

/** «Du har 12 tegn igjen», or how many too many. */
export function countMessage(remaining: number): string {
  if (remaining === 1) return msg('Du har 1 tegn igjen');
  if (remaining >= 0) return msg(str`Du har ${remaining} tegn igjen`);
  if (remaining === -1) return msg('Du har 1 tegn for mye');
  return msg(str`Du har ${-remaining} tegn for mye`);
}

/** «Det ser ut som du har skrevet et fødselsnummer og en e-postadresse. …» */
export function privacyMessage(kinds: PersonalDataKind[], locale: Locale): string {
  const names = kinds.map((kind) =>
    kind === 'national-id'
      ? msg('et fødselsnummer')
      : kind === 'phone'
        ? msg('et telefonnummer')
        : msg('en e-postadresse'),
  );
  const list = new Intl.ListFormat(intlLocale(locale)).format(names);
  return msg(str`Det ser ut som du har skrevet ${list}. Fjern det før du sender, eller send uten disse opplysningene.`);
}
