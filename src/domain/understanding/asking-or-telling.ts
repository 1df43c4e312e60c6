/**
 * Whether a message asks or tells (issue 21 §6, §11), by the form of its sentences: about a case, a
 * question is a request for its status ("is anyone actually looking at this one?", "when is the fix
 * coming?") and a statement is news for it ("we rolled back the carrier config", "admin login is …");
 * elsewhere, a question the rules do not name is still a question, not nonsense. A rhetorical question
 * ("how would I know what changed?") asks nothing.
 */
import { isAcknowledgement } from './acknowledgement.ts';
import { RHETORICAL, withoutLeadIn } from './question-form.ts';
import { isQuestion } from './questions.ts';
import { type Piece, sentences } from './text.ts';

/** Greetings, thanks and sign-offs between the sentences that say something. */
const SMALL_TALK =
  /^(?:hi|hello|hey|dear\s+[\w\s]{1,30}|good\s+(?:morning|afternoon|evening|day)|thanks?(?:\s+you)?(?:\s+\w+){0,3}|thx|cheers|regards|best(?:\s+regards)?|kind\s+regards|br|rgds)[\s,.!:-]*$/i;
/** A name on its own ("Carla", "Ben Ode"). */
const NAME = /^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}[\s,.!]*$/;

/** The sentences that say something: no greeting, thanks, name or acknowledgement. */
export function saying(text: string): Piece[] {
  return sentences(text).filter(
    (p) => !SMALL_TALK.test(p.text.trim()) && !NAME.test(p.text.trim()) && !isAcknowledgement(p.text),
  );
}

/** A sentence that asks for an answer (a rhetorical question asks nothing). */
export function asks(piece: Piece): boolean {
  return isQuestion(piece.text) && !RHETORICAL.test(withoutLeadIn(piece.text));
}

/** Some sentence of the message asks for an answer. */
export function asksSomething(text: string): boolean {
  return saying(text).some(asks);
}

/**
 * News for a case: files sent, or something the contact did, told as a statement ("new trace attached",
 * "we applied it this morning", "tried the setting from the KB article").
 */
const NEWS =
  /\b(?:attached|attaching|enclosed|uploaded|uploading|here\s+(?:is|are)\s+(?:the|our|a|an|new|fresh)|sending\s+(?:you\s+)?(?:the|our|new|fresh))\b|(?:^|\b(?:we|i|they|he|she)\s+(?:have\s+|had\s+|just\s+|also\s+|already\s+)*)(?!(?:need|feed|seed|speed|indeed|proceed|exceed|succeed)\b)(?:[a-z]{2,}ed|did|ran|made|took|put|set|got|sent|rebuilt)\b/i;

/**
 * Something the case is told beside it: login details, an account, a contact ("admin login is …"), how urgent
 * it is for the contact ("01000388 can wait till next week, no rush").
 */
const TOLD_DETAIL =
  /\b(?:can\s+wait|no\s+(?:rush|hurry)|not\s+urgent|take\s+your\s+time)\b|\b(?:login|password|account|credentials?|user(?:name)?|vpn|access)\b[^.?!\n]{0,20}\b(?:is|are|:)|\b(?:too|also|again|still|as\s+well)\b/i;

/** Statements that tell the case something, and whether the message opens with one. */
export function tellsNews(text: string): { tells: boolean; first: boolean; detail: boolean } {
  const said = saying(text);
  const statements = said.filter((p) => !asks(p) && p.text.split(/\s+/).length >= 3);
  const news = statements.filter((p) => NEWS.test(p.text));
  return {
    tells: news.length > 0,
    first: news.length > 0 && said[0] === news[0],
    detail: news.length > 0 || statements.some((p) => TOLD_DETAIL.test(p.text)),
  };
}

/**
 * What a question is about when the rules name no topic: the support service itself — cases, contracts,
 * coverage, levels, licenses, products, this channel. "can you book me a flight?", "what's 2+2", "where can I
 * find the invoice?" are none of it.
 */
const SERVICE_NOUN =
  /\b(?:cases?|tickets?|contracts?|cover(?:s|ed|age)?|entitle\w*|severit\w*|levels?|priorit\w*|licen[cs]e\w*|support|customer\s+care|cc|analysts?|engineers?|products?|versions?|releases?|patch\w*|fix(?:es)?|hot\s*fix\w*|portal|bot|account|login|pin|designated\s+contacts?|partners?|end\s+users?)\b/i;
const NOT_OURS =
  /\b(?:invoices?|bills?|billing|payments?|receipts?|flights?|hotels?|lunch|dinner|weather|vegetarian)\b/i;

/** A question of the message about the support service, in a sentence of its own. */
export function asksAboutService(text: string): boolean {
  return saying(text).some((p) => asks(p) && SERVICE_NOUN.test(p.text) && !NOT_OURS.test(p.text));
}
