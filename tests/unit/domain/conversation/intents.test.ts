import { describe, expect, it } from 'vitest';
import { extractEntities, severityFromAnswer } from '../../../../src/domain/conversation/entities.ts';
import { ruleBasedClassifier } from '../../../../src/domain/conversation/intents.ts';
import { announcesNewIssue, splitIssues } from '../../../../src/domain/conversation/issue-split.ts';

const products = ['SIP Server', 'Genesys Info Mart', 'Workforce Management'];
const intent = (text: string, inCaseThread = false) =>
  ruleBasedClassifier.classify(text, { knownProducts: products, inCaseThread }).intent;

describe('intents (deterministic rules)', () => {
  it.each([
    ['Our production SIP Server is down', 'open-case'],
    ['Please open a case', 'open-case'],
    ['What is the status of case 01000001?', 'case-status'],
    ['case 01000001', 'case-status'],
    ['list my cases', 'my-cases'],
    ['Please raise the severity of case 01000001 to critical', 'severity-change'],
    ['I need management attention on this', 'management-attention'],
    ['Where can I download SIP Server 9.0?', 'download'],
    ['We need to order a controlled release on CD', 'controlled-software'],
    ['Is 8.5.1 to 9.0 a major upgrade?', 'release-type'],
    ['Attached is our license request for the new site', 'license-request'],
    ['Our license server crashed, we need a temporary license', 'temp-license'],
    ['I forgot my PIN', 'pin'],
    ['help', 'help'],
    ['cancel', 'cancel'],
    ['banana', 'not-understood'],
    ['hello', 'help'],
    ['Workspace freezes when agents transfer calls', 'open-case'],
    ['Calls drop since the upgrade, severity medium', 'open-case'],
  ])('"%s" → %s', (text, expected) => {
    expect(intent(text)).toBe(expected);
  });

  it('a severity change needs a case: in its thread, or by number', () => {
    expect(intent('please raise the severity to high', true)).toBe('severity-change');
    expect(intent('please raise the severity of case 01000001 to high')).toBe('severity-change');
  });

  it('in a case thread, a problem description adds to the case rather than opening one', () => {
    expect(intent('still getting the error after the restart', true)).toBe('add-to-case');
  });
});

describe('entities', () => {
  it('reads case numbers, products, versions, system, host ids, MACs, part numbers and dates', () => {
    const e = extractEntities(
      'Case 01000001: SIP Server 8.5.102.03 on the production box, host id 1a2b3c4d, MAC 00-50-56-9A-1B-2C, part SW-001-4.0-AL02, since 2026-11-20',
      products,
    );
    expect(e.caseNumbers).toEqual(['01000001']);
    expect(e.products).toEqual(['SIP Server']);
    expect(e.versions).toContain('8.5.102.03');
    expect(e.system).toBe('production');
    expect(e.hostIds).toEqual(['1a2b3c4d']);
    expect(e.macAddresses).toEqual(['0050569a1b2c']);
    expect(e.partNumbers).toEqual(['SW-001-4.0-AL02']);
    expect(e.dates).toEqual(['2026-11-20']);
  });
  it('DOMAIN.md §2: severity words are only taken when unambiguous', () => {
    expect(extractEntities('production is down', products).severity).toBe('critical-production-down');
    expect(extractEntities('severity: high', products).severity).toBe('high');
    expect(extractEntities('high CPU on the server', products).severity).toBeUndefined();
    expect(severityFromAnswer('medium')).toBe('medium');
    expect(severityFromAnswer('4')).toBe('medium');
    expect(severityFromAnswer('Critical – Production Down')).toBe('critical-production-down');
  });
  it('test/lab wording means a test system', () => {
    expect(extractEntities('on our lab system', products).system).toBe('test');
  });
});

describe('one issue per case (DOMAIN.md §4)', () => {
  it('splits numbered problems into separate issues', () => {
    const issues = splitIssues(
      'Two things:\n1) Calls drop after 30 seconds on SIP Server\n2) Reports fail to load in Info Mart since Monday',
    );
    expect(issues).toHaveLength(2);
  });
  it('splits "also another issue" into a second issue', () => {
    expect(
      splitIssues('Calls drop after 30 seconds on our SIP Server. Also, another issue: the reports are empty.'),
    ).toHaveLength(2);
  });
  it('keeps a single issue whole', () => {
    expect(splitIssues('Calls drop after 30 seconds on our SIP Server since the upgrade.')).toHaveLength(1);
  });
  it('recognises a new issue announced in a case thread', () => {
    expect(announcesNewIssue('We have a new problem with the reports')).toBe(true);
    expect(announcesNewIssue('Here are the logs you asked for')).toBe(false);
  });
});

describe('production down wording', () => {
  it('DOMAIN.md §2: "our production SIP Server 9.0 is down" is Critical – Production Down (a version does not end the sentence)', () => {
    expect(extractEntities('Our production SIP Server 9.0 is down', products).severity).toBe(
      'critical-production-down',
    );
    expect(extractEntities('Production. The lab server is down', products).severity).toBeUndefined();
  });
});
