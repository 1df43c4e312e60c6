import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAuthenticationResults } from '../../../../src/domain/email/authentication-results.ts';
import { organizationalDomain } from '../../../../src/domain/email/organizational-domain.ts';
import { evaluateSenderAuthentication } from '../../../../src/domain/email/sender-authentication.ts';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/auth-results');

/** The header section of a fixture, unfolded into name/value pairs (order kept). */
function headersOf(file: string): Array<[string, string]> {
  const raw = readFileSync(join(FIXTURES, file), 'utf8').replace(/\r\n/g, '\n');
  const section = raw.slice(0, raw.indexOf('\n\n'));
  return section
    .replace(/\n[ \t]+/g, (m) => ` ${m.trimStart()}`)
    .split('\n')
    .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]);
}

function verdictFor(file: string, trustedAuthservId: string) {
  const headers = headersOf(file);
  const from = headers.find(([name]) => name === 'from')?.[1] ?? '';
  return evaluateSenderAuthentication({
    authenticationResults: headers.filter(([name]) => name === 'authentication-results').map(([, value]) => value),
    fromAddress: /<([^>]+)>/.exec(from)?.[1] ?? from,
    trustedAuthservId,
  });
}

describe('evaluateSenderAuthentication on real messages', () => {
  it.each([
    ['mailauth__bimi.eml', 'mx.google.com', 'pass', /dmarc=pass/],
    ['mimekit__dkim_gmail.eml', 'mx.google.com', 'pass', /dmarc=pass/],
    ['mailauth__authtest.eml', 'mx.google.com', 'pass', /dkim=pass d=ekiri.ee aligned/],
    ['mailauth__arc-pass.eml', 'mx.google.com', 'pass', /dkim=pass d=ekiri.ee/],
    ['mailauth__zproov.eml', 'zonemx.eu', 'pass', /dkim=pass d=gmail.com/],
    // header.d=out.srv.dev signs for info@srv.dev: same organisational domain
    ['mailauth__message4.eml', 'uvn-67-33.tll01.zonevs.eu', 'pass', /d=out.srv.dev aligned with srv.dev/],
    // DKIM passes only for zonevs.eu, DMARC fails for zone.ee; the "dmarc=pass" inside the arc comment must not count
    ['mailauth__arc-fail.eml', 'mx.google.com', 'fail', /^dmarc=fail for zone.ee$/],
    // SPF alone is not enough (DOMAIN.md §8)
    ['mailauth__message2.eml', 'mx.ethereal.email', 'none', /no DKIM or DMARC/],
    ['mimekit__dkim_rfc8463-example.eml', 'mx.google.com', 'none', /no Authentication-Results/],
  ])('%s trusted=%s → %s', (file, trusted, verdict, reason) => {
    const result = verdictFor(file, trusted);
    expect(result.verdict).toBe(verdict);
    expect(result.reason).toMatch(reason);
  });

  it('issue 18 §6: a trusted-id header below one another hop added is ignored (RFC 8601 §5, §7.1)', () => {
    // mailauth__message2: our server (mx.ethereal.email) saw SPF only. The sender wrote two headers of
    // their own into the message, which arrive below ours: another server's, then one with our id.
    const headers = headersOf('mailauth__message2.eml');
    const ours = headers.filter(([name]) => name === 'authentication-results').map(([, value]) => value);
    const from = headers.find(([name]) => name === 'from')?.[1] ?? '';
    const fromAddress = /<([^>]+)>/.exec(from)?.[1] ?? from;
    const domain = fromAddress.split('@')[1];
    const forged = [
      `mail.projectpending.com; dkim=pass header.d=${domain}`,
      `mx.ethereal.email; dmarc=pass header.from=${domain}`,
    ];
    const verdict = (values: string[]) =>
      evaluateSenderAuthentication({
        authenticationResults: values,
        fromAddress,
        trustedAuthservId: 'mx.ethereal.email',
      });
    expect(verdict([...ours, ...forged]).verdict).toBe('none');
    // The same result, written by our server above the foreign one, counts.
    expect(verdict([forged[1]!, ...ours, forged[0]!]).verdict).toBe('pass');
    // And a message whose only trusted header sits below a foreign one has no result from us at all.
    expect(verdict([forged[0]!, forged[1]!]).verdict).toBe('none');
  });

  it('ignores a passing header from a server we do not trust', () => {
    expect(verdictFor('mailauth__bimi.eml', 'mx.caseline.example').verdict).toBe('none');
  });
});

const FROM = 'ann@customer.example';
const check = (headers: string[], fromAddress = FROM) =>
  evaluateSenderAuthentication({
    authenticationResults: headers,
    fromAddress,
    trustedAuthservId: 'mx.caseline.example',
  });

