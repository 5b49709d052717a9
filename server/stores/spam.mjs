// What the collector stores as spam on receipt, answering exactly as for a real answer so a bot learns nothing.
// (A comment identical to one of the ten minutes before is spam too: the store finds that in the database.)

/** HTML markup: a tag, or a character reference such as &lt; or &#60;. */
const MARKUP = /<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+|#x[\da-f]+);/i;
/** A link: a URL with a scheme, or a bare www. address. */
const LINK = /\b(?:[a-z][a-z\d+.-]*:\/\/|www\.)\S/gi;

/** Whether a comment has HTML markup or two links or more. */
export function looksLikeSpam(comment) {
  return MARKUP.test(comment) || (comment.match(LINK)?.length ?? 0) >= 2;
}
