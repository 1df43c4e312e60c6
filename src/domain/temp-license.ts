import type { RegionId, TempLicenseDecision } from './ids.ts';
import type { LicenseFileReport } from './license-file/index.ts';
import type { Policy } from './policy/schema.ts';
import type { LicenseIssuer, MissingInput, TempLicenseReason } from './temp-license-inputs.ts';
import { type FileKind, tempLicenseSentences } from './temp-license-messages.ts';

export interface OriginalLicenseFile {
  /** The customer attached a copy (a parsed `report` counts as attached). */
  attached: boolean;
  report?: LicenseFileReport;
  issuedBy?: LicenseIssuer;
}

export interface TempLicenseRequest {
  reason: TempLicenseReason;
  outsideBusinessHours: boolean;
  original?: OriginalLicenseFile;
  region: RegionId;
  policy: Pick<Policy, 'regions' | 'tempLicense'>;
  now: Date;
}

export type { MissingInput } from './temp-license-inputs.ts';

export interface TempLicenseOutcome {
  decision: TempLicenseDecision;
  /** What the customer is told, in plain sentences. */
  reasons: string[];
  licensingEmail: string;
  expiresInDays: number | null;
  /** YYYY-MM-DD in the region's time zone; null while inputs are missing (nothing is issued yet). */
  expiresOn: string | null;
  sameFeatureSet: boolean;
  /** The rule applied needs the customer's original license file (to copy its feature set). */
  requiresOriginal: boolean;
  /** Ask for these before anything is issued; the decision is what the rule gives once they arrive. */
  missingInputs: MissingInput[];
  followUpWithLicenseManagement: boolean;
  referToLicensingToo: boolean;
}

/**
 * May Customer Care issue a temporary license file? DOMAIN.md §6, seed 000 "Requesting Temporary License Files".
 *
 * First settle what the customer's file IS — the parsed original wins over the stated reason:
 *   kind = readable parsed original ? (dated feature → temporary : permanent)
 *        : issuedBy customer-care   ? temporary   (Customer Care only ever issues temporary files)
 *        : the reason's claim        (emergency-* → permanent; modify/extend-temporary → temporary; critical → any)
 *   A readable permanent original was issued by Licensing, whatever issuedBy says.
 *
 * | # | reason                       | file kind      | issued by     | hours   | decision           | also                                   | source                  |
 * |---|------------------------------|----------------|---------------|---------|--------------------|----------------------------------------|-------------------------|
 * | 1 | demo, testing                | any            | any           | any     | refer-to-licensing |                                        | seed 000 NOTE ("never") |
 * | 2 | any other                    | temporary      | customer-care | any     | refer-to-licensing |                                        | seed 000 NOTE ("never") |
 * | 3 | any other                    | temporary      | unknown       | any     | refer-to-licensing | missingInputs: original-issuer         | ours: cannot rule out 2 |
 * | 4 | any other                    | temporary      | licensing     | any     | issue-7-day        | referToLicensingToo; follow-up if 5's  | seed 000 case 2         |
 * | 5 | critical-production-licensing| permanent/any  | licensing/unk.| any     | issue-30-day       | followUpWithLicenseManagement          | seed 000 case 3         |
 * | 6 | emergency-*, or modify/extend| permanent      | licensing/unk.| outside | issue-30-day       |                                        | seed 000 case 1         |
 * |   |   of a permanent file        |                |               |         |                    |                                        |                         |
 * | 7 | same as 6                    | permanent      | licensing/unk.| inside  | refer-to-licensing | Licensing is open                      | seed 000 case 1         |
 *
 * Rows 4, 5, 6 issue a file with exactly the same feature set, so they need the original license file:
 * not attached → missingInputs original-license-file; parsed with errors → readable-original-license-file.
 * The decision stays what the row gives, and nothing is issued (expiresOn null) until it arrives.
 * Day counts come from policy.tempLicense (emergencyDays for rows 5-6, modificationDays for row 4).
 */
