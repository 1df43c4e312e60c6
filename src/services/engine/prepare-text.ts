/**
 * Before understanding: refuse what cannot be read, take a PIN line out of the text (it is never
 * stored or shown, DOMAIN.md §8), and warn about sensitive data (DOMAIN.md §4) — staff only ever
 * see the redacted text.
 */

import { redactPinLines } from '../../domain/pin.ts';
import { describeKind, findSensitiveData, redactSensitiveData } from '../../domain/sensitive-data.ts';
import { verifyPinInTurn } from './handlers/verification.ts';
import { sensitiveDataOptions } from './sensitive-options.ts';
import type { Turn } from './turn.ts';

/** Long enough for any real request; the rest of a huge message is kept out of understanding. */
export const MAX_UNDERSTOOD_CHARS = 20_000;
const PIN_LINE = /^[ \t>]*(?:my\s+)?(?:contact\s+)?pin(?:\s*(?:code|number|#))?\s*(?:is|:|=|#|-)?\s*(\d{4,12})\s*$/im;

export function prepareText(turn: Turn): { proceed: boolean; text: string } {
  const raw = turn.message.text ?? '';
  const printable = raw.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, '');
  if (raw.length > 0 && printable.trim().length < raw.trim().length * 0.7) {
    turn.decision = 'unreadable';
    turn.reply('unreadable-message');
    return { proceed: false, text: '' };
  }
  let text = printable.trim();
  if (text.length === 0 && turn.message.attachments.length === 0) {
    turn.decision = 'empty';
    turn.reply('empty-message');
    return { proceed: false, text: '' };
  }
  if (text.length > MAX_UNDERSTOOD_CHARS) {
    text = text.slice(0, MAX_UNDERSTOOD_CHARS);
    turn.reply('message-too-long', { limit: MAX_UNDERSTOOD_CHARS });
  }

  const pinLine = PIN_LINE.exec(text);
  if (pinLine) {
    text = text.replace(PIN_LINE, '').trim();
    if (turn.message.channel === 'slack') {
      // PINs are entered in the private form only; one typed in a message is discarded, not checked.
      turn.reply('pin-not-in-messages');
    } else if (turn.identity.contact && !turn.identity.authFailed) {
      verifyPinInTurn(turn, turn.identity.contact.email, pinLine[1]!);
    }
  }
  text = redactPinLines(text);

  const findings = findSensitiveData(text, sensitiveDataOptions(turn, text));
  if (findings.length > 0) {
    text = redactSensitiveData(text, findings);
    turn.reply('sensitive-data-warning', {
      kinds: [...new Set(findings.map((f) => describeKind(f.kind)))].join(', '),
    });
    turn.audit('message.redacted', turn.actor, { kinds: findings.map((f) => f.kind) });
  }
  return { proceed: text.length > 0 || turn.message.attachments.length > 0, text };
}
