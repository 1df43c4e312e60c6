import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeAttachmentText } from '../../../../src/channels/email/body-charsets.ts';

const TEXT = 'Contact: Renée Müller — PIN: 739164';

describe('an attached text file’s bytes as text (red team round 13)', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT), undefined],
    ['UTF-8 with its byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), undefined],
    [
      'UTF-16LE with its mark, whatever the label',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]),
      'us-ascii',
    ],
    ['UTF-16BE with its mark', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]), undefined],
    ['Windows-1252 as declared', iconv.encode(TEXT, 'windows-1252'), 'windows-1252'],
    ['Windows-1252 with no charset named (not UTF-8)', iconv.encode(TEXT, 'windows-1252'), undefined],
    ['UTF-7 as declared', iconv.encode(TEXT, 'utf-7'), 'UTF-7'],
  ])('%s', (_how, bytes, charset) => {
    expect(decodeAttachmentText(bytes, charset)).toBe(TEXT);
  });

  it('ISO-8859-1 as declared keeps its letters', () => {
    expect(decodeAttachmentText(iconv.encode('Renée Müller', 'latin1'), 'iso-8859-1')).toBe('Renée Müller');
  });

  it('an unknown charset label falls back to UTF-8', () => {
    expect(decodeAttachmentText(Buffer.from(TEXT), 'x-unknown-charset')).toBe(TEXT);
  });
});
