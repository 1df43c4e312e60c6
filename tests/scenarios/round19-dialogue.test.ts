/**
 * Issue 21 round 19 (fix-und-a): dialogue outcomes through the replay runner — a report known by its facts keeps
 * its own account when the level changes before the case is complete; a reply accepting a capped level keeps the
 * circumstances it tells; a severity change with a question beside it in an open case answers both; a contact with
 * an empty PIN who asks outright for the Admin case gets it, in a reply that is not threaded.
 */
import { describe, expect, it } from 'vitest';
import { CARLA_VERIFIED, email, replay, slack, toRecipient } from '../support/replay.ts';

describe('issue 21 §10: a level changed before the case is complete keeps every fact given', () => {
  it('issue 21 §10: the report of the first message stays the description, the reply its impact', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', 'Interaction Server prod: inbound emails get assigned to agents on break. Low.'),
      slack('U02CARLA', 'hmm no, make it Medium, it hits roughly a quarter of the mailboxes'),
      slack('U02CARLA', 'it began after the routing strategy was redeployed on Monday'),
    ]);
    expect(r.cases).toHaveLength(1);
    const [c] = r.cases as unknown as Array<Record<string, unknown>>;
    expect(c).toMatchObject({ state: 'open', severity: 'medium', system: 'production' });
    expect(String(c!.description)).toMatch(/assigned to agents on break/);
    expect(String(c!.circumstances)).toMatch(/routing strategy was redeployed/);
    expect(toRecipient(r, 'U02CARLA').join('\n')).not.toMatch(/What happens, and what did you expect/);
  });
});

describe('issue 21 §3: a reply accepting the capped level is read for the rest it tells', () => {
  it('issue 21 §3: "High is fine" with the circumstances beside it opens the case', async () => {
    const r = await replay([
      email(
        'erin@northwind.example',
        'Hello,\n\nFor Umbrella Retail: in their QA environment WDE 8.5 freezes when an agent transfers a chat. Testing is blocked.\n\nSeverity: Critical\n\nErin\nPIN: 857302',
        { subject: 'Umbrella QA - WDE freeze' },
        '+0s',
      ),
      email(
        'erin@northwind.example',
        'OK, High works for us. It started after the QA desktops were moved to the new Citrix farm.\n\nErin',
        { subject: 'Re: [Case 01000001] Umbrella QA - WDE freeze' },
        '+20m',
      ),
    ]);
    const [c] = r.cases as unknown as Array<Record<string, unknown>>;
    expect(c).toMatchObject({ state: 'open', severity: 'high', system: 'test' });
    expect(String(c!.circumstances)).toMatch(/new Citrix farm/);
  });
});

describe('issue 21 §11: a severity change and a question in one reply, both handled', () => {
  it('issue 21 §11: the level is changed and the response target for it answered', async () => {
    const r = await replay([
      email(
        'frank@northwind.example',
        'Dear Support,\n\nFor Initech, WDE 8.5 in production shows an empty contact list since the directory sync change on Monday. Severity Low.\n\nPIN: 264819\n\nFrank',
        { subject: 'Initech WDE contacts' },
        '+0s',
      ),
      email(
        'frank@northwind.example',
        'Hello,\n\nPlease raise it to Medium, the supervisors now see it too. How quickly do you respond on Medium for us?\n\nFrank',
        { subject: 'Re: [Case 01000001] Initech WDE contacts' },
        '+30m',
      ),
    ]);
    const toFrank = toRecipient(r, 'frank@northwind.example').join('\n');
    expect(toFrank).toMatch(/now at Medium/);
    expect(toFrank).toMatch(/Medium: first response within/);
  });
});

describe('issue 21 §6: the Admin case asked for outright by a contact with an empty PIN', () => {
  it('issue 21 §6: a reply without In-Reply-To that asks for the Admin case opens it', async () => {
    const r = await replay([
      email(
        'dan@globex.example',
        'Hi,\n\nGIM in production has not loaded any data since the schema patch last night. High.\n\nDan Wu',
        { subject: 'GIM load' },
        '+0s',
      ),
      email(
        'dan@globex.example',
        'OK, go ahead and open the Admin case for my PIN.\n\nDan',
        { subject: 'Re: GIM load' },
        '+5m',
      ),
    ]);
    expect(r.cases.map((c) => c.type)).toEqual(['admin']);
  });

  it('issue 21 §6: a contact with a PIN asking about an Admin case opens nothing', async () => {
    const r = await replay([...CARLA_VERIFIED, slack('U02CARLA', 'please open an admin case for my PIN')]);
    expect(r.cases).toEqual([]);
  });
});
