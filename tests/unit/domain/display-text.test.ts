import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { singleLine, visibleControls, withoutControls } from '../../../src/domain/display-text.ts';
import { escapeSlackText } from '../../../src/domain/slack-text.ts';

const ESC = '\u001b';
const RLO = '\u202e';
/** Every character display-text.ts must never pass through as such. */
const HOSTILE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('issue 18 §8 (red team round 6): control and bidi characters in customer text', () => {
  it('issue 18 §8: a subject or file name keeps its words on one line, without terminal sequences or a bidi override', () => {
    expect(singleLine(`SIP ${ESC}]0;pwned\u0007down ${RLO}gnp.exe`)).toBe('SIP ]0;pwneddown gnp.exe');
    expect(singleLine('line one\r\nline two\tand\u2028three')).toBe('line one line two and three');
    expect(singleLine(`report\u2067.pdf\u2069 \u0085next`)).toBe('report.pdf next');
  });

  it('issue 18 §8: text of several lines keeps its line ends as LF and loses every control and bidi character', () => {
    expect(withoutControls(`a\r\nb\rc\u2029d ${ESC}[2J${ESC}[31mred${ESC}[0m \u009b31m`)).toBe(
      'a\nb\nc\nd [2J[31mred[0m 31m',
    );
    expect(withoutControls('tab\tstays, زبان\u200cها and 👩\u200d💻 too')).toBe(
      'tab\tstays, زبان\u200cها and 👩\u200d💻 too',
    );
  });

  it('issue 18 §8: for a terminal every such character is shown as its escape and none is written as itself', () => {
    expect(visibleControls(`SIP ${ESC}]0;x\u0007 ${RLO}gnp.exe\rfake\r\nnext`)).toBe(
      'SIP \\u001b]0;x\\u0007 \\u202egnp.exe\\rfake\r\nnext',
    );
  });

  it('issue 18 §8: Slack-bound text has none of them either (a U+202E on a staff card reverses what follows)', () => {
    expect(escapeSlackText(`<!here> ${RLO}gnp.exe`)).toBe('&lt;!here&gt; gnp.exe');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        for (const out of [singleLine(text), withoutControls(text), escapeSlackText(text), visibleControls(text)]) {
          expect(out).not.toMatch(HOSTILE);
        }
        expect(singleLine(text)).not.toMatch(/[\r\n]/);
      }),
    );
  });
});
