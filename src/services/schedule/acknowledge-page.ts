/**
 * Acknowledging a page (issue 22): whoever takes it stops the repeats and the climb up the ladder.
 * The same service answers every channel: the terminal's `/staff … acknowledge`, `caseline page ack`,
 * the replay's staff step, and (issue 20) Slack's Acknowledge button. Pressing twice is harmless.
 *
 * | who                                              | page state   | outcome                           |
 * |--------------------------------------------------|--------------|-----------------------------------|
 * | a recipient, or an analyst, manager, head, admin | open         | acknowledged (repeats stop)       |
 * | same                                             | acknowledged | ok, already (who and when)        |
 * | same                                             | cancelled    | refused: closed, with the reason  |
 * | anyone else (not staff, licensing only)          | any          | refused: not allowed              |
 */

import { appendAudit } from '../../store/audit-log.ts';
import { addCaseEvent, getCaseById } from '../../store/case-store.ts';
import type { Db } from '../../store/database.ts';
import { findStaffById, type StaffRow } from '../../store/directory-reader.ts';
import { getPage, openPagesOfCase, type PageRow, updatePage } from '../../store/page-store.ts';
import { inTransaction } from '../../store/transaction.ts';
import type { EngineContext } from '../engine/types.ts';
import { pageReference } from './page-sender.ts';

const MAY_ACKNOWLEDGE = ['analyst', 'manager', 'head', 'admin'];

export type AcknowledgeResult =
  | { ok: true; page: PageRow; already: boolean; message: string }
  | { ok: false; reason: 'no-page' | 'not-allowed' | 'closed'; message: string };

async function staffById(db: Db, id: number): Promise<StaffRow | undefined> {
  return await findStaffById(db, id);
}

export async function acknowledgePage(
  ctx: Pick<EngineContext, 'db' | 'now'>,
  pageId: number,
  staffId: number,
  at: Date = ctx.now(),
): Promise<AcknowledgeResult> {
  return await inTransaction(ctx.db, async (): Promise<AcknowledgeResult> => {
    const page = await getPage(ctx.db, pageId);
    const ref = pageReference(pageId);
    if (!page) return { ok: false, reason: 'no-page', message: `there is no page ${ref}` };
    const member = await staffById(ctx.db, staffId);
    const allowed =
      member && (page.recipients.includes(member.email) || member.roles.some((r) => MAY_ACKNOWLEDGE.includes(r)));
    if (!member || !allowed) {
      return { ok: false, reason: 'not-allowed', message: 'only Customer Care staff may acknowledge a page' };
    }
    if (page.state === 'acknowledged') {
      const by = page.acknowledgedBy ? ((await staffById(ctx.db, page.acknowledgedBy))?.name ?? 'staff') : 'staff';
      return {
        ok: true,
        page,
        already: true,
        message: `page ${ref} was already acknowledged by ${by} at ${page.acknowledgedAt}`,
      };
    }
    if (page.state !== 'open') {
      return { ok: false, reason: 'closed', message: `page ${ref} is closed: ${page.closedReason ?? page.state}` };
    }
    const nowIso = at.toISOString();
    await updatePage(ctx.db, page.id, {
      state: 'acknowledged',
      acknowledgedBy: member.id,
      acknowledgedAt: nowIso,
      nextRepageAt: null,
    });
    const caseRow = await getCaseById(ctx.db, page.caseId);
    const what = `${page.target} ${page.level}`;
    await addCaseEvent(ctx.db, {
      caseId: page.caseId,
      at: nowIso,
      kind: 'page',
      actor: `staff:${member.email}`,
      text: `page ${ref} (${what}) acknowledged by ${member.name}`,
      details: { page: page.id },
    });
    await appendAudit(ctx.db, {
      at: nowIso,
      actor: `staff:${member.email}`,
      action: 'escalation.acknowledged',
      subject: caseRow?.number ?? String(page.caseId),
      details: { page: page.id, target: page.target, level: page.level, ladderLevel: page.ladderLevel },
    });
    return {
      ok: true,
      page: { ...page, state: 'acknowledged', acknowledgedBy: member.id, acknowledgedAt: nowIso, nextRepageAt: null },
      already: false,
      message: `page ${ref} (case ${caseRow?.number ?? page.caseId}, ${what}) acknowledged by ${member.name}`,
    };
  });
}

/** Every open page of a case, acknowledged by one staff member (the terminal's `acknowledge CASE`). */
export async function acknowledgeCasePages(
  ctx: Pick<EngineContext, 'db' | 'now'>,
  caseId: number,
  staffId: number,
  at: Date = ctx.now(),
): Promise<AcknowledgeResult[]> {
  const results: AcknowledgeResult[] = [];
  for (const p of await openPagesOfCase(ctx.db, caseId)) results.push(await acknowledgePage(ctx, p.id, staffId, at));
  return results;
}
