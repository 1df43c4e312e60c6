/**
 * Before understanding: refuse what cannot be read, take every PIN out of the text (it is never
 * stored or shown, DOMAIN.md §8; issue 18 §3), and warn about sensitive data (DOMAIN.md §4) — staff
 * only ever see the redacted text.
 */

import { boundedBlankRuns, singleLine, withoutControls } from '../../domain/display-text.ts';
import { extractReply } from '../../domain/email/extract-reply.ts';
import { carriesHistory, newMailContent } from '../../domain/email/new-content.ts';
import { namedAsAnothersPin } from '../../domain/pin-owner.ts';
import {
  findPinMentions,
  type PinMention,
  redactPins,
  redactPinsInRow,
  withoutOwnPinPhrases,
} from '../../domain/pin-text.ts';
import { describeKind, findSensitiveData, redactSensitiveData } from '../../domain/sensitive-data.ts';
import { verifyPinInTurn } from './handlers/verification.ts';
import { sensitiveDataOptions } from './sensitive-options.ts';
import type { Turn } from './turn.ts';
import type { InboundMessage } from './types.ts';

/** Long enough for any real request; the rest of a huge message is kept out of understanding. */
export const MAX_UNDERSTOOD_CHARS = 20_000;

/**
 * Longer than any subject people write (mail clients fold at 78 characters a line; 998 is a line's limit,
 * RFC 5322 §2.1.1). A 300,000-character subject is read by every pattern of understanding, stored and
 * echoed in each reply: kept whole it held one mail for minutes (red team round 9).
 */
export const MAX_SUBJECT_CHARS = 998;

/**
 * The message as the engine keeps it: subject, attachment names and decoded attachment contents with
 * every PIN removed (issue 18 §3) — they are stored, echoed in replies' subjects and shown to staff.
 * The text itself is prepared by prepareText, which first checks the PIN it finds. Subject and file
 * names are one line without control or bidi characters (display-text.ts): staff see them on cards,
 * pages and in a terminal. Every text has its runs of blanks cut (`boundedBlankRuns`) and the subject its
 * length: what the readers' patterns are given stays cheap to read (red team round 9).
 */
export function withoutPins(message: InboundMessage): InboundMessage {
  // PINs go before the cut, so that no cut leaves half of one.
  const subject = message.subject === undefined ? undefined : clipped(redactPins(singleLine(message.subject)));
  const attachments = message.attachments.map((a) => {
    const filename = redactPins(singleLine(a.filename));
    const text = a.text === undefined ? undefined : redactPins(boundedBlankRuns(withoutControls(a.text)));
    const rows = a.rows?.map(redactPinsInRow);
    return { ...a, filename, ...(text === undefined ? {} : { text }), ...(rows ? { rows } : {}) };
  });
  const text = boundedBlankRuns(message.text);
  // The whole chain is what a license request is read from, and its values go to Licensing: no controls either.
  const fullText = message.fullText === undefined ? undefined : boundedBlankRuns(withoutControls(message.fullText));
  return {
    ...message,
    text,
    ...(fullText === undefined ? {} : { fullText }),
    ...(subject === undefined ? {} : { subject }),
    attachments,
  };
}

function clipped(subject: string): string {
  return subject.length > MAX_SUBJECT_CHARS ? `${subject.slice(0, MAX_SUBJECT_CHARS - 1)}…` : subject;
}

