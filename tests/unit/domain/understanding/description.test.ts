/** Issue 21 §1 class 5: a first message's description is read, however the problem is written. */
import { describe, expect, it } from 'vitest';
import { readDescription } from '../../../../src/domain/understanding/description.ts';

const description = (text: string) => readDescription(text).value;

describe('issue 21 §1: the description of the problem is read', () => {
  it('issue 21 §1: a problem asked as "why does … ?" is the report, not a policy question', () => {
    expect(
      description('why does Stat Server 8.5 drop every second connection since the NIC swap? prod, high'),
    ).toContain('drop every second connection');
    expect(description('any idea why the WFM 8.5 schedule import is empty?')).toContain('import is empty');
  });

  it('issue 21 §1: "not appear anymore", "logged out every 10 minutes" are problems (non-native and short forms)', () => {
    expect(description('we observe that in WDE 8.5 the popup for new e-mails not appear anymore')).toContain(
      'not appear anymore',
    );
    expect(description('WFM 8.5 - supervisors logged out of the web client every 5 minutes')).toContain('logged out');
  });

  it('issue 21 §1: a question about the rules is still no description', () => {
    expect(description('how fast do you respond to a High case?')).toBeUndefined();
  });
});
