/**
 * Issue 25 round 11 (the first held-out part promoted into dev): the technical fields its mails missed, by cause.
 * Each rule is probed with mails written for this test in wordings of their own (never the corpus's), so a fix
 * that moves only one corpus file fails here.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { EngageRecord } from '../../../../src/domain/license-request/schema.ts';

const SIGN_OFF = '\n\nRegards,\nPat Rowe\nHarbourline Integration Ltd\npat.rowe@harbourline.example';
const engage = (body: string, date?: Date) => {
  const result = extractLicenseRequest({ body: `Hello Licensing,\n\n${body}${SIGN_OFF}`, ...(date ? { date } : {}) });
  return { ...result, record: result.fields as EngageRecord };
};
const ports = (body: string) => engage(body).record.licenseServers?.map((s) => s.port);

const TWO_SERVERS = 'orm-lic-a  00:1A:2B:3C:4D:01  Windows Server 2019\norm-lic-b  00:1A:2B:3C:4D:02  Windows Server 2019';
const ORDER = 'Order kit for Orrmont Water: SIP Server 9.0, 120 seats, production, two independent license servers.';

describe('round 11, cause 1: a port said once for every server, in any language the mail is written in', () => {
  it.each([
    ['Spanish, "para los dos"', `${ORDER}\n\n${TWO_SERVERS}\n\nPuerto 27005 para los dos.`, 27005],
    ['Portuguese, "nos dois servidores"', `${ORDER}\n\n${TWO_SERVERS}\n\nPorta 27006 nos dois servidores.`, 27006],
    ['Japanese, a ポート label after the list', `${ORDER}\n\n${TWO_SERVERS}\nポート番号：27007`, 27007],
    ['German, "beiden Servern"', `${ORDER}\n\n${TWO_SERVERS}\n\nAuf beiden Servern läuft Port 27008.`, 27008],
    ['Italian, "per entrambi"', `${ORDER}\n\n${TWO_SERVERS}\n\nPorta 27009 per entrambi.`, 27009],
  ])('%s', (_, body, port) => {
    expect(ports(body)).toEqual([port, port]);
  });

  it.each([
    ['Dutch compound "standaardpoort"', 'De licentieserver draait op de standaardpoort.', 7260],
    ['German compound "Standard-Port"', 'Der Lizenzserver nutzt den Standard-Port.', 7260],
    ['"will serve licenses on"', 'The box will serve licenses on 27011.', 27011],
    ['"hands out licences on"', 'lmgrd hands out licences on 27012 once it is up.', 27012],
  ])('one server: %s', (_, sentence, port) => {
    const body = `Order kit for Orrmont Water: SIP Server 9.0, 120 seats, production, one license server.\n\norm-lic-a  00:1A:2B:3C:4D:01  Windows Server 2019\n\n${sentence}`;
    expect(ports(body)).toEqual([port]);
  });
});
