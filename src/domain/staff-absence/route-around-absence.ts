/**
 * Who a page or an escalation goes to when some of the people it was for are away. Each person the ladder
 * picked is paged if present; for one who is away:
 *
 * | cover named and present | others of the role they were picked for, in the region, present | fallback role present | outcome                         |
 * |-------------------------|------------------------------------------------------------------|-----------------------|---------------------------------|
 * | yes                     | —                                                                | —                     | the cover                       |
 * | no                      | yes                                                              | —                     | those others                    |
 * | no                      | no                                                               | yes (region first)    | the fallback role               |
 * | no                      | no                                                               | no                    | nobody instead of them          |
 *
 * A cover counts only while able to act on the pages of the role the member was picked for (cover-roles.ts):
 * one whose roles changed since it was named is passed over like an absent one.
 * A page is never for nobody: when nobody it would go to is present, it goes to the people picked, away
 * or not, and says so (`everyoneAway`). "Present" means not away at `now`, the instant the page is sent.
 */
import { type Absence, isAwayAt, type StaffOnRota } from './absence.ts';
import { mayCoverRole } from './cover-roles.ts';

export interface PickedForPage<M extends StaffOnRota> {
  member: M;
  /** The role they were picked for (the case's analyst: analyst; the region's managers: manager). */
  role: string;
}

export type ReplacedBy = 'cover' | 'role' | 'fallback' | 'nobody';

export interface Replacement<M extends StaffOnRota> {
  away: M;
  absence: Absence;
  by: M[];
  how: ReplacedBy;
}

export interface RoutedPage<M extends StaffOnRota> {
  recipients: M[];
  replacements: Replacement<M>[];
  /** Everyone picked was away and nobody could stand in: they were paged anyway. */
  everyoneAway: boolean;
}

export interface RouteInput<M extends StaffOnRota> {
  picked: ReadonlyArray<PickedForPage<M>>;
  staff: ReadonlyArray<M>;
  absences: ReadonlyMap<number, Absence>;
  region: string | null;
  fallbackRole: string;
  now: Date;
}

export function routeAroundAbsence<M extends StaffOnRota>(input: RouteInput<M>): RoutedPage<M> {
  const { staff, absences, region, now } = input;
  const present = (m: M) => !isAwayAt(absences.get(m.id), now);
  const presentWith = (role: string, regionOnly: boolean) => {
    const holders = staff.filter((s) => s.roles.includes(role) && present(s));
    if (!region) return holders;
    const inRegion = holders.filter((s) => s.regions.includes(region));
    return inRegion.length > 0 || regionOnly ? inRegion : holders;
  };
  const recipients = new Map<number, M>();
  const replacements: Replacement<M>[] = [];
  for (const { member, role } of input.picked) {
    const absence = absences.get(member.id);
    if (!absence || !isAwayAt(absence, now)) {
      recipients.set(member.id, member);
      continue;
    }
    const replacement = standIn(member, role, absence);
    for (const m of replacement.by) recipients.set(m.id, m);
    replacements.push(replacement);
  }
  if (recipients.size > 0 || input.picked.length === 0) {
    return { recipients: [...recipients.values()], replacements, everyoneAway: false };
  }
  const everyone = new Map(input.picked.map((p) => [p.member.id, p.member]));
  return { recipients: [...everyone.values()], replacements, everyoneAway: true };

  function standIn(member: M, role: string, absence: Absence): Replacement<M> {
    const cover = staff.find((s) => s.id === absence.coverStaffId);
    // A cover who cannot act on this role's pages (cover-roles.ts; roles changed since it was named) is passed over.
    if (cover && present(cover) && mayCoverRole(role, cover.roles))
      return { away: member, absence, by: [cover], how: 'cover' };
    const sameRole = presentWith(role, true);
    if (sameRole.length > 0) return { away: member, absence, by: sameRole, how: 'role' };
    const fallback = presentWith(input.fallbackRole, false);
    if (fallback.length > 0) return { away: member, absence, by: fallback, how: 'fallback' };
    return { away: member, absence, by: [], how: 'nobody' };
  }
}

/**
 * What a page says about the people it is not going to, one line each, so every reader knows why they
 * were paged ("Sam Lee is away until Fri 18 Dec, 18:00 CET: paged Ana Diaz (their cover) instead.").
 * `until` formats an away member's return in their own zone.
 */
export function describeRouting<M extends StaffOnRota>(
  routed: RoutedPage<M>,
  until: (member: M, endsAt: string) => string,
): string[] {
  const names = (ms: M[]) => ms.map((m) => m.name).join(', ');
  if (routed.everyoneAway) {
    const who = routed.replacements.map((r) => `${r.away.name} until ${until(r.away, r.absence.endsAt)}`);
    return [`Everyone this page is for is away (${who.join('; ')}), and nobody can stand in: paged them anyway.`];
  }
  return routed.replacements.map((r) => {
    const away = `${r.away.name} is away until ${until(r.away, r.absence.endsAt)}`;
    if (r.how === 'cover') return `${away}: paged ${names(r.by)} (their cover) instead.`;
    if (r.how === 'nobody') return `${away}: nobody else could be paged in their place.`;
    return `${away}: paged ${names(r.by)} instead.`;
  });
}
