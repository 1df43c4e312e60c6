/**
 * Who may cover for whom (red team round 12). A cover receives the pages their absent colleague would
 * have received, and a page asks its reader to act: to acknowledge it (analysts, managers, heads and
 * admins may), and for the case's analyst to take the case, answer it, set its severity or approve its
 * temporary license (analysts and managers may do all of it). An on-call tool hands a shift only to
 * someone who can answer it, so a cover is checked against what their colleague is paged as, when it is
 * named, and again when a page is routed (a directory import may change roles since):
 *
 * | the absent member holds | the cover must hold one of     | because the pages they would get ask to           |
 * |-------------------------|--------------------------------|---------------------------------------------------|
 * | analyst                 | analyst, manager               | take, answer, set severity, approve, acknowledge  |
 * | manager                 | manager, head                  | acknowledge and engage management                 |
 * | head                    | head                           | acknowledge as the top of the ladder              |
 * | licensing               | licensing                      | complete a follow-up task of Licensing            |
 * | admin                   | admin, analyst, manager, head  | acknowledge (admins are paged as a fallback only) |
 *
 * A member of several roles needs a cover for each of them (one cover stands in for the whole absence).
 */
const COVERED_BY: Readonly<Record<string, readonly string[]>> = {
  analyst: ['analyst', 'manager'],
  manager: ['manager', 'head'],
  head: ['head'],
  licensing: ['licensing'],
  admin: ['admin', 'analyst', 'manager', 'head'],
};

const WHY: Readonly<Record<string, string>> = {
  analyst: "an analyst's pages ask to take, answer and acknowledge the case",
  manager: "a manager's pages ask to acknowledge and engage management",
  head: "a head's pages ask to acknowledge at the top of the ladder",
  licensing: "Licensing's pages ask to complete a Licensing follow-up task",
  admin: "an admin's pages ask to acknowledge them",
};

/** Whether a cover holding `coverRoles` can act on a page meant for someone of `role`. */
export function mayCoverRole(role: string, coverRoles: readonly string[]): boolean {
  const enough = COVERED_BY[role];
  return enough === undefined || coverRoles.some((r) => enough.includes(r));
}

/**
 * Why `cover` cannot stand in for `member` (the first role of theirs it cannot act for, said in words
 * staff read), or undefined when it can.
 */
export function coverShortfall(
  member: { name: string; roles: readonly string[] },
  cover: { name: string; roles: readonly string[] },
): string | undefined {
  const role = member.roles.find((r) => !mayCoverRole(r, cover.roles));
  if (role === undefined) return undefined;
  const needed = COVERED_BY[role]!.join(' or ');
  return `${cover.name} (${cover.roles.join(', ')}) cannot cover for ${member.name}: ${WHY[role]}, which needs the ${needed} role — name another cover`;
}
