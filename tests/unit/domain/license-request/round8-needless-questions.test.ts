/** Issue 25 round 8 §2: no question for a field the mail gives in words the reader did not take as that field. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { findServerMentions } from '../../../../src/domain/license-request/server-mentions.ts';

const mentions = (text: string) => findServerMentions([{ text, line: 1, row: false, paragraph: 0 }]);

describe('issue 25 round 8 §2: an OS family named without its release, said of every server', () => {
  it.each([
    ['Both are Solaris:', 'Solaris'],
    ['All three servers run AIX.', 'AIX'],
    ['Both boxes are Windows Server.', 'Windows Server'],
  ])('"%s" gives every server the OS %s', (text, os) => {
    expect(mentions(text)).toEqual([expect.objectContaining({ all: true, values: { os } })]);
  });

  it('a bare family said of no server in particular, or a word that names no product alone, is not read', () => {
    expect(mentions('Our developers like Solaris.')).toEqual([]);
    expect(mentions('Both are Windows.')).toEqual([]);
  });

  it('two labelled servers and "Both are Solaris": neither OS is asked', () => {
    const result = extractLicenseRequest({
      body: [
        'Hi Licensing,',
        '',
        'Company: Feldkirch Versicherung AG',
        'Solution: Outbound Contact Solution v9, 40 seats',
        'Use: production, two license servers',
        '',
        'Node        Role      Host ID',
        'fkv-lm-a1   primary   0a1b2c3d',
        'fkv-lm-b1   backup    0a1b2c4e',
        '',
        'Both are Solaris.',
        '',
        'Kind regards',
        'Jonas Weber',
      ].join('\n'),
    });
    expect(result.questions.map((q) => q.field).filter((f) => /\]\.os$/.test(f))).toEqual([]);
  });
});
