/**
 * Reads a FlexLM / FlexNet license file (Engage licensing, seed 002) into a report. Pure: takes the
 * text, never reads a file, and never throws: whatever is wrong with the input becomes a diagnostic
 * with the line it was found on.
 */

import { parseFeatureLine } from './feature-line.ts';
import { splitLogicalLines } from './logical-lines.ts';
import { parseServerLine, parseVendorLine } from './server-lines.ts';
import { tokenize } from './tokens.ts';
import type {
  LicenseDiagnostic,
  LicenseFeature,
  LicenseFileReport,
  LicenseServer,
  LicenseVendor,
  ServerConfiguration,
} from './types.ts';

// A file that is mostly not text (a zip, a Word document) gets one diagnostic, not one per line.
const BINARY_SHARE = 0.1;
const NON_TEXT_ANY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;
const NON_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;

export function parseLicenseFile(text: string): LicenseFileReport {
  if (text.trim() === '') return emptyReport([error(1, 'the license file is empty')]);
  // Most files hold no control character at all: one scan of the whole text spares a test per line.
  const hasNonText = NON_TEXT_ANY.test(text);
  if (hasNonText && looksBinary(text)) {
    return emptyReport([error(1, 'this is not a text license file (it holds binary data)')]);
  }

  const { lines, diagnostics } = splitLogicalLines(text, hasNonText);
  const servers: LicenseServer[] = [];
  const vendors: LicenseVendor[] = [];
  const features: LicenseFeature[] = [];
  let useServer = false;

  for (const { line, text: lineText } of lines) {
    const { tokens, unterminatedQuote } = tokenize(lineText);
    if (unterminatedQuote) diagnostics.push(error(line, 'a quoted string is not closed'));
    const [keywordToken, ...rest] = tokens;
    if (!keywordToken) continue;
    const keyword = keywordToken.value.toUpperCase();
    switch (keyword) {
      case 'SERVER': {
        const result = parseServerLine(rest, line);
        if (result.server) servers.push(result.server);
        diagnostics.push(...result.diagnostics);
        break;
      }
      case 'VENDOR':
      case 'DAEMON': {
        const result = parseVendorLine(keyword, rest, line);
        if (result.vendor) vendors.push(result.vendor);
        diagnostics.push(...result.diagnostics);
        break;
      }
      case 'USE_SERVER':
        useServer = true;
        break;
      case 'FEATURE':
      case 'INCREMENT': {
        const result = parseFeatureLine(keyword, rest, line);
        if (result.feature) features.push(result.feature);
        diagnostics.push(...result.diagnostics);
        break;
      }
      case 'PACKAGE':
      case 'UPGRADE':
        diagnostics.push(warning(line, `${keyword} lines are not analysed`));
        break;
      default:
        diagnostics.push(error(line, `unknown keyword "${keywordToken.raw}"`));
    }
  }

  diagnostics.push(...crossChecks(servers, vendors, features, lines[0]?.line ?? 1));
  diagnostics.sort((a, b) => a.line - b.line);
  // ISO dates sort as text, so the first after sorting is the earliest.
  const dated = features.flatMap((feature) => (feature.expiry ? [feature.expiry] : [])).sort();
  return {
    servers,
    serverConfiguration: serverConfiguration(servers.length),
    vendors,
    useServer,
    features,
    temporary: dated.length > 0,
    earliestExpiry: dated[0] ?? null,
    diagnostics,
    hasErrors: diagnostics.some((d) => d.severity === 'error'),
  };
}

/** One or three SERVER lines; three is the redundant quorum of seed 002. Two, or more than three, FlexLM refuses. */
function serverConfiguration(count: number): ServerConfiguration {
  if (count === 0) return 'none';
  if (count === 1) return 'single';
  if (count === 3) return 'three-redundant';
  return 'invalid';
}

function crossChecks(
  servers: LicenseServer[],
  vendors: LicenseVendor[],
  features: LicenseFeature[],
  firstLine: number,
): LicenseDiagnostic[] {
  const found: LicenseDiagnostic[] = [];
  if (servers.length === 2 || servers.length > 3) {
    found.push(
      error(
        servers[1]?.line ?? firstLine,
        `${servers.length} SERVER lines: a license file has one server, or three redundant servers (the Licensing Guide)`,
      ),
    );
  }
  if (features.length === 0) found.push(error(firstLine, 'the file has no FEATURE or INCREMENT lines'));
  const declared = new Set(vendors.map((vendor) => vendor.name.toLowerCase()));
  for (const feature of features) {
    if (declared.size > 0 && !declared.has(feature.vendor.toLowerCase())) {
      found.push(
        warning(feature.line, `${feature.keyword} ${feature.name}: vendor "${feature.vendor}" has no VENDOR line`),
      );
    }
  }
  const counted = features.find((feature) => feature.count !== 'uncounted');
  if (counted && servers.length === 0) {
    found.push(warning(counted.line, `${counted.keyword} ${counted.name} is counted but the file has no SERVER line`));
  }
  return found;
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const nonText = text.match(NON_TEXT)?.length ?? 0;
  return nonText / text.length > BINARY_SHARE;
}

function emptyReport(diagnostics: LicenseDiagnostic[]): LicenseFileReport {
  return {
    servers: [],
    serverConfiguration: 'none',
    vendors: [],
    useServer: false,
    features: [],
    temporary: false,
    earliestExpiry: null,
    diagnostics,
    hasErrors: diagnostics.some((d) => d.severity === 'error'),
  };
}

function error(line: number, message: string): LicenseDiagnostic {
  return { line, severity: 'error', message };
}

function warning(line: number, message: string): LicenseDiagnostic {
  return { line, severity: 'warning', message };
}