export async function prepareText(turn: Turn): Promise<{ proceed: boolean; text: string }> {
  // A forged mail in a contact's name goes to the auth-failure notice (its owner told, staff too) whether its
  // body was read or not: its owner is not asked to resend a mail they never sent (red team round 12).
  if (turn.message.unreadableBody && turn.identity.authFailed) return { proceed: true, text: '' };
  if (turn.message.unreadableBody) {
    turn.decision = 'unreadable';
    await turn.reply('body-not-read', { why: turn.message.unreadableBody });
    return { proceed: false, text: '' };
  }
  const raw = turn.message.text ?? '';
  // Controls (a terminal would run them) and bidi overrides (any viewer reverses what follows) go.
  const printable = raw.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\u202a-\u202e\u2066-\u2069]/g,
    '',
  );
  if (raw.length > 0 && printable.trim().length < raw.trim().length * 0.7) {
    turn.decision = 'unreadable';
    await turn.reply('unreadable-message');
    return { proceed: false, text: '' };
  }
  const unread = turn.message.attachments.filter((a) => a.unreadable);
  if (unread.length > 0) {
    // A spreadsheet past its bounds was refused unread (issue 18 §4): said politely, the rest goes on.
    await turn.reply('spreadsheet-not-read', {
      files: unread.map((a) => `"${a.filename}" (${a.unreadable})`).join(', '),
    });
    await turn.audit('attachment.refused', turn.actor, { files: unread.map((a) => a.filename) });
  }
  let text = printable.trim();
  if (text.length === 0 && turn.message.attachments.length === 0) {
    turn.decision = 'empty';
    await turn.reply('empty-message');
    return { proceed: false, text: '' };
  }
  if (text.length > MAX_UNDERSTOOD_CHARS) {
    text = text.slice(0, MAX_UNDERSTOOD_CHARS);
    await turn.reply('message-too-long', { limit: MAX_UNDERSTOOD_CHARS });
  }

  // Every PIN in the text goes, a "PIN:" line whole; the first one given is checked (DOMAIN.md §8).
  const pins = findPinMentions(text);
  if (pins.length > 0) {
    const given = pinGivenNow(turn, text, pins);
    text = withoutOwnPinPhrases(redactPins(text, { dropLines: true, mentions: pins })).trim();
    if (turn.message.channel === 'slack') {
      // PINs are entered in the private form only; one typed in a message is discarded, not checked. It
      // stays in the channel's history (a Slack Connect customer's message cannot be deleted by us), so
      // it must be changed, and staff are told (issue 19 §3). A code alone is removed without alarm.
      if (pins.some((m) => !m.code)) await warnExposedPin(turn);
    } else if (turn.identity.contact && !turn.identity.authFailed) {
      if (given && offeredAsPin(given.mention, given.said, turn)) {
        await verifyPinInTurn(turn, turn.identity.contact.email, given.mention.digits);
      }
    }
  }

  // A mail's quoted history is not what the contact says now (the mail channel strips it; a replayed mail
  // still has it): its addresses are no leak, its old questions no answer (issue 21 §1).
  if (turn.message.channel === 'email' && carriesHistory(text)) text = newMailContent(text, turn.message.subject ?? '');

  const findings = findSensitiveData(text, await sensitiveDataOptions(turn, text));
  if (findings.length > 0) {
    text = redactSensitiveData(text, findings);
    // A mail that failed authentication was likely not written by the address it names: its owner gets
    // one notice (auth-failure.ts), not advice about a message they never sent (red team round 7).
    if (!turn.identity.authFailed) {
      await turn.reply('sensitive-data-warning', {
        kinds: [...new Set(findings.map((f) => describeKind(f.kind)))].join(', '),
      });
    }
    await turn.audit('message.redacted', turn.actor, { kinds: findings.map((f) => f.kind) });
  }
  return { proceed: text.length > 0 || turn.message.attachments.length > 0, text };
}

/**
 * The PIN the sender gives in this message, and the text it is in: in a mail, one in the quoted or forwarded
 * history is an old line (often someone else's), removed like any PIN but never checked — checking it would
 * count a failed attempt against the sender (issue 18 §5) for a PIN they did not type now.
 */
function pinGivenNow(turn: Turn, text: string, pins: PinMention[]): { mention: PinMention; said: string } | undefined {
  const said = turn.message.channel === 'email' && carriesHistory(text) ? extractReply(text).withoutQuotes : text;
  // A code ("my code 482913") is removed but never checked: it may be a bridge's or a door's.
  const mention = (said === text ? pins : findPinMentions(said)).find((m) => !m.code && !m.repeat);
  return mention && { mention, said };
}

/**
 * A PIN the sender offers for checking: a "PIN:" line always (as the sender means it, whatever its length).
 * A PIN named mid-sentence is checked only when it has as many digits as a Contact PIN (red team round 7),
 * the sentence does not name it as a device's or another's ("the phone asks for the PIN 123456", pin-owner.ts),
 * and the sender is not verified already: then it offers nothing, and a device's PIN of a Contact PIN's
 * length would count a failed attempt, five locking the contact out (red team round 8).
 */
function offeredAsPin(mention: PinMention, text: string, turn: Turn): boolean {
  if (mention.line) return true;
  const policy = turn.ctx.policy.pin;
  if (mention.digits.length < policy.minLength || mention.digits.length > policy.maxLength) return false;
  return !turn.identity.verified && !namedAsAnothersPin(text, mention.start);
}

async function warnExposedPin(turn: Turn): Promise<void> {
  const verify = turn.identity.verified ? [] : [{ kind: 'verify' as const }];
  await turn.reply('pin-not-in-messages', { portal: turn.ctx.policy.supportPortalName }, verify);
  await turn.audit('pin.exposed', turn.actor, { channel: turn.message.channel });
  const contact = turn.identity.contact;
  await turn.notifyStaff('analyst', 'staff-pin-exposed', {
    who: contact ? `${contact.name} (${contact.email})` : 'a Slack user',
    sender: turn.identity.senderKey,
  });
}
