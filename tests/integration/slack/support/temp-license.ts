/** A temporary-license request by Slack DM and the temporary files approvers upload (issue 20 §3). */
import { expiryDate } from '../../../../src/services/engine/approval-decision.ts';
import { findCaseByNumber } from '../../../../src/store/case-store.ts';
import { dm, type Harness } from './slack-harness.ts';
import { verifyDirectly } from './verify-directly.ts';

export const ORIGINAL_LICENSE = [
  'SERVER licsrv01 0050569a1b2c 7260',
  'VENDOR genesys.d',
  'FEATURE SIP_SERVER genesys.d 8.5 permanent 100 SIGN=ABC123',
  'FEATURE SIP_PROXY genesys.d 8.5 permanent 20 SIGN=DEF456',
  '',
].join('\n');

/** The original's features, dated EXPIRY (replaced by tempFile). */
export const SAME_FEATURES = [
  'FEATURE SIP_SERVER genesys.d 8.5 EXPIRY 100 SIGN=T1',
  'FEATURE SIP_PROXY genesys.d 8.5 EXPIRY 20 SIGN=T2',
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** 2026-12-30 → 30-dec-2026, as FlexLM writes dates. */
const flexDate = (iso: string) => `${iso.slice(8, 10)}-${MONTHS[Number(iso.slice(5, 7)) - 1]}-${iso.slice(0, 4)}`;

/** A file as Slack describes it in a `file_share` message. */
export function sharedFile(id: string, name: string, size: number, url: string) {
  return {
    id,
    name,
    title: name,
    mimetype: 'text/plain',
    filetype: 'text',
    size,
    mode: 'hosted',
    url_private: url,
    url_private_download: url,
  };
}

/** Ana (Acme) asks for a temporary license with her original file: a 30-day approval; her thread's root. */
export async function requestTemporaryLicense(h: Harness): Promise<string> {
  await verifyDirectly(h, 'U01ANA', 'ana@acme.example', '482913');
  h.fake.files.set('F1LIC', { body: Buffer.from(ORIGINAL_LICENSE), contentType: 'text/plain' });
  const url = h.fake.fileUrl('F1LIC');
  const message = dm('U01ANA', 'Our license server crashed and production is down, we need a temporary license', {
    subtype: 'file_share',
    files: [sharedFile('F1LIC', 'license.dat', ORIGINAL_LICENSE.length, url)],
  });
  await h.event(message);
  await h.settle();
  return String(message['ts']);
}

/** The form's `file` value: a temporary file with `features`, dated `days` from today in the case's zone. */
export async function tempFile(
  h: Harness,
  id: string,
  features: string[],
  days: number,
): Promise<Record<string, unknown>> {
  const caseRow = (await findCaseByNumber(h.db, '01000001'))!;
  const expiry = flexDate(expiryDate(h.ctx.now(), days, caseRow.timeZone ?? 'UTC'));
  const body = features.map((f) => f.replace('EXPIRY', expiry)).join('\n');
  h.fake.files.set(id, { body: Buffer.from(body), contentType: 'text/plain' });
  return {
    files: [
      { id, name: `${id}.dat`, mimetype: 'text/plain', size: body.length, url_private_download: h.fake.fileUrl(id) },
    ],
  };
}
