/**
 * What the customer is told about a temporary-license decision (DOMAIN.md §6, seed 000). Plain sentences,
 * kept apart from the decision table so the table stays readable; addresses and day counts come from policy.
 */
import type { LicenseFileReport } from './license-file/index.ts';
import type { RegionPolicy } from './policy/schema.ts';
import type { MissingInput } from './temp-license-inputs.ts';

export type FileKind = 'permanent' | 'temporary';

export function tempLicenseSentences(region: RegionPolicy) {
  const licensing = `the ${region.name} Licensing team at ${region.licensingEmail}`;
  const until = (on: string | null) => (on ? `, expiring on ${on}` : '');
  return {
    contactLicensing: `Please email your request to ${licensing}; they handle it during ${region.name} business hours.`,
    neverForDemoOrTesting: 'Customer Care cannot issue a temporary license file for demos or testing.',
    noExtensionOfOwnFile:
      'Customer Care cannot issue a further extension or change of a temporary license file that Customer Care itself issued.',
    issuerUnknown:
      'Customer Care can replace a temporary license file only when the regional Licensing team issued it. Please tell us who issued your current temporary file.',
    licensingIsOpen:
      'The Licensing team is open now, so they handle extensions and rehosting of permanent license files; Customer Care issues an emergency file only outside business hours.',
    customerCareIssuesOnlyTemporary:
      'Customer Care only ever issues temporary license files, so a file Customer Care issued is a temporary one.',
    permanentComesFromLicensing:
      'The file you sent is permanent, and only the regional Licensing team issues permanent files, so we treat it as issued by Licensing.',
    fileContradictsReason: (kind: FileKind, earliestExpiry: string | null) =>
      kind === 'temporary'
        ? `The license file you sent is a temporary file (it expires on ${earliestExpiry}), not a permanent one, so the rule for temporary files applies.`
        : 'The license file you sent is a permanent file (it never expires), not a temporary one, so the rule for permanent files applies.',
    emergencyFile: (days: number, on: string | null) =>
      `Because this is an emergency outside business hours, Customer Care can issue a ${days}-day temporary license file with exactly the same features as your permanent license file${until(on)}.`,
    modificationFile: (days: number, on: string | null) =>
      `Customer Care can issue a ${days}-day temporary license file with exactly the same features as your current temporary file${until(on)}. For anything further, please also contact ${licensing}.`,
    criticalFile: (days: number, on: string | null) =>
      `Because a licensing problem is affecting production, Customer Care can issue a ${days}-day temporary license file with exactly the same features as your original license file${until(on)}. Customer Care will also follow up with License Management and with you so that a normal license file fixes this for good.`,
    missing: (input: MissingInput, report: LicenseFileReport | undefined) => {
      if (input === 'readable-original-license-file') {
        const problem = report?.diagnostics.find((d) => d.severity === 'error');
        const detail = problem ? ` (line ${problem.line}: ${problem.message})` : '';
        return `We could not read the license file you sent${detail}. Please send a readable copy of the original license file; nothing is issued until then.`;
      }
      return 'Please attach your original license file: Customer Care needs it before issuing anything.';
    },
  };
}
