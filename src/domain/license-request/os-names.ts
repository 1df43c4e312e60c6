/**
 * The license server's operating system in the record's form (seed 002: "Type and version of the operating
 * system for the license server"): the vendor's product name as `os`, the version alone as `osVersion`,
 * however the partner wrote it. Licensing matches host-id formats per OS family, so the family must be one
 * name, not every spelling of it (DOMAIN.md §9: "input may accept synonyms, output always uses these").
 * | written                                                         | os                          | osVersion |
 * |-----------------------------------------------------------------|-----------------------------|-----------|
 * | `Windows Server 2019 Standard`, `Windows 2019`, `Win Srv 2016 Std`, `win2k19`, `W2K19`, `WS2019`, `Windows Server (2019)` | Windows Server | 2019 … |
 * | `Windows Server 2012 R2`                                          | Windows Server              | 2012 R2   |
 * | `Windows 11 23H2`, `Win 10`                                       | Windows                     | 11 23H2   |
 * | `RHEL 8.6`, `Red Hat 8.6`, `RedHat Linux 9`                       | Red Hat Enterprise Linux    | 8.6       |
 * | `Ubuntu 22.04 LTS`, `SLES 15 SP5`, `OEL 8.9`, `Solaris 11.4`, `AIX 7.2` | Ubuntu, SUSE Linux Enterprise Server, Oracle Linux, … | the version |
 * | `Oracle Solaris 11.4` (the vendor's name as written)              | Oracle Solaris              | 11.4      |
 * Editions (Standard, Datacenter, LTS, 64-bit) are not versions and are dropped.
 */

export interface OsName {
  os: string;
  osVersion?: string;
  /** Where the OS starts and ends in the text it was found in. */
  index: number;
  end: number;
}

const VERSION = String.raw`v?(\d+(?:\.\d+)*(?:\s*(?:SP|U)\s*\d+)?)`;
const EDITION = String.raw`(?:\s*[-,]?\s*(?:standard|standart|std|datacenter|datacentre|dc|enterprise|essentials|core|server\s+core|lts|x64|64[\s-]?bit|\(64[\s-]?bit\)|edition))*`;

interface Family {
  pattern: RegExp;
  os: string;
  version: (match: RegExpExecArray) => string | undefined;
}

const year = (raw: string) => (/^2k\d{1,2}$/i.test(raw) ? `20${raw.slice(2).padStart(2, '0')}` : raw);

const FAMILIES: Family[] = [
  {
    // A year says server: Windows 2019 is Windows Server 2019; "2k19" is a year too.
    pattern: new RegExp(
      String.raw`\b(?:(?:microsoft\s+)?win(?:dows)?\s*(?:server|srv|svr|serv)?\s*(?:\(\s*(?=20\d{2}\s*\))|,\s*(?=20\d{2}))?|ws\s?(?=20\d{2}|2k\d)|w(?=2k\d))(20\d{2}|2k\d{1,2})\)?(\s*r2)?(?![\w]|\.\d)${EDITION}`,
      'gi',
    ),
    os: 'Windows Server',
    version: (m) => `${year(m[1]!)}${m[2] ? ' R2' : ''}`,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:microsoft\s+)?win(?:dows)?\s*(10|11)(\s+\d{2}H\d)?(?![\w]|\.\d)${EDITION}`,
      'gi',
    ),
    os: 'Windows',
    version: (m) => `${m[1]}${m[2] ? ` ${m[2].trim().toUpperCase()}` : ''}`,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:red\s*hat(?:\s+enterprise)?(?:\s+linux)?(?:\s+server)?|rhel)\s*(?:(?:release|version)\s+)?${VERSION}(?![\w])${EDITION}`,
      'gi',
    ),
    os: 'Red Hat Enterprise Linux',
    version: (m) => m[1],
  },
  {
    pattern: new RegExp(String.raw`\bcentos\s+stream\s*${VERSION}(?![\w])`, 'gi'),
    os: 'CentOS Stream',
    version: (m) => m[1],
  },
  {
    pattern: new RegExp(String.raw`\bcentos(?:\s+linux)?\s*(?:(?:release|version)\s+)?${VERSION}(?![\w])`, 'gi'),
    os: 'CentOS',
    version: (m) => m[1],
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:oracle\s+(?:enterprise\s+)?linux(?:\s+server)?|OEL)\s*(?:(?:release|version)\s+)?${VERSION}(?![\w])`,
      'gi',
    ),
    os: 'Oracle Linux',
    version: (m) => m[1],
  },
  {
    pattern: new RegExp(String.raw`\brocky(?:\s+linux)?\s*(?:(?:release|version)\s+)?${VERSION}(?![\w])`, 'gi'),
    os: 'Rocky Linux',
    version: (m) => m[1],
  },
  {
    pattern: new RegExp(String.raw`\balma\s*linux\s*(?:(?:release|version)\s+)?${VERSION}(?![\w])`, 'gi'),
    os: 'AlmaLinux',
    version: (m) => m[1],
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:suse\s+linux\s+enterprise\s+server|suse\s+linux\s+enterprise|sles|suse(?:\s+linux)?)\s*${VERSION}(?![\w])`,
      'gi',
    ),
    os: 'SUSE Linux Enterprise Server',
    version: (m) => m[1],
  },
  {
    pattern: new RegExp(String.raw`\bubuntu(?:\s+server)?\s*${VERSION}(?![\w])${EDITION}`, 'gi'),
    os: 'Ubuntu',
    version: (m) => m[1],
  },
  {
    pattern: new RegExp(String.raw`\bdebian(?:\s+gnu/linux)?\s*${VERSION}(?![\w])`, 'gi'),
    os: 'Debian',
    version: (m) => m[1],
  },
  // "Oracle Solaris 11.4" is kept as the vendor's product name the writer gave (two blind writers, round 17);
  // "Solaris 11.4" stays Solaris.
  {
    pattern: new RegExp(String.raw`\boracle\s+solaris\s*${VERSION}(?![\w])`, 'gi'),
    os: 'Oracle Solaris',
    version: (m) => m[1],
  },
  {
    pattern: new RegExp(String.raw`\bsolaris\s*${VERSION}(?![\w])`, 'gi'),
    os: 'Solaris',
    version: (m) => m[1],
  },
  // `uname -sr` on Solaris prints the kernel's name and release (`SunOS 5.11`), kept as written.
  { pattern: /\bSunOS\s+(5\.\d+)(?![\w])/gi, os: 'SunOS', version: (m) => m[1] },
  { pattern: new RegExp(String.raw`\b(?:ibm\s+)?aix\s*${VERSION}(?![\w])`, 'gi'), os: 'AIX', version: (m) => m[1] },
  {
    pattern: /\bhp-?ux\s*(11i\s*v\d|\d+(?:\.\d+)*(?:\s*v\d)?)(?![\w])/gi,
    os: 'HP-UX',
    version: (m) => m[1]!.replace(/\s+/g, ' '),
  },
];

