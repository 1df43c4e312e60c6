// Issue 6, parsing: forwarded messages are part of what the sender asks about, not quoted history.
import { describe, expect, it } from 'vitest';
import { forwardText, splitForward, withAttachedMessages } from '../../../../src/domain/email/forwarded-message.ts';

const ORDER = 'Company name: Northwind Telecom\nSellable item: Enterprise Routing Solution 8.5\nQuantity: 40';

describe('splitForward: the forwards mail clients write', () => {
  it.each([
    [
      'Gmail',
      'Fwd: order',
      `Please process this.\n\n---------- Forwarded message ---------\nFrom: Olu <olu@nwt.example>\nDate: Mon, 4 Mar 2019 at 09:12\nSubject: order\nTo: Rachel <rk@lake.example>\n\n${ORDER}`,
    ],
    [
      'Thunderbird',
      'Fwd: order',
      `Please process this.\n\n-------- Forwarded Message --------\nSubject: \torder\nDate: \tMon, 4 Mar 2019 09:12:00 +0000\nFrom: \tOlu <olu@nwt.example>\nTo: \trk@lake.example\n\n${ORDER}`,
    ],
    [
      'Apple Mail',
      'Fwd: order',
      `Please process this.\n\nBegin forwarded message:\n\nFrom: Olu <olu@nwt.example>\nSubject: order\nDate: 4 March 2019 at 09:12:00 GMT\nTo: Rachel <rk@lake.example>\n\n${ORDER}`,
    ],
    [
      'Outlook, by its FW: subject',
      'FW: order',
      `Please process this.\n\n________________________________\nFrom: Olu <olu@nwt.example>\nSent: Monday, March 4, 2019 9:12 AM\nTo: Rachel <rk@lake.example>\nSubject: order\n\n${ORDER}`,
    ],
    [
      'Outlook "Original Message", by its Fwd: subject',
      'Fwd: order',
      `Please process this.\n\n-----Original Message-----\nFrom: Olu <olu@nwt.example>\nSent: Monday, March 4, 2019 9:12 AM\nTo: Rachel <rk@lake.example>\nSubject: order\n\n${ORDER}`,
    ],
    [
      'German Outlook, WG:',
      'WG: Bestellung',
      `Please process this.\n\nVon: Olu <olu@nwt.example>\nGesendet: Montag, 4. März 2019 09:12\nAn: Rachel <rk@lake.example>\nBetreff: Bestellung\n\n${ORDER}`,
    ],
    [
      'German Gmail',
      'Fwd: Bestellung',
      `Please process this.\n\n---------- Weitergeleitete Nachricht ---------\nVon: Olu <olu@nwt.example>\nDate: Mo., 4. März 2019 um 09:12 Uhr\nSubject: Bestellung\nTo: <rk@lake.example>\n\n${ORDER}`,
    ],
    [
      'French Apple Mail',
      'TR: commande',
      `Please process this.\n\nDébut du message réexpédié :\n\nDe: Olu <olu@nwt.example>\nObjet: commande\nDate: 4 mars 2019 à 09:12:00 UTC\nÀ: Rachel <rk@lake.example>\n\n${ORDER}`,
    ],
    [
      'Apple Mail HTML turned into text (every forwarded line quoted)',
      'Fwd: order',
      `Please process this.\n\nBegin forwarded message:\n\n> From: Olu <olu@nwt.example>\n> Subject: order\n> \n${ORDER.replace(/^/gm, '> ')}`,
    ],
  ])('%s: the note, then the forwarded message without its header block', (_client, subject, body) => {
    expect(splitForward(body, subject)).toEqual({ note: 'Please process this.', forwarded: ORDER });
  });

  it('a forward without a note has an empty note', () => {
    const body = `---------- Forwarded message ---------\nFrom: Olu <olu@nwt.example>\nSubject: order\n\n${ORDER}`;
    expect(splitForward(body, 'Fwd: order')).toEqual({ note: '', forwarded: ORDER });
  });

  it('removes the forwarded message’s own quoted history and signature', () => {
    const body = [
      'FYI',
      '',
      '---------- Forwarded message ---------',
      'From: Olu <olu@nwt.example>',
      'Subject: Re: calls',
      '',
      'The calls still drop after 30 seconds.',
      '',
      'Regards,',
      'Olu',
      '',
      'On Mon, 4 Mar 2019 at 09:00, Rachel <rk@lake.example> wrote:',
      '> Does it still happen?',
    ].join('\n');
    expect(splitForward(body, 'Fwd: Re: calls')?.forwarded).toBe('The calls still drop after 30 seconds.');
  });

  it('a forward quoted inside a reply is history, not a forward by this sender', () => {
    const body = [
      'Thanks, that fixed it.',
      '',
      'On Mon, 4 Mar 2019 at 09:00, Support <support@caseline.example> wrote:',
      '> ---------- Forwarded message ---------',
      '> From: Olu <olu@nwt.example>',
      '>',
      `> ${ORDER}`,
    ].join('\n');
    expect(splitForward(body, 'Re: Fwd: order')).toBeNull();
  });

  it('an Outlook header block under a reply subject is the quoted history of a reply', () => {
    const body = `Please see below.\n\nFrom: Olu <olu@nwt.example>\nSent: Monday, March 4, 2019 9:12 AM\nTo: Rachel\nSubject: order\n\n${ORDER}`;
    expect(splitForward(body, 'RE: order')).toBeNull();
    expect(splitForward(body, 'order')).toBeNull();
    // Only the first prefix counts: this answers a forward.
    expect(splitForward(body, 'RE: FW: order')).toBeNull();
    expect(splitForward(body, 'FW: RE: order')).not.toBeNull();
  });

  it('a mail with no quote at all, or a forward of nothing, is no forward', () => {
    expect(splitForward(`Hello\n\n${ORDER}`, 'Fwd: order')).toBeNull();
    expect(
      splitForward('FYI\n\n---------- Forwarded message ---------\nFrom: Olu <olu@nwt.example>\n', 'Fwd: x'),
    ).toBeNull();
  });

  it('DOMAIN.md §8: a PIN in the forwarded message is someone else’s to give, so its digits are removed', () => {
    const body = `Please process this.\n\n---------- Forwarded message ---------\nFrom: Olu <olu@nwt.example>\n\n${ORDER}\nPIN: 482913`;
    const split = splitForward(body, 'Fwd: order');
    expect(split?.forwarded).toContain('PIN: [PIN removed]');
    expect(JSON.stringify(split)).not.toContain('482913');
  });

  it('keeps CRLF bodies working', () => {
    const body = `Note\r\n\r\n---------- Forwarded message ---------\r\nFrom: Olu <olu@nwt.example>\r\n\r\n${ORDER.replace(/\n/g, '\r\n')}`;
    expect(splitForward(body, 'Fwd: order')).toEqual({ note: 'Note', forwarded: ORDER });
  });
});

