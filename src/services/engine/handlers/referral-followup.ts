/**
 * A reply about the referral the bot just made (issue 21 §12): the conversation remembers whom the contact was
 * sent to and why (dialogue.ts, `idle.referral`), so "to which address exactly?", "I did write to them, no
 * answer" or "can't you make an exception?" is answered about that referral — where to write, what to do when
 * the team is silent, that the rule makes no exception — instead of being read as a new request or as not
 * understood. A message that makes a request of its own (a case named, a problem reported, an order) is read
 * as one; the referral is kept while the conversation stays idle.
 */
import { followUpOfReferral, type Referral } from '../../../domain/conversation/referral-followup.ts';
import { type Intent, mainIntent, type Reading } from '../../../domain/understanding/reading.ts';
import { withoutGuess } from '../../../domain/understanding/statistical/fallback-reader.ts';
import { previousConversationOfSender } from '../../../store/conversation-store.ts';
import type { Dialogue } from '../dialogue.ts';
import type { Turn } from '../turn.ts';

/** Requests of their own: a message that makes one is no follow-up, whatever it says of the referral. */
const OWN_REQUESTS: ReadonlySet<Intent> = new Set([
  'open-case',
  'add-to-case',
  'controlled-software',
  'my-cases',
  'severity-change',
  'close-case',
  'pin',
  'download',
  'release-type',
  'cancel',
]);

/** A referral is remembered for a week: an answer about it later is no longer about this conversation. */
const REMEMBERED_MS = 7 * 24 * 3600 * 1000;

/**
 * The referral this conversation remembers, or the one the sender's previous conversation on the channel
 * ended with (a mail answered without In-Reply-To starts a conversation of its own).
 */
export async function rememberedReferral(
  turn: Turn,
  dialogue: Dialogue,
  reading: Reading,
): Promise<Referral | undefined> {
  if (dialogue.kind !== 'idle') return undefined;
  if (dialogue.referral) return dialogue.referral;
  // Only a mail starts a new conversation for a reply (a Slack thread or DM keeps its own), and only a message
  // that could be a follow-up is worth the read: a new case or an order costs no extra statement.
  if (turn.message.channel !== 'email' || !mayFollowUp(reading)) return undefined;
  const previous = await previousConversationOfSender(
    turn.ctx.db,
    turn.conversation.channel,
    turn.conversation.senderKey,
    turn.conversation.id,
  );
  const before = previous?.dialogue as Dialogue | undefined;
  return before?.kind === 'idle' ? before.referral : undefined;
}

export async function answerAboutReferral(
  turn: Turn,
  referral: Referral,
  text: string,
  reading: Reading,
): Promise<boolean> {
  if (turn.message.receivedAt.getTime() - Date.parse(referral.at) > REMEMBERED_MS) return false;
  if (!mayFollowUp(reading)) return false;
  const followUp = followUpOfReferral(text, referral);
  if (!followUp) return false;
  turn.decision = `referral-${followUp}`;
  await turn.reply(`referral-${followUp}`, {
    where: referral.address ? `${referral.team} at ${referral.address}` : referral.team,
    why: referral.why,
  });
  await turn.audit('referral.followed-up', turn.actor, { kind: followUp, team: referral.team });
  return true;
}

/** A message that names a case or makes a request of its own is no follow-up of a referral. */
function mayFollowUp(reading: Reading): boolean {
  const rules = withoutGuess(reading);
  return !rules.slots.caseNumbers && !OWN_REQUESTS.has(mainIntent(rules));
}
