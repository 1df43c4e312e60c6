/**
 * Issue 25 round 12: the date needed and why, as the promoted h2 part and its languages write them. Each rule
 * is probed with sentences written for this test (never the corpus's), in several languages and word orders.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { PureConnectRecord } from '../../../../src/domain/license-request/schema.ts';

/** Tuesday 24 November 2026, 10:00 in the sender's zone. */
const SENT = new Date('2026-11-24T09:00:00Z');
const timing = (sentence: string, follows = '') => {
  // The sentence alone in its paragraph, so the mail is in its language; the rest is labelled.
  const body = `${sentence}${follows ? ` ${follows}` : ''}\n\nEnd user: Harrowgate Water\nGARN: 0245118\nMAC: 00-1A-2B-3C-4D-61\n\nIlse Marten\nWestgate Voice BV`;
  const fields = extractLicenseRequest({ body, date: SENT, dateOffset: 60 }).fields as PureConnectRecord;
  return { needed: fields.dateNeeded, why: fields.dateReasoning };
};

describe('round 12, date cause 1: a day written with a dot before its month ("4. Dezember") does not end the sentence', () => {
  it.each([
    [
      'Wir benötigen die Datei bis 4. Dezember, weil an dem Wochenende migriert wird.',
      '2026-12-04',
      'an dem Wochenende migriert wird',
    ],
    [
      'Die Datei brauchen wir spätestens 10. Dezember, da dann die Schulung beginnt.',
      '2026-12-10',
      'dann die Schulung beginnt',
    ],
    [
      'Bitte bis Freitag, 27. November, weil der alte Server abgeschaltet wird.',
      '2026-11-27',
      'der alte Server abgeschaltet wird',
    ],
    ['Wir brauchen die Aktivierungsdatei bis zum 4. Dezember.', '2026-12-04', undefined],
  ])('%s', (sentence, needed, why) => {
    expect(timing(sentence)).toEqual({ needed, why });
  });
});

describe('round 12, date cause 2: the clause after a weekday read with its comma ("by friday, they …") is the reason', () => {
  it.each([
    ['need it by monday, they switch over tuesday night.', '2026-11-30', 'they switch over tuesday night'],
    ['Can we have it by Thursday, the migration team starts Friday.', '2026-11-26', 'the migration team starts Friday'],
    ['by wednesday pls, training kicks off thursday', '2026-11-25', 'training kicks off thursday'],
  ])('%s', (sentence, needed, why) => {
    expect(timing(sentence)).toEqual({ needed, why });
  });
});

describe('round 12, date cause 3: needed today, and why', () => {
  it.each([
    ['We need the file today so the call centre can reopen.', 'the call centre can reopen'],
    [
      'Please send the activation file today, as the old server is retired tomorrow.',
      'the old server is retired tomorrow',
    ],
    [
      'It is needed by end of day because the old box is switched off tonight; the rest can wait.',
      'the old box is switched off tonight',
    ],
  ])('%s', (sentence, why) => {
    expect(timing(sentence)).toEqual({ needed: '2026-11-24', why });
  });
});

describe('round 12, date cause 4: a reason led by the word for "for" in the mail\'s language', () => {
  it.each([
    ["Ci servirebbe entro il 4 dicembre per l'inizio dei test di accettazione.", "l'inizio dei test di accettazione"],
    ['Il nous le faut avant le 4 décembre pour le démarrage de la recette.', 'le démarrage de la recette'],
    ['Lo necesitamos antes del 4 de diciembre para el arranque de las pruebas.', 'el arranque de las pruebas'],
    ['Wir brauchen sie bis zum 4. Dezember für den Beginn der Abnahme.', 'den Beginn der Abnahme'],
  ])('%s', (sentence, why) => {
    expect(timing(sentence)).toEqual({ needed: '2026-12-04', why });
  });
});

describe("round 12, date cause 5: the next sentence names the event in the mail's language, or points back to the day", () => {
  it.each([
    [
      'Wir bräuchten sie bis Freitag.',
      'Die Migration ist am Samstag geplant.',
      '2026-11-27',
      'Die Migration ist am Samstag geplant',
    ],
    [
      'Nous en avons besoin avant vendredi.',
      'La bascule est prévue le week-end.',
      '2026-11-27',
      'La bascule est prévue le week-end',
    ],
    [
      'We need it before the 30th.',
      'The old server room is emptied that day.',
      '2026-11-30',
      'The old server room is emptied that day',
    ],
    [
      'Lo necesitamos antes del viernes.',
      'Ese día se apaga el servidor antiguo.',
      '2026-11-27',
      'Ese día se apaga el servidor antiguo',
    ],
  ])('%s %s', (sentence, follows, needed, why) => {
    expect(timing(sentence, follows)).toEqual({ needed, why });
  });

  it('a next sentence that names no event and points nowhere is no reason', () => {
    expect(timing('We need it before the 30th.', 'The MAC address is below.').why).toBeUndefined();
  });
});

describe('round 12, date cause 6: Portuguese "antes da/do …" after the date leads the reason', () => {
  it.each([
    ['Precisamos do arquivo até sexta-feira, antes da janela de manutenção.', '2026-11-27', 'a janela de manutenção'],
    ['Precisamos dele até o dia 30, antes do treinamento dos agentes.', '2026-11-30', 'o treinamento dos agentes'],
  ])('%s', (sentence, needed, why) => {
    expect(timing(sentence)).toEqual({ needed, why });
  });
});
