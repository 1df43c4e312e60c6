/**
 * The stored directory written back in exactly the import form, without PINs, so that importing
 * an export changes nothing (a contact without `pin` keeps the PIN it has).
 */
import type { DirectoryState } from './state.ts';
import { sortByKey } from './state.ts';

/** Only the keys that have a value: the import treats a missing optional key as "not given". */
function compact<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== null && value !== undefined),
  ) as Partial<T>;
}

export function toImportForm(state: DirectoryState) {
  return {
    companies: sortByKey(state.companies, (c) => c.id).map((c) => ({ id: c.id, name: c.name })),
    contracts: sortByKey(state.contracts, (c) => c.id).map((c) =>
      compact({
        id: c.id,
        soldTo: c.soldTo,
        tier: c.tier,
        region: c.region,
        timeZone: c.timeZone,
        holidays: c.holidayCountry,
        status: c.status,
        start: c.start,
        end: c.end,
        pilot: c.pilot,
        products: c.products.map((p) => ({ name: p.name, versions: p.versions })),
      }),
    ),
    pairs: sortByKey(state.pairs, (p) => `${p.soldTo}/${p.endUser}`).map((p) => ({
      soldTo: p.soldTo,
      endUser: p.endUser,
      supportOwner: p.supportOwner,
    })),
    contacts: sortByKey(state.contacts, (c) => c.email).map((c) =>
      compact({
        email: c.email,
        name: c.name,
        phone: c.phone,
        slackUserId: c.slackUserId,
        designated: c.designated,
        emails: c.emails.length > 0 ? c.emails : undefined,
        access: c.access.map((g) =>
          compact({ soldTo: g.soldTo, endUser: g.endUser, level: g.level, approvedBy: g.approvedBy }),
        ),
      }),
    ),
    staff: sortByKey(state.staff, (s) => s.email).map((s) =>
      compact({ slackUserId: s.slackUserId, email: s.email, name: s.name, roles: s.roles, regions: s.regions }),
    ),
  };
}

export type ImportForm = ReturnType<typeof toImportForm>;