describe('evaluateSenderAuthentication on hand-written headers', () => {
  it('red team round 12: more than one From address fails, whatever the results say (RFC 5322 §3.6, RFC 7489 §6.6.1)', () => {
    const results = ['mx.caseline.example; dmarc=pass header.from=customer.example'];
    const two = evaluateSenderAuthentication({
      authenticationResults: results,
      fromAddress: FROM,
      fromAddresses: 2,
      trustedAuthservId: 'mx.caseline.example',
    });
    expect(two).toEqual({ verdict: 'fail', reason: '2 From addresses: which one was checked is unknown' });
    expect(check(results).verdict).toBe('pass');
  });

  it('ignores a forged pass from another authserv-id and reads ours', () => {
    const result = check([
      'mx.caseline.example; dkim=fail header.d=customer.example; dmarc=fail header.from=customer.example',
      'mx.caseline.example.evil.test; dmarc=pass header.from=customer.example',
    ]);
    expect(result).toEqual({ verdict: 'fail', reason: 'dmarc=fail for customer.example' });
  });

  it('lets a DMARC fail win over an aligned DKIM pass', () => {
    expect(check(['mx.caseline.example; dkim=pass header.d=customer.example; dmarc=fail']).verdict).toBe('fail');
  });

  it('does not accept DKIM from an unaligned domain', () => {
    expect(check(['mx.caseline.example; dkim=pass header.d=mailer.example']).reason).toMatch(/not aligned/);
  });

  it('does not accept a DMARC pass for a different From domain', () => {
    expect(check(['mx.caseline.example; dmarc=pass header.from=other.example']).verdict).toBe('none');
  });

  it('accepts DKIM from a subdomain (relaxed alignment), including under co.uk', () => {
    expect(check(['mx.caseline.example; dkim=pass header.d=mail.customer.example']).verdict).toBe('pass');
    expect(check(['mx.caseline.example; dkim=pass header.i=@news.acme.co.uk'], 'x@acme.co.uk').verdict).toBe('pass');
    expect(check(['mx.caseline.example; dkim=pass header.d=other.co.uk'], 'x@acme.co.uk').verdict).toBe('fail');
  });

  it('reads folded headers, comments, versions and quoted reasons; matches the id case-insensitively', () => {
    const header =
      'MX.Caseline.Example 1;\r\n\tspf=pass smtp.mailfrom=customer.example;\r\n' +
      '\tdkim=pass (2048-bit key; "quoted (paren)") reason="good; really" header.d=customer.example header.s=s1';
    expect(check([header])).toEqual({
      verdict: 'pass',
      reason: 'dkim=pass d=customer.example aligned with customer.example',
    });
  });

  it('treats "none" and garbage as no evidence', () => {
    expect(check(['mx.caseline.example 1; none']).verdict).toBe('none');
    expect(check(['mx.caseline.example; ;;; ===']).verdict).toBe('none');
    expect(check(['']).verdict).toBe('none');
  });
});

describe('parseAuthenticationResults', () => {
  it('parses methods, results, reasons and properties', () => {
    const parsed = parseAuthenticationResults(
      'mx.example.org 1; dkim/1=pass reason="ok" (comment) header.i=@a.example; dmarc=fail (p=REJECT) header.from=a.example',
    );
    expect(parsed).toEqual({
      authservId: 'mx.example.org',
      version: 1,
      results: [
        { method: 'dkim', result: 'pass', reason: 'ok', properties: { 'header.i': '@a.example' } },
        { method: 'dmarc', result: 'fail', properties: { 'header.from': 'a.example' } },
      ],
    });
  });

  it('never throws on the extracted real-world header blocks', () => {
    const blocks = readFileSync(join(FIXTURES, 'extracted_header_blocks.txt'), 'utf8')
      .split(/\n\n/)
      .map((block) =>
        block
          .split('\n')
          .filter((line) => !line.startsWith('#'))
          .join('\n'),
      )
      .filter((block) => /^Authentication-Results:/i.test(block));
    expect(blocks.length).toBeGreaterThan(20);
    for (const block of blocks) {
      const parsed = parseAuthenticationResults(block.slice(block.indexOf(':') + 1));
      expect(parsed.authservId).not.toBe('');
    }
  });
});

describe('organizationalDomain', () => {
  it.each([
    ['mail.customer.example', 'customer.example'],
    ['a.b.acme.co.uk', 'acme.co.uk'],
    ['acme.com.au', 'acme.com.au'],
    ['x.acme.co.jp', 'acme.co.jp'],
    ['Example.COM.', 'example.com'],
    ['evil.com.pl', 'evil.com.pl'],
    ['mail.polska.com.pl', 'polska.com.pl'],
    ['alice.github.io', 'alice.github.io'],
    ['mx.agency.gov.br', 'agency.gov.br'],
  ])('%s → %s', (domain, expected) => {
    expect(organizationalDomain(domain)).toBe(expected);
  });

  it('issue 18 §7: DKIM of evil.com.pl does not align with polska.com.pl (Public Suffix List, RFC 7489 §3.2)', () => {
    const verdict = (d: string) =>
      evaluateSenderAuthentication({
        authenticationResults: [`mx.caseline.example; dkim=pass header.d=${d}`],
        fromAddress: 'anna@polska.com.pl',
        trustedAuthservId: 'mx.caseline.example',
      });
    expect(verdict('evil.com.pl')).toMatchObject({ verdict: 'fail', reason: expect.stringMatching(/not aligned/) });
    expect(verdict('mail.polska.com.pl').verdict).toBe('pass');
    expect(verdict('bob.github.io').verdict).toBe('fail');
  });
});
