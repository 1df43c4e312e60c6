import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../src/domain/email/extract-reply.ts';
import { CORPUS_DIR, corpusChecks } from './reply-corpus.ts';

/**
 * Expectations we knowingly do not meet. The actual output is asserted, so a change in behaviour
 * still fails the test and forces a second look.
 */
const NOT_A_SIGNATURE = 'crisp_email_reply_parser/email_not_a_signature.txt';

const KNOWN_DIVERGENCES: Record<string, { actual: string; reason: string }> = {
  [`fragment_count_1 ${NOT_A_SIGNATURE}`]: {
    actual: readFileSync(join(CORPUS_DIR, NOT_A_SIGNATURE), 'utf8')
      .replace(/\s*Sincerely,\s*Super Domain Name Manager\s*$/, '')
      .replace(/[ \t]+$/gm, ''),
    reason:
      'the upstream parser cuts only at "--"; we also read a closing ("Sincerely,") over a name as the start of ' +
      "the signature, in every language we answer, so a customer's phones and disclaimer do not reach the reader.",
  },
  'html_whitespace_removed_exact talon/reply-separated-by-hr.html': {
    actual: 'HithereBob',
    reason:
      'talon drops "Bob", the line right above the <hr> that starts the quote; we keep every line of the new ' +
      'content above the quote header, and "Bob" is not a signature we can recognise.',
  },
};

const checks = corpusChecks();

describe('reply extraction against the reply-parsing corpus', () => {
  it('covers every usable expectation', () => {
    expect(checks.length).toBe(86);
  });

  for (const check of checks) {
    const key = `${check.kind} ${check.name.split(' (')[0]}`;
    const divergence = KNOWN_DIVERGENCES[key];
    if (divergence) {
      it(`known divergence: ${key}`, async () => {
        const actual = await check.actual();
        expect(actual).not.toBe(check.expected);
        expect(actual).toBe(divergence.actual);
      });
    } else {
      it(`${check.kind}: ${check.name}`, async () => {
        expect(await check.actual()).toBe(check.expected);
      });
    }
  }
});

const read = (path: string) => readFileSync(join(CORPUS_DIR, path), 'utf8');
const textOf = (path: string) => extractReply(read(path)).text;

/** Upstream's assertions on fragments[0] (kept) and on the quoted fragments (gone from our text). */
const CONTENT_CHECKS: Array<[string, RegExp[], RegExp[]]> = [
  ['crisp_email_reply_parser/email_2.txt', [/^Hi,$/], [/You can list/]],
  ['github_email_reply_parser/email_1_2.txt', [/^Hi,$/], [/You can list/]],
  ['crisp_email_reply_parser/email_4.txt', [/^Awesome/], [/Loader/]],
  ['crisp_email_reply_parser/email_6.txt', [/^I get/], [/Was this/]],
  ['crisp_email_reply_parser/email_one_is_not_on.txt', [/One outstanding question/], [/^On Oct 1, 2012/m]],
  ['github_email_reply_parser/email_one_is_not_on.txt', [/One outstanding question/], [/^On Oct 1, 2012/m]],
  ['github_email_reply_parser/greedy_on.txt', [/^On your remote host/], [/^On 9 Jan 2014/m]],
  ['crisp_email_reply_parser/email_reply_header.txt', [/On the other hand, it could happen TWICE/], [/mrmister/]],
  ['crisp_email_reply_parser/correct_sig.txt', [/./], [/^rick/m]],
  ['crisp_email_reply_parser/sig_no_empty_line.txt', [/signature with no empty line above/], [/rick/]],
  [
    'crisp_email_reply_parser/email_tricky_2_url_with_wrote.txt',
    [/Check out this article/, /https:\/\/example\.com/],
    [],
  ],
  ['crisp_email_reply_parser/email_tricky_3_code_block.txt', [/function sendEmail/], []],
  ['crisp_email_reply_parser/email_tricky_4_from_in_body.txt', [/This is the actual message content/], []],
  ['crisp_email_reply_parser/email_tricky_6_regards_in_sentence.txt', [/with regards to the payment/], []],
  ['crisp_email_reply_parser/email_tricky_7_multiple_dashes.txt', [/Key Points/, /just separators/], []],
  ['crisp_email_reply_parser/email_tricky_8_sent_from_in_content.txt', [/sent from my iPhone app/, /main server/], []],
  ['crisp_email_reply_parser/email_tricky_9_nested_quotes.txt', [/I agree with the points/], [/^>/m]],
  ['crisp_email_reply_parser/email_tricky_11_double_signature.txt', [/Thanks for your help/], [/Senior Developer/]],
  ['crisp_email_reply_parser/email_tricky_16_unicode_signatures.txt', [/Thanks for the update/], []],
  ['crisp_email_reply_parser/email_tricky_17_forward_header.txt', [/See the forwarded message/], [/forwarded content/]],
  [
    'crisp_email_reply_parser/email_tricky_19_quote_without_header.txt',
    [/I wanted to respond/, /final thoughts/],
    [/^>/m],
  ],
  ['crisp_email_reply_parser/email_tricky_20_html_entities.txt', [/&gt; 100 and &lt; 200/], []],
];

describe('content kept and quotes removed (upstream fragment assertions)', () => {
  it.each(CONTENT_CHECKS)('%s', (path, kept, removed) => {
    const text = textOf(path);
    for (const pattern of kept) expect(text).toMatch(pattern);
    for (const pattern of removed) expect(text).not.toMatch(pattern);
  });

  it('handles the pathological github sample quickly', () => {
    const started = performance.now();
    extractReply(read('github_email_reply_parser/pathological.txt'));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
