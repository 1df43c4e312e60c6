/**
 * Issue 21 §6, round 18: a close asked in the form of a request — the verb "close" (or its French, Spanish,
 * German word) as an imperative or a permission, with the case or nothing as its object, ending its clause —
 * is a close request of the case in context, however the problem's end is said around it. Look-alikes that
 * close something else, tell of a past close, refuse one or use "close" as an adjective are not. Probed with
 * sentences written for this file before the rule was written.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { asksToClose } from '../../../../src/domain/understanding/close-asked.ts';
import { mainIntent } from '../../../../src/domain/understanding/reading.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const inThread = (text: string) =>
  ruleReader.read(text, { inCaseThread: true, catalog: DEFAULT_POLICY.products, subject: 'Re: [Case 01000001] x' });

describe('issue 21 §6: a close asked in the form of a request closes the case in context', () => {
  it.each([
    'Solved, close it please.',
    'all good now, you can close',
    'issue resolved on our side – feel free to close',
    "ferme le ticket svp, c'est réglé",
    'Hi, the problem went away after the reboot. Please close this one.\n\nRegards, Tom',
    'we are fine now, pls close',
    'This is sorted now. Go ahead and close.',
    'Sorted, thanks - close it',
    'puede cerrar el caso, ya funciona',
    'we no longer see the problem - closing is fine with us',
    'nice. close it.',
    "c'est bon pour nous, vous pouvez fermer le ticket",
    'Alles läuft wieder, Sie können das Ticket schließen.',
  ])('issue 21 §6: %j in the case thread is a close request', (text) => {
    expect(asksToClose(text)).toBe(true);
    expect(mainIntent(inThread(text))).toBe('close-case');
  });

  it.each([
    'it was solved last time by a restart',
    "don't close it, the fix didn't hold",
    'close the window and retry?',
    'please do not close this case yet, still testing',
    'Last time you closed it too early. It came back.',
    'The agent has to close the application before the error appears',
    'should I close the browser and try again?',
    'we closed the firewall port and now calls fail',
    'it is close to 100% CPU now',
    "We thought it was solved but it is back, please don't close",
    'Close, but not quite: the error shows again on node 2',
    'so close the popup, and then it crashes',
    'after you close the agent desktop, reopen - same error',
    'Is it safe to close port 5061 now?',
  ])('issue 21 §6: %j closes nothing', (text) => {
    expect(asksToClose(text)).toBe(false);
    expect(inThread(text).intents.map((i) => i.intent)).not.toContain('close-case');
  });

  it.each([
    'Hi,\n\nUmbrella confirms the workaround works, but they want the root cause before the end of the month.',
    'I found: when we set the codec to G.711 only, the problem is gone. But we need G.729 for the bandwidth',
  ])('issue 21 §6: a fix told with something still wanted (%j) asks no close', (text) => {
    expect(inThread(text).intents.map((i) => i.intent)).not.toContain('close-case');
  });

  it('issue 21 §6: a fix given as the reason for a new level ("Please put 01000417 at Low, the workaround is working fine now.") is the level change', () => {
    expect(mainIntent(inThread('Please put 01000417 at Low, the workaround is working fine now.'))).toBe(
      'severity-change',
    );
  });

  it('issue 21 §6: a close asked outright beside "which cases we still have open" is still a close', () => {
    const reading = inThread(
      'Two requests: please close 01000455 — resolved by the restart — and tell me which cases we still have open.',
    );
    expect(reading.intents.map((i) => i.intent)).toEqual(expect.arrayContaining(['close-case', 'my-cases']));
  });
});