/** Every OS named in a text, in order. */
export function findOsNames(text: string): OsName[] {
  if (
    !/win|hat|rhel|cent|oracle|\bo?el|rocky|alma|suse|sles|ubuntu|debian|solaris|sunos|aix|hp-?ux|\bws\s?20|\bw2k/i.test(
      text,
    )
  )
    return [];
  const found: OsName[] = [];
  for (const family of FAMILIES) {
    for (const match of text.matchAll(family.pattern)) {
      const index = match.index;
      const end = index + match[0].trimEnd().length;
      if (found.some((f) => index < f.end && end > f.index)) continue;
      const version = family.version(match as RegExpExecArray)?.trim();
      found.push({ os: family.os, ...(version ? { osVersion: version } : {}), index, end });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The OS a value names (`Win Srv 2016 Std`), or undefined when it names none we know. */
export function canonicalOs(raw: string): { os: string; osVersion?: string } | undefined {
  const found = findOsNames(raw)[0];
  return found && { os: found.os, ...(found.osVersion ? { osVersion: found.osVersion } : {}) };
}

/**
 * A labelled OS value in the record's form: a known family by its canonical name; anything else as
 * written, split into name and version at the first number (`Linux` stays `Linux`).
 */
export function normaliseOs(raw: string): { os: string; osVersion?: string } {
  const known = canonicalOs(raw);
  if (known) return known;
  const text = raw.trim().replace(/\s+/g, ' ');
  const match = /^(.*?[A-Za-z)])\s+(v?\d.*)$/.exec(text);
  if (!match) return { os: text };
  return { os: match[1]!, osVersion: match[2]! };
}

/** A server's OS and version read apart (`OS: Windows`, `OS version: 2019`) in the record's form. */
export function canonicalServerOs<T extends { os?: string; osVersion?: string }>(server: T): void {
  if (!server.os) return;
  if (server.osVersion) server.osVersion = releaseOf(server.os, server.osVersion);
  const known = canonicalOs(`${server.os} ${server.osVersion ?? ''}`.trim());
  if (!known) return;
  server.os = known.os;
  if (known.osVersion) server.osVersion = releaseOf(known.os, known.osVersion);
}

/** Windows Server's kernel builds (`systeminfo` prints `OS Version: 10.0.17763 N/A Build 17763`) by release. */
export const WINDOWS_SERVER_BUILDS: Record<string, string> = {
  '14393': '2016',
  '17763': '2019',
  '20348': '2022',
  '26100': '2025',
};

/**
 * The release a version names, as the record writes it: Windows Server `10.0.17763` is 2019; Ubuntu's point
 * release `22.04.4` is 22.04 (issue 25 round 7: `hostnamectl`, `systeminfo` and `lsb_release` print these).
 */
export function releaseOf(os: string, version: string): string {
  const build = /^10\.0\.(\d{5})\b/.exec(version);
  if (os === 'Windows Server' && build) return WINDOWS_SERVER_BUILDS[build[1]!] ?? version;
  const point = /^(\d{2}\.\d{2})\.\d+$/.exec(version);
  if (os === 'Ubuntu' && point) return point[1]!;
  return version;
}
