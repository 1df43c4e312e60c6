/** The examples of docs/slack.md (staff side): fixed views, rendered by the pure builders. */
import { approvalCard } from '../../../../src/channels/slack/blocks/approval-card.ts';
import { caseCard } from '../../../../src/channels/slack/blocks/case-card.ts';
import { pageDm } from '../../../../src/channels/slack/blocks/page-dm.ts';

export const CASE_CARD = caseCard({
  number: '01000001',
  state: 'open',
  type: 'support',
  severity: 'High',
  tier: 'Premium Care',
  account: 'Globex Inc / Globex Inc',
  product: 'Interaction Server',
  version: '9.0',
  system: 'production',
  region: 'EMEA',
  responseDue: '2026-11-23T15:00:00.000Z',
  targetDue: '2026-11-24T14:00:00.000Z',
  zone: 'Europe/London',
  targetKind: 'restoration',
  mustCallIn: false,
  customerCarePhone: '+44 20 0000 0000',
  description: 'Interaction Server 9.0 drops chat interactions on production <!channel>',
  owner: { id: 1, name: 'Sam Lee', slackUserId: 'U09ANALYST' },
  history: ['23 Nov, 14:05 taken by Sam Lee'],
  pages: [],
  revision: 3,
});

export const APPROVAL_CARD = approvalCard({
  reference: 'AP-000001',
  caseNumber: '01000002',
  account: 'Acme Corp / Acme Corp',
  decision: 'issue-30-day',
  reasons: [
    'A critical production licensing problem: Customer Care may issue a 30-day temporary file with the same feature set.',
  ],
  original: {
    features: [{ name: 'SIP_SERVER', version: '8.5', count: '100', expiry: 'permanent' }],
    hostIds: ['0050569a1b2c'],
    earliestExpiry: null,
    diagnostics: [],
  },
  state: 'pending',
  decidedBy: null,
  decidedAt: null,
  expiresOn: null,
  why: null,
  blocked: null,
  zone: 'Europe/London',
  revision: 1,
});

export const APPROVED_CARD = approvalCard({
  ...{
    reference: 'AP-000001',
    caseNumber: '01000002',
    account: 'Acme Corp / Acme Corp',
    decision: 'issue-30-day',
    reasons: [],
    original: null,
  },
  state: 'approved',
  decidedBy: { name: 'Sam Lee', slackUserId: 'U09ANALYST' },
  decidedAt: '2026-11-23T15:10:00.000Z',
  expiresOn: '2026-12-23',
  why: null,
  blocked: null,
  zone: 'Europe/London',
  revision: 2,
});

export const PAGE_DM = pageDm({
  pageId: 1,
  reference: 'P-000001',
  caseNumber: '01000001',
  body: 'SLA at risk: Case 01000001 (High, Globex Inc / Globex Inc) — first response due Mon, 23 Nov 2026, 15:00 GMT.',
  state: 'open',
  acknowledgedBy: null,
  acknowledgedAt: null,
  closedReason: null,
  zone: 'Europe/London',
  revision: 1,
});