export function decideTempLicense(request: TempLicenseRequest): TempLicenseOutcome {
  const { reason, outsideBusinessHours, original, policy } = request;
  const region = policy.regions[request.region];
  const say = tempLicenseSentences(region);
  const refer = (reasons: string[], missingInputs: MissingInput[] = []): TempLicenseOutcome => ({
    ...base(region.licensingEmail),
    reasons: [...reasons, say.contactLicensing],
    missingInputs,
  });

  if (reason === 'demo' || reason === 'testing') return refer([say.neverForDemoOrTesting]); // row 1

  const report = original?.report;
  const readable = report !== undefined && !report.hasErrors;
  const fileKind: FileKind | null = readable ? (report.temporary ? 'temporary' : 'permanent') : null;
  const notes: string[] = [];
  let kind: FileKind | 'unknown';
  if (fileKind) {
    kind = fileKind;
    const claimed = claimedKind(reason);
    if (claimed && claimed !== fileKind)
      notes.push(say.fileContradictsReason(fileKind, report?.earliestExpiry ?? null));
  } else if (original?.issuedBy === 'customer-care') {
    kind = 'temporary';
    if (claimedKind(reason) === 'permanent') notes.push(say.customerCareIssuesOnlyTemporary);
  } else {
    kind = claimedKind(reason) ?? 'unknown';
  }
  if (fileKind === 'permanent' && original?.issuedBy === 'customer-care') notes.push(say.permanentComesFromLicensing);

  const missing: MissingInput[] = [];
  if (report?.hasErrors) missing.push('readable-original-license-file');
  else if (!report && !original?.attached) missing.push('original-license-file');
  const missingSentences = missing.map((input) => say.missing(input, report));

  const issue = (days: number, decision: TempLicenseDecision, sentence: (on: string | null) => string) => {
    const expiresOn = missing.length === 0 ? addDays(request.now, days, region.timeZone) : null;
    return {
      ...base(region.licensingEmail),
      decision,
      expiresInDays: days,
      expiresOn,
      sameFeatureSet: true,
      requiresOriginal: true,
      missingInputs: missing,
      reasons: [...notes, sentence(expiresOn), ...missingSentences],
    };
  };

  if (kind === 'temporary') {
    if (original?.issuedBy === 'customer-care') return refer([...notes, say.noExtensionOfOwnFile]); // row 2
    if (original?.issuedBy === undefined) return refer([...notes, say.issuerUnknown], ['original-issuer']); // row 3
    const critical = reason === 'critical-production-licensing';
    return {
      ...issue(policy.tempLicense.modificationDays, 'issue-7-day', (on) =>
        say.modificationFile(policy.tempLicense.modificationDays, on),
      ),
      referToLicensingToo: true,
      followUpWithLicenseManagement: critical,
    }; // row 4
  }
  if (reason === 'critical-production-licensing') {
    const outcome = issue(policy.tempLicense.emergencyDays, 'issue-30-day', (on) =>
      say.criticalFile(policy.tempLicense.emergencyDays, on),
    );
    return { ...outcome, followUpWithLicenseManagement: true }; // row 5
  }
  if (!outsideBusinessHours) return refer([...notes, say.licensingIsOpen]); // row 7
  return issue(policy.tempLicense.emergencyDays, 'issue-30-day', (on) =>
    say.emergencyFile(policy.tempLicense.emergencyDays, on),
  ); // row 6
}

/** The kind of file a reason presupposes; critical production issues may involve either. */
function claimedKind(reason: TempLicenseReason): FileKind | null {
  if (reason === 'emergency-extension' || reason === 'emergency-rehost') return 'permanent';
  if (reason === 'modify-temporary' || reason === 'extend-temporary') return 'temporary';
  return null;
}

function base(licensingEmail: string): TempLicenseOutcome {
  return {
    decision: 'refer-to-licensing',
    reasons: [],
    licensingEmail,
    expiresInDays: null,
    expiresOn: null,
    sameFeatureSet: false,
    requiresOriginal: false,
    missingInputs: [],
    followUpWithLicenseManagement: false,
    referToLicensingToo: false,
  };
}

/** The calendar date `days` after today in the region's time zone (the customer's and Licensing's today). */
function addDays(now: Date, days: number, timeZone: string): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
