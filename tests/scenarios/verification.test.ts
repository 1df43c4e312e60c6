/** Contact PINs (DOMAIN.md §1, §8): lockout, never echoed or stored, the empty PIN and its Admin case. */
import { describe, expect, it } from 'vitest';
import { handleInbound } from '../../src/services/engine/index.ts';
import {
  demoEngine,
  email,
  everyRow,
  everythingButInput,
  everythingStored,
  lastTo,
  pin,
  replay,
  slack,
  toRecipient,
} from '../support/replay.ts';

const GENERIC = 'That email address and PIN do not match our records. Please check both and try again.';

describe('PIN verification', () => {
  it('DOMAIN.md §8: wrong PINs count down, the fifth locks for 15 minutes, the right PIN is refused while locked and works after', async () => {
    const wrong = ['111111', '222222', '333333', '444444', '555555'].map((p) => pin('U01ANA', 'ana@acme.example', p));
    const r = await replay([
      slack('U01ANA', 'my cases', '+0s'),
      ...wrong, // 14:00:30 … 14:02:30
      pin('U01ANA', 'ana@acme.example', '482913'), // 14:03:00, locked
      pin('U01ANA', 'ana@acme.example', '482913', '2026-11-23T14:17:29Z'), // one second before the lock ends
      pin('U01ANA', 'ana@acme.example', '482913', '2026-11-23T14:17:30Z'),
    ]);
    const ana = toRecipient(r, 'U01ANA');
    // The form gives one answer to every failure (issue 18 §5); the count and the lock go to Ana by mail.
    for (const refused of ana.slice(1, 8)) expect(refused).toBe(GENERIC);
    const mail = toRecipient(r, 'ana@acme.example');
    expect(mail.slice(0, 4).map((t) => /(\d) more wrong attempt/.exec(t)?.[1])).toEqual(['4', '3', '2', '1']);
    expect(mail[4]).toContain('verification is locked until 2026-11-23T14:17:30Z (15 minutes)');
    expect(mail).toHaveLength(5);
    expect(ana[8]).toBe('Thank you, Ana Ruiz: you are verified for the next 12 hours.');
    expect(ana[9]).toBe('There are no cases for the accounts you have access to.');
    expect(r.audit.filter((a) => a.action === 'pin.verified')).toHaveLength(1);
  });

  it('DOMAIN.md §8: 100 wrong PINs in a row keep the PIN locked, and the bot keeps answering', async () => {
    const attempts = Array.from({ length: 100 }, (_, i) =>
      pin('U01ANA', 'ana@acme.example', String(100000 + i * 7), '+1s'),
    );
    const r = await replay([slack('U01ANA', 'my cases', '+0s'), ...attempts, slack('U01ANA', 'my cases', '+1s')]);
    const ana = toRecipient(r, 'U01ANA');
    expect(ana).toHaveLength(102);
    expect(ana.slice(1, 101)).toEqual(Array(100).fill(GENERIC));
    const mail = toRecipient(r, 'ana@acme.example');
    expect(mail.filter((t) => t.includes('A wrong PIN was entered'))).toHaveLength(4);
    // One lock notice; the lock is not extended by attempts during it: it ends 15 minutes after the fifth.
    expect(mail.filter((t) => t.includes('verification is locked until 2026-11-23T14:15:05Z'))).toHaveLength(1);
    expect(ana[101]).toContain('Before I can act for your account I need to verify you');
    expect(r.audit.filter((a) => a.action === 'pin.verified')).toEqual([]);
  });

  it('DOMAIN.md §8, issue 19 §3: a PIN typed in a Slack message is discarded unchecked, must be changed, staff are told, and it appears nowhere in what the bot produced', async () => {
    const r = await replay([slack('U01ANA', 'my PIN is 482913', '+0s'), slack('U01ANA', 'PIN: 482913')]);
    for (const text of toRecipient(r, 'U01ANA')) {
      expect(text).toBe(
        'Please never type your PIN in a message. I have not checked it, and it stays visible in this conversation, so it must be changed: it was exposed. Customer Care has been told, and will help you set a new PIN through My Support or an Admin case. To verify, press "Verify", which opens a private form.',
      );
    }
    // Never checked: no verification, no failed attempt; only the exposure is on record, and staff know.
    expect(r.audit.filter((a) => a.action.startsWith('pin.')).map((a) => a.action)).toEqual([
      'pin.exposed',
      'pin.exposed',
    ]);
    expect(toRecipient(r, 'care@vendor.example')).toHaveLength(2);
    expect(toRecipient(r, 'care@vendor.example')[0]).toContain('A PIN was typed in a Slack message');
    expect(everythingButInput(r)).not.toContain('482913');
    // The transcript's record of the inbound message does not keep it either.
    expect(JSON.stringify(r)).not.toContain('482913');
  });

  it('DOMAIN.md §8: a PIN typed in a Slack message is stored in no table of the database', async () => {
    const at = new Date('2026-11-23T14:00:00Z');
    const { db, ctx } = await demoEngine(at);
    await handleInbound(ctx, {
      channel: 'slack',
      sender: { kind: 'slack', userId: 'U01ANA' },
      threadKey: 'slack:u01ana',
      text: 'SIP Server 9.0 drops calls on production, my pin is 482913',
      attachments: [],
      receivedAt: at,
    });
    expect(everyRow(db)).not.toContain('482913');
    db.$client.close();
  });

  it('DOMAIN.md §8: a "PIN:" line in an email verifies the contact and is removed from the stored case text', async () => {
    const r = await replay([
      email('ana@acme.example', 'Genesys Info Mart 8.5 nightly jobs fail on production, severity medium\nPIN: 482913', {
        thread: 'gim',
      }),
      email('ana@acme.example', 'It began when the database was moved to a new cluster', { thread: 'gim' }),
      email('ana@acme.example', 'Thirty managers get late reports', { thread: 'gim' }),
    ]);
    const ana = toRecipient(r, 'ana@acme.example');
    expect(ana[0]).toBe('Thank you, Ana Ruiz: you are verified for the next 12 hours.');
    expect(ana[1]).toContain('What led to the problem?');
    // The clock starts with the circumstances; the impact given next is added to the open case (issue 21).
    expect(ana[2]).toContain('Case 01000001 is open at Medium severity (Premium Care).');
    expect(ana.at(-1)).toBe('Thank you: added to Case 01000001 — business impact: Thirty managers get late reports.');
    expect(r.cases).toMatchObject([
      { product: 'Genesys Info Mart', version: '8.5', severity: 'medium', contact: 'ana@acme.example' },
    ]);
    expect(everythingButInput(r)).not.toContain('482913');
  });

  it('DOMAIN.md §8: the email PIN line is kept out of every table (inbound record, case events, outbox, audit)', async () => {
    const at = new Date('2026-11-23T14:00:00Z');
    const { db, ctx } = await demoEngine(at);
    const result = await handleInbound(ctx, {
      channel: 'email',
      sender: { kind: 'email', address: 'ana@acme.example', auth: 'pass' },
      threadKey: 'email:gim',
      subject: 'Info Mart jobs',
      text: 'Genesys Info Mart 8.5 nightly jobs fail on production, severity medium\nPIN: 482913',
      attachments: [],
      receivedAt: at,
    });
    expect(result.replies[0]?.text).toBe('Thank you, Ana Ruiz: you are verified for the next 12 hours.');
    expect(result.caseNumber).toBe('01000001');
    const stored = everyRow(db);
    expect(stored).toContain('Genesys Info Mart 8.5 nightly jobs fail on production, severity medium');
    expect(stored).not.toContain('482913');
    db.$client.close();
  });

  it('DOMAIN.md §1: the PIN entered in the form never appears in the transcript, cases or audit', async () => {
    const r = await replay([
      slack('U01ANA', 'Critical production down: SIP Server rejects every call on production', '+0s'),
      pin('U01ANA', 'ana@acme.example', '482913'),
    ]);
    expect(r.cases).toHaveLength(1);
    expect(everythingStored(r)).not.toContain('482913');
  });

  it('DOMAIN.md §8: a Slack user entering another contact’s email and PIN gets the generic answer and is not linked', async () => {
    const r = await replay([slack('U01BEN', 'my cases', '+0s'), pin('U01BEN', 'ana@acme.example', '482913')]);
    expect(lastTo(r, 'U01BEN')).toBe(
      'That email address and PIN do not match our records. Please check both and try again.',
    );
    expect(r.audit.filter((a) => a.action === 'pin.verified')).toEqual([]);
  });

  it('DOMAIN.md §1, issue 18 §5: an empty PIN in the Slack form gets the one answer; Dan is told by mail how to get an Admin case, and gets it', async () => {
    const r = await replay([
      slack('U07DAN', 'my cases', '+0s'),
      pin('U07DAN', 'dan@globex.example', ''),
      email('dan@globex.example', 'my PIN is empty', { thread: 'dan' }),
      email('dan@globex.example', 'yes', { thread: 'dan' }),
    ]);
    const dan = toRecipient(r, 'U07DAN');
    expect(dan[1]).toBe(GENERIC);
    const mail = toRecipient(r, 'dan@globex.example');
    expect(mail[0]).toContain('your profile has no PIN yet');
    expect(mail[2]).toContain('Case 01000001 (an Admin case) is open: Customer Care will set up your PIN.');
    expect(r.cases).toMatchObject([
      { number: '01000001', type: 'admin', state: 'open', contact: 'dan@globex.example', soldTo: 'globex' },
    ]);
    expect(lastTo(r, 'care@vendor.example')).toBe('Case 01000001 (Admin case): Dan Wu has no PIN on file.');
  });

  it('DOMAIN.md §1: a contact with an empty PIN writing by email is offered an Admin case; PINs are never emailed', async () => {
    const r = await replay([
      email('dan@globex.example', 'I forgot my PIN', { thread: 'dan' }),
      email('dan@globex.example', 'yes please', { thread: 'dan' }),
    ]);
    const dan = toRecipient(r, 'dan@globex.example');
    expect(dan[0]).toContain('PINs are never sent by email');
    expect(dan[1]).toContain('Case 01000001 (an Admin case) is open');
    expect(r.cases).toMatchObject([{ type: 'admin', contact: 'dan@globex.example' }]);
  });

  it('issue 18 §5: an unknown address, a wrong PIN, an empty PIN and a locked PIN get the one same answer in the form', async () => {
    const r = await replay([
      slack('U06MAL', 'hello', '+0s'),
      pin('U06MAL', 'nobody@acme.example', '482913'),
      pin('U06MAL', 'ben@acme.example', '111111'),
      pin('U06MAL', 'dan@globex.example', '482913'),
      ...['1', '2', '3', '4', '5', '6'].map((d) => pin('U02CARLA', 'ben@acme.example', d.repeat(6))),
    ]);
    const mal = toRecipient(r, 'U06MAL').slice(1);
    expect(mal).toEqual([GENERIC, GENERIC, GENERIC]);
    expect(toRecipient(r, 'U02CARLA')).toEqual(Array(6).fill(GENERIC));
  });

  it('issue 18 §5: a stranger trying PINs is locked out alone — the contact still verifies in Slack and by mail', async () => {
    const r = await replay([
      ...Array.from({ length: 12 }, (_, i) => pin('U06MAL', 'ana@acme.example', String(200000 + i * 13), '+10s')),
      pin('U06MAL', 'ana@acme.example', '482913'),
      pin('U01ANA', 'ana@acme.example', '482913'),
      email('ana@acme.example', 'status of my cases\nPIN: 482913', { thread: 'ana' }),
    ]);
    expect(toRecipient(r, 'U06MAL')).toEqual(Array(13).fill(GENERIC));
    expect(toRecipient(r, 'U01ANA')).toEqual(['Thank you, Ana Ruiz: you are verified for the next 12 hours.']);
    expect(toRecipient(r, 'ana@acme.example').join('\n')).toContain('you are verified');
    // The stranger's sixth try on was not even checked: locked as a requester after five.
    expect(
      r.audit.filter((a) => a.action === 'pin.rejected' && a.details['reason'] === 'requester-locked'),
    ).toHaveLength(8);
    expect(r.audit.filter((a) => a.action === 'pin.verified')).toHaveLength(2);
  });
});

