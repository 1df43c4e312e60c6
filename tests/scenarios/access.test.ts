/** Who may do what (DOMAIN.md §1) and how senders are trusted (DOMAIN.md §8), through the replay runner. */
import { describe, expect, it } from 'vitest';
import {
  ANA_VERIFIED,
  CARLA_VERIFIED,
  ERIN_VERIFIED,
  email,
  lastTo,
  pin,
  replay,
  slack,
  toRecipient,
} from '../support/replay.ts';

const actions = (r: { audit: Array<{ action: string }> }) => r.audit.map((a) => a.action);

describe('access', () => {
  it('DOMAIN.md §1: an unknown email sender gets an explanation, no account data and no case', async () => {
    const r = await replay([
      email('stranger@example.net', 'Our SIP Server is down, what is the status of case 01000001?'),
    ]);
    const replies = toRecipient(r, 'stranger@example.net');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('could not match this address to a contact');
    expect(replies[0]).toContain('Only Designated Contacts may open or update cases');
    expect(replies[0]).not.toMatch(/acme|globex|01000001/i);
    expect(r.cases).toEqual([]);
  });

  it('DOMAIN.md §1: a known contact who is not designated is told how to become one, and nothing is opened', async () => {
    const r = await replay([email('hal@umbrella.example', 'Our Workspace Desktop Edition crashes on every login')]);
    expect(lastTo(r, 'hal@umbrella.example')).toContain('You are not a Designated Contact yet');
    expect(r.cases).toEqual([]);
  });

  it('DOMAIN.md §8: an unverified Slack user is asked to verify, and the request resumes after the PIN form', async () => {
    const r = await replay([
      slack('U02CARLA', 'Interaction Server drops chat interactions randomly', '+0s'),
      pin('U02CARLA', 'carla@globex.example', '615283'),
    ]);
    const replies = toRecipient(r, 'U02CARLA');
    expect(replies[0]).toContain('Press "Verify" to enter your email and PIN in a private form');
    expect(replies[1]).toBe('Thank you, Carla Diaz: you are verified for the next 12 hours.');
    // The waiting request goes on: product taken from it, the next question is the version.
    expect(replies[2]).toContain('Which version are you running');
    expect(r.cases).toMatchObject([{ state: 'collecting', product: 'Interaction Server', soldTo: 'globex' }]);
  });

  it('DOMAIN.md §1: a read-only contact sees the status of a case on her pair but cannot open or update one', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack(
        'U03ERIN',
        'For Initech: Workspace Desktop Edition 8.5 crashes on login on production, severity medium, 40 agents affected',
      ),
      slack('U04GINA', 'status of case 01000001'),
      pin('U04GINA', 'gina@initech.example', '391746'),
      slack('U04GINA', 'open a case: the agent desktop error is back'),
      slack('U04GINA', 'case 01000001: more information, the error is back'),
    ]);
    const gina = toRecipient(r, 'U04GINA');
    expect(gina[2]).toContain('Case 01000001: collecting, severity Medium, Workspace Desktop Edition 8.5.');
    expect(gina[3]).toContain('Your access to this account is read-only');
    // Issue 21 §6: the update is not dropped silently — read-only access cannot update, and who can is said.
    expect(gina[4]).toContain('Your access to Northwind Partners is read-only');
    expect(gina[4]).toContain('cannot update them');
    expect(gina[4]).toContain('A Designated Contact of Northwind Partners with read-write access can update the case');
    expect(r.cases).toHaveLength(1);
    expect(r.cases[0]).toMatchObject({ soldTo: 'northwind', endUser: 'initech', contact: 'erin@northwind.example' });
    const refused = expect.objectContaining({
      actor: 'contact:gina@initech.example',
      details: { reason: 'read-only' },
    });
    // Asking to open a case is refused by the pair's access level; the update by the case's.
    expect(r.audit.filter((a) => a.action === 'case.access-refused')).toEqual([refused]);
  });

  it('DOMAIN.md §1: a partner with two End User pairs is asked which one, and the answer picks it', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack('U03ERIN', 'Workspace Desktop Edition crashes when agents log in'),
      slack('U03ERIN', '2'),
    ]);
    const erin = toRecipient(r, 'U03ERIN');
    expect(erin[2]).toContain('Which one is this for?');
    expect(erin[2]).toContain('1. Initech KK (through Northwind Partners)');
    expect(erin[2]).toContain('2. Umbrella Retail (through Northwind Partners)');
    expect(erin[3]).toContain('Which version are you running');
    expect(r.cases).toMatchObject([
      { soldTo: 'northwind', endUser: 'umbrella', tier: 'business-care-plus', product: 'Workspace Desktop Edition' },
    ]);
  });

  it('DOMAIN.md §1: a partner contact gets the unknown-number answer for a case on a pair he holds no grant on', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack('U03ERIN', 'For Umbrella: Workspace Desktop Edition 8.5 crashes on login on production, severity low'),
      email('frank@northwind.example', 'status of case 01000001\nPIN: 264819', { thread: 'frank-1' }),
      email('frank@northwind.example', 'status of case 09999999', { thread: 'frank-1' }),
    ]);
    const frank = toRecipient(r, 'frank@northwind.example');
    const someoneElses = frank[1]!;
    const unknown = frank[2]!;
    expect(someoneElses).toBe('I could not find Case 01000001 among the cases of the accounts you have access to.');
    expect(unknown).toBe(someoneElses.replace('01000001', '09999999'));
    expect(someoneElses).not.toMatch(/umbrella|collecting|Workspace/i);
  });

  it('DOMAIN.md §1: a lapsed contract gets an explanation and no case', async () => {
    const r = await replay([
      slack('U05IVY', 'Our SIP Server 8.5 is failing', '+0s'),
      pin('U05IVY', 'ivy@hooli.example', '947261'),
    ]);
    expect(lastTo(r, 'U05IVY')).toContain('The Service Contract of Hooli Ltd has lapsed');
    expect(r.cases).toEqual([]);
    expect(r.audit.find((a) => a.action === 'case.refused')?.details).toMatchObject({
      reason: 'contract-lapsed',
      soldTo: 'hooli',
    });
  });

  it('DOMAIN.md §1: a product the contract does not cover gets an explanation and no case', async () => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', 'Interaction Server is crashing every hour')]);
    expect(lastTo(r, 'U01ANA')).toContain(
      'I cannot open a case for Interaction Server: it is not covered by the Service Contract of Acme Corp',
    );
    expect(r.cases).toEqual([]);
  });

  it('DOMAIN.md §8: mail in a designated contact’s name that fails authentication is not acted on; the contact is told at the registered address and staff are notified', async () => {
    const r = await replay([
      email('Ana@Acme.example', 'Please close all our cases.\nPIN: 482913', { auth: 'fail', subject: 'Close cases' }),
    ]);
    const ana = toRecipient(r, 'ana@acme.example');
    expect(ana).toHaveLength(1);
    expect(ana[0]).toContain('did not pass our email authentication checks, so we did not act on it');
    expect(lastTo(r, 'care@vendor.example')).toBe(
      'A message in the name of ana@acme.example failed email authentication and was not acted on. Subject: Close cases',
    );
    // The PIN line in a forged mail is not even checked.
    expect(actions(r)).toContain('mail.auth-failed');
    expect(actions(r).filter((a) => a.startsWith('pin.'))).toEqual([]);
    expect(r.cases).toEqual([]);
  });

  it('DOMAIN.md §8: the Slack link lasts 12 hours, then the contact must verify again', async () => {
    const r = await replay([
      ...CARLA_VERIFIED, // verified at 14:00:30Z
      slack('U02CARLA', 'my cases', '2026-11-24T02:00:29Z'),
      slack('U02CARLA', 'my cases', '2026-11-24T02:00:31Z'),
    ]);
    const carla = toRecipient(r, 'U02CARLA');
    expect(carla.at(-2)).toBe('There are no cases for the accounts you have access to.');
    expect(carla.at(-1)).toContain('Before I can act for your account I need to verify you');
  });
});
