import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toInboundAttachments } from '../../../../src/channels/email/inbound-attachments.ts';
import { parseMessage } from '../../../../src/channels/email/parse-message.ts';
import { handleInbound } from '../../../../src/services/engine/index.ts';
import { readAttachment } from '../../../../src/services/license-request/read-attachment.ts';
import { schema } from '../../../../src/store/database.ts';
import { demoEngine } from '../../../support/replay.ts';

const fixtures = fileURLToPath(new URL('../../../fixtures/license-requests/', import.meta.url));

describe('license requests sent as spreadsheets by mail (DOMAIN.md §7)', () => {
  it('an .xlsx order kit is read into rows and, complete, routed to the regional Licensing team', async () => {
    const raw = readFileSync(join(fixtures, '13-engage-xlsx-order-kit.eml'));
    const parsed = await parseMessage(raw, {
      storageDir: mkdtempSync(join(tmpdir(), 'caseline-att-')),
      maxAttachmentBytes: 5_000_000,
    });
    const attachments = await toInboundAttachments(parsed.attachments);
    const workbook = attachments.find((a) => a.filename.endsWith('.xlsx'));
    expect(workbook?.rows?.length).toBeGreaterThan(3);

    const expected = JSON.parse(readFileSync(join(fixtures, '13-engage-xlsx-order-kit.expected.json'), 'utf8'));
    const at = new Date('2026-11-23T03:00:00Z');
    const { db, ctx } = await demoEngine(at);
    // Erin (Northwind, APAC) sends the partner's order kit on; the record comes from the spreadsheet.
    const result = await handleInbound(ctx, {
      channel: 'email',
      sender: { kind: 'email', address: 'erin@northwind.example', auth: 'pass' },
      threadKey: 'email:<order-kit@fabrikam-bank.example>',
      subject: parsed.subject ?? undefined,
      text: parsed.text,
      attachments,
      receivedAt: at,
    });
    expect(result.decision).toBe('license-request-routed');
    const [request] = db.select().from(schema.licenseRequests).all();
    expect(request).toMatchObject({ kind: 'engage', state: 'routed', routedTo: 'license@genesys.com', missing: [] });
    expect(request?.fields).toEqual(expected.fields);
  });
});

describe('a CSV export is read alike by the mail path and `caseline parse-license-request` (issue 25 round 16)', () => {
  const csv = 'Server;Host name;"Note, quoted"\n1;kb-lic-a;"first, primary"\n2;kb-lic-b;second\n';
  const stored = (name: string, content: string) => {
    const storagePath = join(mkdtempSync(join(tmpdir(), 'caseline-csv-')), name);
    writeFileSync(storagePath, content);
    return { filename: name, contentType: 'text/csv', size: Buffer.byteLength(content), storagePath, sha256: '' };
  };

  it('into the same rows (quoted cells, the delimiter the header uses)', async () => {
    const [mailed] = await toInboundAttachments([stored('servers.csv', csv)]);
    const read = await readAttachment({ filename: 'servers.csv', contentType: 'text/csv', content: Buffer.from(csv) });
    expect(read.ok && read.attachment.rows).toEqual(mailed?.rows);
    expect(mailed?.rows?.[1]).toEqual(['1', 'kb-lic-a', 'first, primary']);
  });

  it('neither reads a text export past the same size', async () => {
    const big = `DN,Switch\n${'410000,Avaya CM\n'.repeat(40_000)}`;
    const [mailed] = await toInboundAttachments([stored('dn-export.csv', big)]);
    const read = await readAttachment({
      filename: 'dn-export.csv',
      contentType: 'text/csv',
      content: Buffer.from(big),
    });
    expect(mailed?.text).toBeUndefined();
    expect(mailed?.rows).toBeUndefined();
    expect(read.ok).toBe(false);
  });
});