describe('replay of Slack messages (issue 19 §9)', () => {
  it('keeps working: an unverified Slack user is offered the Verify button, which the transcript shows as an action', async () => {
    const r = await replay([slack('U01ANA', 'my cases', '+0s'), pin('U01ANA', 'ana@acme.example', '482913')]);
    const out = r.transcript.filter((t) => t.direction === 'out');
    expect(out[0]).toMatchObject({ channel: 'slack', to: 'U01ANA', actions: [{ kind: 'verify' }] });
    expect(out[0]?.text).toContain('Press "Verify"');
    expect(out[1]).toMatchObject({ text: 'Thank you, Ana Ruiz: you are verified for the next 12 hours.' });
    expect(out[1]).not.toHaveProperty('actions');
  });
});

describe('a kept request said back before verification (issue 18 §2, issue 21 §6)', () => {
  const opened = email(
    'ana@acme.example',
    'Our production SIP Server 9.0 rejects inbound calls since the upgrade, severity High. 35 agents idle.\n\nPIN: 482913',
    { auth: 'pass', thread: 'ana-1', subject: 'inbound calls rejected' },
  );
  const asks = [
    ['case {n}: more information, the error is back', 'new information'],
    ['please raise the severity of case {n} to critical', 'a new severity'],
    ['I need management attention on case {n}', "a manager's attention"],
    ['status of case {n}', 'its status'],
  ] as const;

  it.each(asks)(
    'issue 18 §2: "%s" from a stranger names back only the number written, in the same words whether the case exists or not',
    async (text, what) => {
      const said = async (number: string) => {
        const r = await replay([opened, slack('U06MAL', text.replace('{n}', number), '+5m')]);
        expect(r.cases.map((c) => c.number)).toEqual(['01000001']);
        return lastTo(r, 'U06MAL');
      };
      const existing = await said('01000001');
      const unknown = await said('09999999');
      expect(existing).toContain(`Your request on case 01000001 (${what}) goes on once you are verified.`);
      expect(unknown.replaceAll('09999999', '01000001')).toBe(existing);
      // Nothing of the case itself: its product, severity and state stay unsaid.
      expect(existing).not.toMatch(/SIP Server|High|open|agents/i);
    },
  );
});
