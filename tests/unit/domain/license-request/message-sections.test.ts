import { describe, expect, it } from 'vitest';
import { splitMessageSections } from '../../../../src/domain/license-request/message-sections.ts';

const texts = (body: string) => splitMessageSections(body).map((s) => s.lines.map((l) => l.text));

describe('mail chains: the newest message first, quoted headers dropped (issue 5)', () => {
  it('splits on -----Original Message----- and drops the quoted header block', () => {
    const sections = texts(
      'Please process.\n\n-----Original Message-----\nFrom: A\nSent: today\nSubject: Order\n\nHost ID: 1',
    );
    expect(sections[0]).toEqual(['Please process.', '']);
    expect(sections[1]).toEqual(['Host ID: 1']);
  });

  it('splits on "On … wrote:" (also over two lines) and strips > quotes', () => {
    expect(texts('New\n\nOn Tue, 12 Mar 2019, Jonas\nBerg <j@x.example> wrote:\n> Old: 1')[1]).toEqual(['Old: 1']);
    expect(texts('New\nOn Tue, Jonas wrote:\n> Old: 1\n>\n> Old: 2')[1]).toEqual(['Old: 1', '', 'Old: 2']);
  });

  it('splits on a Forwarded message marker and an Outlook From/Sent block', () => {
    expect(
      texts('FYI\n---------- Forwarded message ---------\nFrom: X\nDate: Y\nSubject: Z\nTo: W\n\nBody')[1],
    ).toEqual(['Body']);
    expect(texts('Top\n\nFrom: X <x@y.example>\nSent: Monday\nTo: Z\nSubject: Q\n\nOlder')[1]).toEqual(['Older']);
  });

  it('keeps line numbers of the original text for provenance', () => {
    const sections = splitMessageSections('Top\n-----Original Message-----\nFrom: A\n\nHost ID: 1');
    expect(sections[1]!.lines[0]).toEqual({ text: 'Host ID: 1', line: 5 });
  });

  it('drops the signature after a closing line or a -- delimiter', () => {
    expect(texts('Host: a\n\nBest regards,\nJane\nPhone: 1')[0]).toEqual(['Host: a', '']);
    expect(texts('Host: a\n-- \nJane')[0]).toEqual(['Host: a']);
  });

  it('leaves a mail without a chain as one section', () => expect(splitMessageSections('a\nb')).toHaveLength(1));
});
