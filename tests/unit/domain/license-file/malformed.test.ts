import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLicenseFile } from '../../../../src/domain/license-file/index.ts';

const read = (name: string) => readFileSync(new URL(`../../../fixtures/license-files/${name}`, import.meta.url));
const fixture = (name: string) => parseLicenseFile(read(name).toString('utf8'));

describe('malformed license files give line-numbered diagnostics, never a throw', () => {
  it('malformed.lic: missing fields, bad dates, bad version and count, unclosed quote, unknown keyword, bad host ids', () => {
    const report = fixture('malformed.lic');
    expect(report.diagnostics).toEqual([
      { line: 1, severity: 'error', message: 'SERVER line needs a host name and a host id' },
      {
        line: 3,
        severity: 'error',
        message: 'FEATURE line has 3 of the 4 required fields (name, vendor, version, expiry)',
      },
      { line: 4, severity: 'error', message: 'FEATURE SIP_SERVER: expiry "31-feb-2024" is not a real date' },
      { line: 4, severity: 'warning', message: 'FEATURE SIP_SERVER is counted but the file has no SERVER line' },
      {
        line: 5,
        severity: 'error',
        message:
          'FEATURE CCPULSE: expiry "24-jun-04" has a 2-digit year: only a zero year means permanent, and a temporary license carries a four-digit year (the Licensing Guide)',
      },
      { line: 6, severity: 'error', message: 'FEATURE ROUTING: version "eight" is not a version number' },
      { line: 6, severity: 'error', message: 'FEATURE ROUTING: license count "ten" is not a number or "uncounted"' },
      { line: 7, severity: 'error', message: 'a quoted string is not closed' },
      {
        line: 7,
        severity: 'error',
        message: 'FEATURE STAT_SERVER: ETHER=0050569a1b is not a MAC address (12 hex digits)',
      },
      // The unclosed quote swallowed the rest of the line, signature included.
      {
        line: 7,
        severity: 'warning',
        message: 'FEATURE STAT_SERVER: no signature (SIGN= or a license key): the line may be cut short',
      },
      { line: 8, severity: 'error', message: 'unknown keyword "LICENSE_KEY"' },
      { line: 9, severity: 'error', message: 'FEATURE OCS: unknown host id type "SERIAL"' },
      { line: 9, severity: 'warning', message: 'FEATURE OCS: vendor "other.d" has no VENDOR line' },
    ]);
    expect(report.hasErrors).toBe(true);
    // A feature with an unreadable date is neither permanent nor dated, so it does not make the file temporary.
    expect(report.features.find((f) => f.name === 'SIP_SERVER')).toMatchObject({ expiry: null, permanent: false });
    expect(report.temporary).toBe(false);
  });

  it('truncated-continuation.lic: a "\\" followed by a new FEATURE, and a "\\" at the end of the file', () => {
    const report = fixture('truncated-continuation.lic');
    expect(report.features.map((f) => [f.name, f.line])).toEqual([
      ['DESKTOP_AGENT', 3],
      ['SIP_SERVER', 4],
      ['CCPULSE', 5],
    ]);
    expect(report.diagnostics).toEqual([
      {
        line: 3,
        severity: 'error',
        message: 'line 3 ends with a continuation "\\" but line 4 does not continue it: the entry is truncated',
      },
      {
        line: 3,
        severity: 'warning',
        message: 'FEATURE DESKTOP_AGENT: no signature (SIGN= or a license key): the line may be cut short',
      },
      {
        line: 5,
        severity: 'error',
        message: 'line 5 ends with a continuation "\\" at the end of the file: the entry is truncated',
      },
      {
        line: 5,
        severity: 'warning',
        message: 'FEATURE CCPULSE: no signature (SIGN= or a license key): the line may be cut short',
      },
    ]);
  });

  it('seed 002: two SERVER lines are neither one server nor three redundant servers', () => {
    const report = fixture('two-servers.lic');
    expect(report.serverConfiguration).toBe('invalid');
    expect(report.diagnostics).toEqual([
      {
        line: 2,
        severity: 'error',
        message: '2 SERVER lines: a license file has one server, or three redundant servers (the Licensing Guide)',
      },
    ]);
  });

  it('seed 002: four SERVER lines are refused as well', () => {
    const servers = [1, 2, 3, 4].map((n) => `SERVER lic-${n} 0050569a1b2${n} 7260`).join('\n');
    const report = parseLicenseFile(
      `${servers}\nVENDOR genesys.d\nFEATURE X genesys.d 8.5 01-jan-00 1 SIGN=AB12CD34EF56\n`,
    );
    expect(report.serverConfiguration).toBe('invalid');
    expect(report.diagnostics.map((d) => d.message)).toEqual([
      '4 SERVER lines: a license file has one server, or three redundant servers (the Licensing Guide)',
    ]);
  });

  it('an empty file, a comments-only file and binary junk each get one error on line 1', () => {
    expect(fixture('empty.lic').diagnostics).toEqual([
      { line: 1, severity: 'error', message: 'the license file is empty' },
    ]);
    expect(fixture('comments-only.lic').diagnostics).toEqual([
      { line: 1, severity: 'error', message: 'the file has no FEATURE or INCREMENT lines' },
    ]);
    expect(fixture('binary-junk.lic').diagnostics).toEqual([
      { line: 1, severity: 'error', message: 'this is not a text license file (it holds binary data)' },
    ]);
  });

  it('a stray control character on one line spoils only that line', () => {
    const text = 'SERVER a 0050569a1b2c\nFEATURE A genesys.d 8.5 01-jan-00 1 SIGN=AB12CD34EF56\nFEATURE B\u0007 x\n';
    const report = parseLicenseFile(text);
    expect(report.features.map((f) => f.name)).toEqual(['A']);
    expect(report.diagnostics).toEqual([
      { line: 3, severity: 'error', message: 'line contains binary (non-text) bytes' },
    ]);
  });

  it('PACKAGE lines are recognised but not analysed (warning)', () => {
    const report = parseLicenseFile(
      'PACKAGE suite genesys.d 1.0 COMPONENTS="A B"\nFEATURE A genesys.d 8.5 permanent uncounted HOSTID=ANY SIGN=AB12CD34EF56\n',
    );
    expect(report.diagnostics).toEqual([{ line: 1, severity: 'warning', message: 'PACKAGE lines are not analysed' }]);
  });

  it('never throws, whatever the input (property)', () => {
    const words = fc.constantFrom(
      'SERVER',
      'VENDOR',
      'FEATURE',
      'INCREMENT',
      'USE_SERVER',
      'genesys.d',
      '8.5',
      '01-jan-00',
      '24-jun-2024',
      'HOSTID=',
      'ETHER=',
      '"',
      '\\',
      '\n',
      '\r\n',
      '#',
      ' ',
      '=',
      'uncounted',
      '0',
      'ANY',
      'SIGN=AB',
    );
    const texts = fc.oneof(
      fc.string(),
      fc.array(words, { maxLength: 60 }).map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const report = parseLicenseFile(text);
        for (const diagnostic of report.diagnostics) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
        expect(report.hasErrors).toBe(report.diagnostics.some((d) => d.severity === 'error'));
      }),
      { numRuns: 500 },
    );
  });
});
