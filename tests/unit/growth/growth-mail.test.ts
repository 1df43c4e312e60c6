/**
 * Red team round 15: what the mail channel and the engine run on a whole body — quote and signature
 * stripping, forwards, HTML conversion, the own-signature finder, the sensitive-data scan and the PIN search —
 * take time growing about linearly with pathological runs. The mail channel reads the body whole (the
 * license reader's chain is 200,000 characters of it); before, a body of "Thanks," lines took 17 s at 200,000
 * characters (extract-reply.ts: each closing read the whole rest of the body again), a chain of short quoted
 * mails grew with its square in the own-signature finder (own-signature.ts), and 12,500 nested <div>s
 * overflowed the HTML converter's stack.
 */
import { describe, expect, it } from 'vitest';
import { extractReplyFromHtml, htmlToPlainText } from '../../../src/domain/email/extract-html-reply.ts';
import { extractReply } from '../../../src/domain/email/extract-reply.ts';
import { splitForward } from '../../../src/domain/email/forwarded-message.ts';
import { newMailContent } from '../../../src/domain/email/new-content.ts';
import { ownSignatureSpans } from '../../../src/domain/own-signature.ts';
import { redactPins } from '../../../src/domain/pin-text.ts';
import { findSensitiveData } from '../../../src/domain/sensitive-data.ts';
import { expectAboutLinear, PATHOLOGICAL_UNITS, repeated } from '../../support/growth.ts';

/** 50,000 and 100,000 characters, half the chain the license reader is given (turn.ts MAX_CHAIN_CHARS). */
const N = 50_000;

const readers: ReadonlyArray<readonly [string, (text: string) => unknown]> = [
  ['quote and signature stripping', extractReply],
  ['the new content of a replayed mail', (text) => newMailContent(text, 'Re: order')],
  ['a forward', (text) => splitForward(text, 'Fwd: order')],
  ['an HTML body', extractReplyFromHtml],
  ["the sender's own signature", (text) => ownSignatureSpans(text, { name: 'Ana Ruiz', email: 'ana@acme.example' })],
  ['the sensitive-data scan', findSensitiveData],
  ['the PIN search', redactPins],
];

describe('round 15: mail cleanup and the scans read whole bodies in linear time', () => {
  for (const [reader, read] of readers) {
    it.each(PATHOLOGICAL_UNITS)(
      `${reader}: a run of %s`,
      (_name, unit) => {
        expectAboutLinear(read, (n) => repeated(unit, n), N);
      },
      120_000,
    );
  }

  it.each([
    ['<div>', '<div>'],
    ['<b>', '<b>'],
    ['<blockquote>', '<blockquote>'],
  ])('HTML nested %s by the thousand is converted, its text before kept', (_name, tag) => {
    const html = `<p>Please close case 01000001.</p>${tag.repeat(20_000)}deep`;
    expect(htmlToPlainText(html, { keepQuotes: true })).toContain('Please close case 01000001.');
    expect(extractReplyFromHtml(html).text).toContain('Please close case 01000001.');
  });
});
