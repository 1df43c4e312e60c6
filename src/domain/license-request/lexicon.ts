/**
 * Words the prose readers need to tell things apart: operating systems (the license server's OS, seed
 * 002), product and application names (sellable items vs technical-license applications), switch
 * vendors (the media layer) and words that are never a company name. Lists of names, not rules.
 */

/** An OS with its version, as partners write it: `Windows Server 2019 Standard`, `RHEL 8.6`, `Solaris 11.4`. */
export const OS_PATTERN = new RegExp(
  String.raw`\b(` +
    [
      String.raw`Windows\s+Server\s+\d{4}(?:\s+R2)?(?:\s+(?:Standard|Datacenter|Enterprise))?`,
      String.raw`Windows\s+(?:10|11)(?:\s+\d{2}H\d)?`,
      String.raw`(?:Red\s+Hat\s+Enterprise\s+Linux|RHEL|CentOS(?:\s+Stream)?|Oracle\s+Linux|Rocky\s+Linux|AlmaLinux|SUSE\s+Linux\s+Enterprise\s+Server|SLES|Debian|Ubuntu(?:\s+Server)?)\s+\d+(?:\.\d+)*(?:\s+LTS)?`,
      String.raw`(?:Solaris|AIX)\s+\d+(?:\.\d+)*`,
      String.raw`HP-UX\s+\d+\S*(?:\s+v\d)?`,
    ].join('|') +
    String.raw`)(?![\w]|\.\d)`,
  'i',
);

/** Words that make a capitalised phrase a product, an OS or a place in the mail rather than a company. */
const NOT_COMPANY_WORDS = new Set(
  [
    'genesys',
    'engage',
    'pureconnect',
    'cic',
    'server',
    'servers',
    'routing',
    'solution',
    'platform',
    'windows',
    'linux',
    'solaris',
    'rhel',
    'centos',
    'ubuntu',
    'licensing',
    'license',
    'licence',
    'licenses',
    'order',
    'kit',
    'team',
    'support',
    'activation',
    'file',
    'production',
    'lab',
    'test',
    'demo',
    'evaluation',
    'development',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'january',
    'february',
    'march',
    'april',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
    'asap',
    'urgent',
    'mac',
    'host',
    'sip',
    'flexlm',
    'hi',
    'hello',
    'dear',
    'thanks',
    'please',
    'we',
    'our',
    'the',
    'this',
    'you',
    'i',
    'it',
    'they',
    'here',
    'there',
    'that',
    'what',
    'which',
    'attached',
    'below',
    'sold',
    'to',
    'fyi',
    'regarding',
    'correction',
    'sorry',
    'following',
    'quick',
    'new',
    'question',
    'both',
    'all',
    'each',
    'every',
    'garn',
    'uat',
    'qa',
    'staging',
    'dev',
    'user',
    'account',
    'quote',
    'renewal',
    'maintenance',
  ].map((w) => w.toLowerCase()),
);

export function isCompanyLike(name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/);
  return name.length >= 3 && !words.some((w) => NOT_COMPANY_WORDS.has(w.replace(/[^a-z]/g, '')));
}

/**
 * Applications that take technical licenses (seed 002 "Application name and version"); a versioned
 * name from this list in prose is an application, anything else a sellable item.
 */
export const APPLICATION_NAMES =
  /^(?:Genesys\s+)?(?:Stat\s+Server|Interaction\s+Server|T-Server(?:\s+for\s+\w+)?|Universal\s+Routing\s+Server|URS|Configuration\s+Server|Message\s+Server|Solution\s+Control\s+Server|Media\s+Control\s+Platform|Resource\s+Manager|Outbound\s+Contact\s+Server|Interaction\s+Concentrator|Load\s+Distribution\s+Server|Call\s+Progress\s+Detection\s+Server|Local\s+Control\s+Agent)$/i;

/** A phrase that is an OS, a switch or a PureConnect release, not an Engage sellable item. */
export const NOT_AN_ITEM =
  /^(?:windows|red hat|rhel|centos|oracle linux|ubuntu|debian|suse|sles|solaris|aix|hp-ux|rocky|alma|avaya|cisco|alcatel|siemens|unify|mitel|nortel|cic|pureconnect|interaction center|version|release|vmware|esxi|hyper-v)\b/i;

/** Switch vendors and models (seed 002 "Media Layer resources": type and version of your switch). */
export const SWITCH_PATTERN =
  /\b((?:Avaya\s+(?:Communication\s+Manager|Aura(?:\s+Communication\s+Manager)?|CM)|Cisco\s+(?:Unified\s+Communications\s+Manager|UCM|CUCM)|Alcatel(?:-Lucent)?\s+OmniPCX(?:\s+Enterprise)?|(?:Siemens|Unify)\s+OpenScape(?:\s+Voice)?|Mitel\s+MiVoice(?:\s+Business)?|Nortel\s+(?:Meridian|CS\s*1000))(?:\s+(?:version\s+|v|R)?(\d+(?:\.\d+)*))?)/i;
