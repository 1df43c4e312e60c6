/**
 * At-risk and breach pages (DOMAIN.md §8): at 75% of a target's countable time used, and at 100%,
 * managers are paged — once each per case and target. A paused case's clock does not run.
 */
import { and, eq } from 'drizzle-orm';
import type { SeverityId } from '../../domain/ids.ts';
import { escalationLevel, slaProgress } from '../../domain/sla/index.ts';
import { appendAudit } from '../../store/audit-log.ts';
import { type CaseRow, casesWithRunningClock } from '../../store/case-store.ts';
import { schema } from '../../store/database.ts';
import { staffWithRole } from '../../store/directory-reader.ts';
import { enqueue } from '../../store/outbox-store.ts';
import { afterCommit, inTransaction } from '../../store/transaction.ts';
import { calendarOfCase, describeDue } from './case-sla.ts';
import { toOutbound } from './turn.ts';
import type { EngineContext, Outbound } from './types.ts';

type Target = 'response' | 'target';

function alreadyPaged(ctx: EngineContext, caseId: number, target: Target, level: 'at-risk' | 'breached'): boolean {
  return (
    ctx.db
      .select()
      .from(schema.escalations)
      .where(
        and(
          eq(schema.escalations.caseId, caseId),
          eq(schema.escalations.target, target),
          eq(schema.escalations.level, level),
        ),
      )
      .get() !== undefined
  );
}

export function runEscalations(ctx: EngineContext, now: Date): Outbound[] {
  return inTransaction(ctx.db, () => {
    const pages: Outbound[] = [];
    for (const c of casesWithRunningClock(ctx.db)) {
      if (c.state !== 'open' || !c.severity || !c.clockStartedAt) continue;
      const checks: Array<[Target, string | null, string | null]> = [
        ['response', c.responseDue, c.respondedAt],
        ['target', c.targetDue, c.targetMetAt],
      ];
      for (const [target, due, metAt] of checks) {
        if (!due || metAt) continue;
        const share = slaProgress({
          processed: ctx.policy.severities[c.severity as SeverityId].processed,
          calendar: calendarOfCase(ctx.policy, c),
          start: new Date(c.clockStartedAt),
          due: new Date(due),
          at: now,
          pauses: c.pauses.map((p) => ({ from: new Date(p.from), to: new Date(p.to) })),
        });
        const level = escalationLevel(share, ctx.policy.escalation);
        if (level === 'on-track') continue;
        const levels = level === 'breached' ? (['at-risk', 'breached'] as const) : (['at-risk'] as const);
        for (const l of levels) {
          if (alreadyPaged(ctx, c.id, target, l)) continue;
          pages.push(...page(ctx, c, target, l, due, now));
        }
      }
    }
    return pages;
  });
}

function page(
  ctx: EngineContext,
  c: CaseRow,
  target: Target,
  level: 'at-risk' | 'breached',
  due: string,
  now: Date,
): Outbound[] {
  const nowIso = now.toISOString();
  ctx.db.insert(schema.escalations).values({ caseId: c.id, target, level, at: nowIso, due }).run();
  afterCommit(ctx.db, () => ctx.instruments.page(level));
  const text = ctx.templates.render(`escalation-${level}`, {
    number: c.number,
    target: target === 'response' ? 'first response' : `${c.targetKind ?? 'resolution'} target`,
    due: describeDue(due, c.timeZone ?? 'UTC'),
    severity: c.severity ? ctx.policy.severities[c.severity as SeverityId].name : '',
    account: `${c.soldTo} / ${c.endUser}`,
  });
  appendAudit(ctx.db, {
    at: nowIso,
    actor: 'caseline',
    action: `escalation.${level}`,
    subject: c.number,
    details: { target, due },
  });
  return staffWithRole(ctx.db, 'manager', c.region).map((m) =>
    toOutbound(
      enqueue(
        ctx.db,
        {
          channel: ctx.staffChannel,
          recipient: ctx.staffChannel === 'slack' ? (m.slackUserId ?? m.email) : m.email,
          audience: 'staff',
          subject: `[Case ${c.number}] ${level === 'breached' ? 'SLA breached' : 'SLA at risk'}`,
          text,
          threadKey: null,
          caseId: c.id,
        },
        nowIso,
      ),
      c.number,
    ),
  );
}
