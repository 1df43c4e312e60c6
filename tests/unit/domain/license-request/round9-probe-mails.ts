/**
 * Issue 25 round 9: a probe set written before the reader was run on it (the mails' frame here; the probes in
 * round9-probes-batch*.data.ts) — for each weak field, ways a partner
 * writes it that the reader did not look for, and look-alikes that must not be read. Each probe is a short
 * mail; `expect` maps a record path to the value a careful reader takes (`null`: the reader must take none).
 */
export interface Probe {
  id: string;
  body: string;
  subject?: string;
  expect: Record<string, string | number | null>;
  /** The mail's date, for dates in words. */
  date?: string;
  /** The fields the mail really contradicts itself on (none unless given): no question for a look-alike. */
  invalid?: string[];
}

/** An Engage mail complete but for the lines a probe gives (a company, an item, a server, a configuration). */
export const engage = (lines: { company?: string; item?: string; server?: string; rest?: string }) =>
  [
    'Hello Licensing,',
    '',
    lines.company ?? 'Please raise an Engage order kit for our customer Halden Freight AS.',
    lines.item ?? 'They have bought 120 seats of SIP Server 9.0.',
    lines.server ?? 'One license server, lic-hf-01, Red Hat Enterprise Linux 8.6, host id 0050569a1b2c, port 27000.',
    lines.rest ?? 'Single server, production use.',
    '',
    'Best regards',
    'Ingrid Solberg',
    'Brightwater Systems AS',
  ].join('\n');

/** A PureConnect activation file request complete but for the lines a probe gives. */
export const pureconnect = (lines: { endUser?: string; mac?: string; order?: string; parts?: string; sign?: string }) =>
  [
    'Hi Licensing,',
    '',
    'Please send a PureConnect activation file for an add-on on the production server.',
    '',
    lines.endUser ?? 'End User: Kingfisher Leisure Ltd',
    'GARN: 0221846',
    'Sold To: Bramble Communications Ltd',
    lines.order ?? 'SO: 6327781',
    lines.mac ?? 'Server MAC: 00-50-56-9F-3A-10',
    lines.parts ?? 'SW-001-4.0-AL02 Interaction Client Business User 25',
    '',
    'Best wishes,',
    lines.sign ?? 'Alan Pike\nBramble Communications Ltd\nalan.pike@bramblecomms.example | +44 113 496 0742',
  ].join('\n');
