/** Issue 25 §1 (urgency and dates in words, against the mail's date) and §3 (the request's language). */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { detectLanguage } from '../../../../src/domain/license-request/language.ts';
import { parseDateInWords, readTiming } from '../../../../src/domain/license-request/timing.ts';

const TUESDAY = new Date('2024-12-03T09:00:00Z');
const unit = (text: string) => [{ text, line: 1, row: false, paragraph: 0 }];

describe('issue 25 §1: urgency and the date needed, in words, resolved against the mail’s date', () => {
  it.each([
    ['We need the new license file by Friday.', '2024-12-06'],
    ['Please send it before 4 Dec, when the campaign starts.', '2024-12-04'],
    ['Needed by the end of next week.', '2024-12-13'],
    ['No later than 15 January 2025 please.', '2025-01-15'],
  ])('"%s" → %s', (sentence, date) => {
    expect(readTiming(unit(sentence), { reference: TUESDAY, language: 'en' }).dateNeeded?.value).toBe(date);
  });

  it('reads the reason that follows the date, and does not take a date without a need cue', () => {
    const timing = readTiming(unit('Please send it before 4 Dec, when the campaign starts.'), {
      reference: TUESDAY,
      language: 'en',
    });
    expect(timing.dateReasoning?.value).toBe('the campaign starts');
    expect(
      readTiming(unit('We spoke on Monday about the order.'), { reference: TUESDAY, language: 'en' }).dateNeeded,
    ).toBeUndefined();
  });

  it('reads no relative date without the mail’s date, but a date that names its year', () => {
    expect(
      readTiming(unit('We need it by Friday.'), { reference: undefined, language: 'en' }).dateNeeded,
    ).toBeUndefined();
    expect(
      readTiming(unit('We need it by 20 March 2025.'), { reference: undefined, language: 'en' }).dateNeeded?.value,
    ).toBe('2025-03-20');
  });

  it('a weekday is read back for confirmation; a full date is not', () => {
    expect(readTiming(unit('by Friday'), { reference: TUESDAY, language: 'en' }).dateNeeded!.confidence).toBeLessThan(
      0.7,
    );
    expect(
      readTiming(unit('by 6 December 2024'), { reference: TUESDAY, language: 'en' }).dateNeeded!.confidence,
    ).toBeGreaterThanOrEqual(0.7);
  });

  it.each([
    ['This is urgent, sorry for the short notice.', true],
    ['ASAP please', true],
    ['Not urgent, no rush.', false],
    ['C’est urgent : la recette commence lundi.', true],
  ])('"%s" → urgent %s', (sentence, urgent) => {
    expect(readTiming(unit(sentence), { reference: TUESDAY, language: 'en' }).urgent?.value).toBe(urgent);
  });

  it('reads a labelled date in the partner’s language, and "Date needed: ASAP" as urgency, not a bad date', () => {
    expect(parseDateInWords('15. Juli 2024', { reference: TUESDAY, language: 'de' })?.value).toBe('2024-07-15');
    expect(parseDateInWords('2024年7月10日', { reference: TUESDAY, language: 'ja' })?.value).toBe('2024-07-10');
    const result = extractLicenseRequest({
      body: 'Request type: Activation file request\nGARN: 1234567\nDate needed: ASAP',
    });
    expect(result.fields).toMatchObject({ urgent: true });
    expect(result.invalid).toEqual([]);
  });

  it('an Engage order has no date field: urgency and date go to the handling, not the record', () => {
    const result = extractLicenseRequest({
      body: 'Urgent! Please send the license for Contoso by Friday: 50 seats of SIP Server 8.1, production, single server c-lic01 (MAC 00-50-56-A1-B2-C3, Windows Server 2019).',
      date: TUESDAY,
    });
    expect(result.kind).toBe('engage');
    expect(result.fields).not.toHaveProperty('urgent');
    expect(result.handling).toMatchObject({ urgent: true, dateNeeded: '2024-12-06' });
  });
});

describe('issue 25 §3: the language of a request', () => {
  it.each([
    ['Merci de générer le fichier de licence pour notre client Banque Durand : 150 postes, en production.', 'fr'],
    ['Bitte erstellen Sie eine neue Aktivierungsdatei für unseren Server, Umgebung Produktion, dringend.', 'de'],
    ['Les pedimos el archivo de licencia para nuestro cliente Seguros Aztlán, por favor, para pruebas.', 'es'],
    ['アクティベーションファイルの発行をお願いいたします。ハードウェア交換のため、MACアドレスが変わりました。', 'ja'],
    ['Please generate the license file for our customer Litware Health, 150 seats, production.', 'en'],
    [
      'First Name: Hannah\nLast Name: Schmidt\nCorporate Email: h@c.example\nEnd User Account: Contoso\nSubject: Lab file',
      'en',
    ],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('a request in another language is marked for a person to complete', () => {
    const result = extractLicenseRequest({
      body: 'Bonjour,\n\nMerci de générer le fichier de licence pour notre client Banque Durand : 150 postes Enterprise Routing Solution 8.5, en production.\nServeur de licences : bd-lic01, adresse MAC 00-50-56-9F-12-34, Windows Server 2019.',
    });
    expect(result.handling).toMatchObject({ language: 'fr', needsPerson: true });
    expect(result.fields).toMatchObject({ companyName: 'Banque Durand', purpose: 'production' });
  });
});
