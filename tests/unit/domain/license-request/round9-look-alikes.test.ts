/** Issue 25 round 9 §2–§3: no question for what only looks like a contradiction or a wrong number of servers. */
import { describe, expect, it } from 'vitest';
import { readPartNumbers, readPartNumbersInProse } from '../../../../src/domain/license-request/part-numbers.ts';
import { proseUnits } from '../../../../src/domain/license-request/prose-units.ts';
import { assessRequest } from '../../../../src/domain/license-request/request-signals.ts';
import { findServerMentions } from '../../../../src/domain/license-request/server-mentions.ts';

const units = (...texts: string[]) => proseUnits(texts.map((text, i) => ({ text, line: i + 1 })));

describe('issue 25 round 9 §3: a part number counted at the end of its description (a table pasted flat)', () => {
  it('"SW-001-4.0-AL02 Interaction Client Business User 25" counts 25', () => {
    expect(readPartNumbers('SW-001-4.0-AL02 Interaction Client Business User 25')).toEqual([
      { partNumber: 'SW-001-4.0-AL02', quantity: 25 },
    ]);
  });

  it('a year or a version closing the description is no count', () => {
    expect(readPartNumbers('SW-001-4.0-AL02 Interaction Client 2025')).toEqual([{ partNumber: 'SW-001-4.0-AL02' }]);
    expect(readPartNumbers('SW-001-4.0-AL02 Interaction Client Release 4.0')).toEqual([
      { partNumber: 'SW-001-4.0-AL02' },
    ]);
  });
});

describe('issue 25 round 9 §2: one part said in its row and again in a sentence is one line of the order', () => {
  it('the row without a count and a sentence with it: one line, counted', () => {
    const read = readPartNumbersInProse(
      units('SW-001-4.0-AL02 Interaction Client Business User', 'The 25 client licences (SW-001-4.0-AL02) are new.'),
    );
    expect(read.lines).toEqual([{ partNumber: 'SW-001-4.0-AL02', quantity: 25 }]);
    expect(read.twice).toEqual([]);
  });

  it('two different counts of one part are still said twice (a contradiction for the partner to settle)', () => {
    const read = readPartNumbersInProse(units('SW-001-4.0-AL02 x 25', 'We need 30 of SW-001-4.0-AL02.'));
    expect(read.twice).toEqual([{ partNumber: 'SW-001-4.0-AL02', first: 25, second: 30 }]);
  });
});

describe('issue 25 round 9 §2: a server the mail says is already licensed and not part of this request', () => {
  it('gives no server; the ones before it are read', () => {
    const mentions = findServerMentions(
      units(
        'Three redundant license servers: lic-a (00-50-56-9A-1B-01), lic-b (00-50-56-9A-1B-02) and lic-c (00-50-56-9A-1B-03).',
        'The DR server lic-dr (00-50-56-9A-1B-04) is already licensed and not part of this request.',
      ),
    );
    expect(mentions.map((m) => m.values.hostId)).toEqual(['0050569a1b01', '0050569a1b02', '0050569a1b03']);
  });

  it('a server that is part of the request is kept', () => {
    const mentions = findServerMentions(units('The DR server lic-dr (00-50-56-9A-1B-04) is part of this request.'));
    expect(mentions.map((m) => m.values.hostId)).toEqual(['0050569a1b04']);
  });
});

describe('issue 25 round 9 §2: an order system’s automatic confirmation is no request', () => {
  const confirmation = [
    'This is an automatically generated order confirmation. Please do not reply.',
    'Order: SO 6331877',
    'Customer: Iberica Tech Distribution S.L.',
    'End user: Hoteles Mediterraneo S.A. (GARN 0227310)',
    'Ship-to host: 00-50-56-AE-31-90',
    'SW-001-4.0-AL02 20 Interaction Client Business User',
  ].join('\n');

  it('lists what a request would, asks for nothing: not a request', () => {
    expect(assessRequest(confirmation, 5, 6)).toEqual({ isRequest: false, reason: 'informational' });
  });

  it('a partner who forwards it and asks for the file makes it one', () => {
    expect(assessRequest(`Please issue the activation file for this order.\n\n${confirmation}`, 5, 6)).toEqual({
      isRequest: true,
    });
  });
});

describe('issue 25 round 9 §2: a server whose host id the mail says is to follow is still a server', () => {
  it('"… and sf-lic-cow (Windows Server 2019, port 7260, host ID to follow)" is the second server, its id asked', () => {
    const mentions = findServerMentions(
      units(
        'Two independent servers - sf-lic-ptm (Windows Server 2019, host ID 00-15-5D-70-01-A1, port 7260) and sf-lic-cow (Windows Server 2019, port 7260, host ID to follow from the other site).',
      ),
    );
    expect(mentions.map((m) => m.values)).toEqual([
      expect.objectContaining({ hostName: 'sf-lic-ptm', hostId: '00155d7001a1' }),
      { hostName: 'sf-lic-cow', os: 'Windows Server', osVersion: '2019', port: 7260 },
    ]);
  });

  it('a bracket after a name that says nothing of a host id to come adds no server', () => {
    const mentions = findServerMentions(
      units('License server sf-lic-ptm (host ID 00-15-5D-70-01-A1, port 7260) replaces sf-lic-old (retired).'),
    );
    expect(mentions.map((m) => m.values.hostName)).toEqual(['sf-lic-ptm']);
  });
});