describe('forwardText and withAttachedMessages', () => {
  it('joins the note and the forwarded message, marking where the forward begins', () => {
    expect(forwardText({ note: 'FYI', forwarded: ORDER })).toBe(`FYI\n\nForwarded message:\n${ORDER}`);
    expect(forwardText({ note: '', forwarded: ORDER })).toBe(`Forwarded message:\n${ORDER}`);
  });

  it('a message forwarded as an attachment joins the text and becomes a forwarded section of the chain', () => {
    const attached = {
      from: 'Olu <olu@nwt.example>',
      date: 'Mon, 04 Mar 2019 09:12:00 GMT',
      subject: 'order',
      text: `${ORDER}\nPIN: 482913`,
      fullText: `${ORDER}\n\nOn Sun, Rachel wrote:\n> older`,
    };
    const result = withAttachedMessages({ text: 'FYI', fullText: 'FYI\n\nRegards, Rachel' }, [attached]);
    expect(result.text).toBe(`FYI\n\nForwarded message:\n${ORDER}\nPIN: [PIN removed]`);
    expect(result.fullText).toBe(
      [
        'FYI\n\nRegards, Rachel',
        '',
        '---------- Forwarded message ---------',
        'From: Olu <olu@nwt.example>',
        'Date: Mon, 04 Mar 2019 09:12:00 GMT',
        'Subject: order',
        '',
        attached.fullText,
      ].join('\n'),
    );
  });

  it('without attached messages nothing changes', () => {
    const body = { text: 'a', fullText: 'a\n> b' };
    expect(withAttachedMessages(body, [])).toEqual(body);
  });
});
