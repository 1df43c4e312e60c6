/**
 * Verification (DOMAIN.md §1, §8): only Designated Contacts verified by their PIN act for an account.
 * The PIN is checked against its scrypt hash, never echoed or logged; five wrong PINs lock it for
 * fifteen minutes; an empty PIN leads to an Admin case.
 */
import type { Intent } from '../../../domain/conversation/intents.ts';
import { decidePinAttempt, pinMatches } from '../../../domain/pin.ts';
import { getCaseById } from '../../../store/case-store.ts';
import { findContactByEmail, grantsOf, knownProductNames, updatePinState } from '../../../store/directory-reader.ts';
import { recordVerification } from '../../../store/verification-store.ts';
import { caseAccessFor } from '../case-access.ts';
import { type Dialogue, IDLE, type PendingRequest } from '../dialogue.ts';
import { dispatch } from '../dispatch.ts';
import type { Turn } from '../turn.ts';
import { routeIntent } from './route.ts';

/** True when the sender may act; otherwise the right explanation is sent and the request is kept. */
export function requireVerified(turn: Turn, pending: PendingRequest): boolean {
  const { identity, message } = turn;
  if (identity.contact && !identity.contact.designated) {
    turn.decision = 'not-designated';
    turn.reply('not-designated', { name: identity.contact.name });
    return false;
  }
  if (identity.verified) return true;
  if (!identity.contact && message.channel !== 'slack') {
    turn.decision = 'unknown-sender';
    turn.reply('unknown-sender');
    return false;
  }
  const hinted = turn.caseRow ? undefined : turn.caseHint;
  turn.setDialogue({ kind: 'awaiting-verification', pending: hinted ? { ...pending, caseId: hinted.id } : pending });
  turn.decision = 'verification-requested';
  turn.reply(`verify-${message.channel}`);
  return false;
}

/** Dialogues that act for an account: going on with one needs a verified sender, as starting it did. */
const ACCOUNT_DIALOGUES: ReadonlySet<Dialogue['kind']> = new Set([
  'choose-pair',
  'open-case',
  'temp-license',
  'controlled-software',
]);

/**
 * A dialogue that acts for an account goes on only while its sender is verified (the PIN link lasts
 * `slackLinkHours`, DOMAIN.md §8; issue 18 §2). Otherwise the PIN is asked for and the dialogue waits,
 * with this message, to go on once it is given. True when the message was held.
 */
export function holdForVerification(turn: Turn, text: string, intent: Intent): boolean {
  const waiting = turn.dialogue.kind === 'awaiting-verification' ? turn.dialogue.pending.resume : undefined;
  const dialogue = waiting ?? turn.dialogue;
  if (!ACCOUNT_DIALOGUES.has(dialogue.kind)) return false;
  if (turn.identity.verified) {
    if (waiting) turn.setDialogue(waiting);
    return false;
  }
  turn.setDialogue(dialogue);
  requireVerified(turn, { intent, text, resume: dialogue });
  return true;
}

/** Checks a PIN for `email` on behalf of this turn's sender, then resumes what was waiting. */
export function verifyPinInTurn(turn: Turn, email: string, pin: string): boolean {
  const { ctx, identity, message } = turn;
  const contact = findContactByEmail(ctx.db, email);
  // One answer for an unknown address, a wrong PIN and a Slack user that is not this contact's,
  // so the form cannot be used to learn who is in the directory.
  const slackMismatch =
    message.channel === 'slack' &&
    contact?.slackUserId &&
    message.sender.kind === 'slack' &&
    contact.slackUserId !== message.sender.userId;
  if (!contact || slackMismatch) {
    turn.audit('pin.rejected', `${message.channel}:${identity.senderKey}`, {
      reason: contact ? 'slack-user-mismatch' : 'unknown-contact',
    });
    turn.reply('pin-wrong-generic');
    return false;
  }
  const outcome = decidePinAttempt(
    {
      hasPin: contact.pinHash !== null,
      failedAttempts: contact.failedPinAttempts,
      lockedUntil: contact.lockedUntil ? new Date(contact.lockedUntil) : null,
    },
    () => pinMatches(pin, contact.pinHash!),
    message.receivedAt,
    ctx.policy.pin,
  );
  updatePinState(ctx.db, contact.id, outcome.next.failedAttempts, outcome.next.lockedUntil?.toISOString() ?? null);
  const subject = `contact:${contact.email}`;
  switch (outcome.result) {
    case 'no-pin':
      turn.audit('pin.empty', subject);
      turn.identity.contact = contact;
      turn.setDialogue({ kind: 'offer-admin-case', contactId: contact.id });
      turn.reply('pin-empty-offer-admin-case');
      return false;
    case 'locked':
      turn.audit('pin.locked', subject, { until: outcome.until.toISOString() });
      turn.reply('pin-locked', {
        until: outcome.until.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        minutes: ctx.policy.pin.lockoutMinutes,
      });
      return false;
    case 'wrong':
      turn.audit('pin.failed', subject, { attemptsLeft: outcome.attemptsLeft });
      turn.reply('pin-wrong', { attemptsLeft: outcome.attemptsLeft });
      return false;
    case 'verified': {
      const expires = new Date(message.receivedAt.getTime() + ctx.policy.pin.slackLinkHours * 3_600_000);
      recordVerification(ctx.db, {
        channel: message.channel,
        senderKey: identity.senderKey,
        contactId: contact.id,
        verifiedAt: turn.nowIso,
        expiresAt: expires.toISOString(),
      });
      turn.audit('pin.verified', subject, { channel: message.channel });
      identity.contact = contact;
      identity.verified = true;
      identity.grants = grantsOf(ctx.db, contact.id);
      turn.reply('pin-verified', { name: contact.name, hours: ctx.policy.pin.slackLinkHours });
      if (turn.dialogue.kind === 'awaiting-verification') {
        const pending = turn.dialogue.pending;
        turn.setDialogue(IDLE);
        resumePending(turn, pending);
      }
      return true;
    }
  }
}

/**
 * The request that waited for the PIN. The case it arrived about is shown to it now if the sender,
 * verified, may see that case; the request is then read again as being about that case, as it would
 * have been had the sender been verified when it came.
 */
function resumePending(turn: Turn, pending: PendingRequest): void {
  if (pending.resume) {
    turn.setDialogue(pending.resume);
    return dispatch(turn, pending.text);
  }
  const hinted = pending.caseId === undefined ? undefined : getCaseById(turn.ctx.db, pending.caseId);
  if (!hinted || !caseAccessFor(turn, hinted, 'view').allowed) return routeIntent(turn, pending.intent, pending.text);
  turn.attachCase(hinted);
  const understanding = turn.ctx.classifier.classify(pending.text, {
    knownProducts: knownProductNames(turn.ctx.db),
    inCaseThread: true,
  });
  routeIntent(turn, understanding.intent, pending.text, understanding);
}

/** "I forgot my PIN" / "my PIN is empty": PINs are never sent by email (DOMAIN.md §1). */
export function answerPinQuestion(turn: Turn): void {
  const contact = turn.identity.contact;
  turn.decision = 'pin-help';
  if (contact && !turn.identity.authFailed && contact.pinHash === null) {
    turn.setDialogue({ kind: 'offer-admin-case' });
    turn.reply('pin-empty-offer-admin-case');
    return;
  }
  turn.reply('pin-help', { portal: turn.ctx.policy.supportPortalName });
}
