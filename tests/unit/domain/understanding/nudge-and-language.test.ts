/** Issue 21 probes: the class of nudges, and reports written in another language. */
import { describe, expect, it } from 'vitest';
import { isNudge } from '../../../../src/domain/understanding/nudge.ts';
import { longEnoughToReport, writtenInAnotherLanguage } from '../../../../src/domain/understanding/other-language.ts';

describe('a nudge is a whole message that only checks someone is there or something moved', () => {
  it.each([
    'hello?',
    'Hi there??',
    'anyone there?',
    'Is anybody looking at this?',
    'hello? anyone?',
    'ping',
    'bump',
    '??',
    'any news?',
    'any update on this?',
    'still waiting...',
    'nothing yet?',
  ])('issue 21: "%s" is a nudge', (text) => expect(isNudge(text)).toBe(true));
  it.each([
    'hello, calls drop since 10:00',
    'any news on the fix? calls still drop',
    'help',
    'thanks',
    'ok',
    'please raise it to High',
    '',
  ])('issue 21: "%s" is not a nudge', (text) => expect(isNudge(text)).toBe(false));
});

describe('a report written in another language', () => {
  it.each([
    "depuis la mise à jour d'hier le SIP Server 9.0 de production rejette les appels entrants",
    'seit dem Update gestern lehnt unser SIP Server 9.0 alle Anrufe ab und die Agenten sind nicht erreichbar',
    'el SIP Server 9.0 de producción rechaza las llamadas desde la actualización',
    '本番環境のSIPサーバーが着信を拒否しています',
  ])('issue 21: "%s" is in another language', (text) => expect(writtenInAnotherLanguage(text)).toBe(true));
  it.each([
    'since the update the SIP Server 9.0 in production rejects inbound calls',
    'our agents die of boredom: the queue is empty since the update of the router',
    'SIP Server 9.0',
    'asdf qwerty',
  ])('issue 21: "%s" is not', (text) => expect(writtenInAnotherLanguage(text)).toBe(false));
  it('issue 21: a report is four words, or a dozen letters of a script written without spaces', () => {
    expect(longEnoughToReport('les appels échouent')).toBe(false);
    expect(longEnoughToReport('nos appels échouent toujours')).toBe(true);
    expect(longEnoughToReport('本番環境のSIPサーバーが着信を拒否')).toBe(true);
  });
});
