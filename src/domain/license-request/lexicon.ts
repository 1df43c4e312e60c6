/**
 * Words the prose readers need to tell things apart (operating systems are in os-names.ts): product and
 * application names (sellable items vs technical-license applications), switch
 * vendors (the media layer) and words that are never a company name. Lists of names, not rules.
 */

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
    // A proof of concept ("the PoC server"), not a company.
    'poc',
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
    'they',
    'theyve',
    'theyre',
    'were',
    'weve',
    'im',
    'its',
    'he',
    'she',
    'them',
    'us',
    'me',
    'my',
    'your',
    'hey',
    'customer',
    'client',
    // Determiners a sentence may open with ("Their upgrade weekend starts …"), and the third-party products a
    // request licenses (seed 003: Nuance, Zoom) are no End User.
    'their',
    'these',
    'those',
    'nuance',
    'recognizer',
    'zoom',
    'verint',
    'calabrio',
    // The word for customer in the partner's language is no name ("für unseren Kunden, die Stadtwerke …").
    'kunde',
    'kunden',
    'endkunde',
    'endkunden',
    'cliente',
    'clientes',
    'klant',
    'partner',
    'greetings',
    'kindly',
    'pfb',
    'find',
  ].map((w) => w.toLowerCase()),
);

/** "SO 6333209", "PO 4500012345": a reference number, not a name (a company's number is short: "Grayson County 911"). */
const REFERENCE_NUMBER = /\d{5,}/;

/**
 * Common words a registered name may hold ("Gulf Customer Care Co.", "Client First Services Ltd", "User Experience
 * Labs GmbH"): no company on their own, but a name ending in its legal form is one with them (round 15).
 */
const COMMON_IN_LEGAL_NAMES = new Set([
  'customer',
  'client',
  'partner',
  'user',
  'account',
  'team',
  'support',
  'lab',
  'test',
  'new',
  'quick',
  'routing',
  'solution',
  'platform',
  'development',
]);
const ENDS_IN_LEGAL_FORM =
  /[\s,](?:Ltd|Limited|LLC|Inc|Corp|Corporation|Co|GmbH|AG|S\.?A|B\.?V|N\.?V|Pty\.?\s+Ltd|Pvt\.?\s+Ltd|plc|PLC|K\.?K|AB|AS|Oy|SAS|S\.?r\.?l|Lda|Ltda)\.?$/;

export function isCompanyLike(name: string): boolean {
  const legal = ENDS_IN_LEGAL_FORM.test(name);
  const words = name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => !(legal && COMMON_IN_LEGAL_NAMES.has(w.replace(/[^a-z]/g, '').replace(/s$/, ''))));
  return (
    name.length >= 3 &&
    !REFERENCE_NUMBER.test(name) &&
    // "We'd need it by Friday", "They'll send …": a pronoun's contraction opening a sentence (round 15).
    !/^(?:the\s+)?interaction\s+cent(?:er|re)$|^(?:we|they|you|i|it|he|she)['’]\p{L}{1,2}$/iu.test(name) &&
    !words.some((w) => NOT_COMPANY_WORDS.has(w.replace(/[^a-z]/g, '')))
  );
}

/**
 * Applications that take technical licenses (seed 002 "Application name and version"); a versioned
 * name from this list in prose is an application, anything else a sellable item.
 */
export const APPLICATION_NAMES =
  /^(?:Genesys\s+)?(?:Stat\s+Server|Interaction\s+Server|T-Server(?:\s+for\s+\w+)?|Universal\s+Routing\s+Server|URS|Configuration\s+Server|Message\s+Server|Solution\s+Control\s+Server|Media\s+Control\s+Platform|Resource\s+Manager|Outbound\s+Contact\s+Server|Interaction\s+Concentrator|Load\s+Distribution\s+Server|Call\s+Progress\s+Detection\s+Server|Local\s+Control\s+Agent)$/i;

/** A phrase that is an OS, a switch or a PureConnect release, not an Engage sellable item. */
export const NOT_AN_ITEM =
  /^(?:(?:genesys\s+)?engage|platform|windows|red hat|rhel|centos|oracle linux|oracle solaris|ubuntu|debian|suse|sles|solaris|sunos|aix|hp-ux|rocky|alma|avaya|cisco|alcatel|siemens|unify|mitel|nortel|cic|pureconnect|interaction center|version|release|vmware|esxi|hyper-v|linux|kernel|java|openjdk|jdk|jre|python|sql server|postgres\w*|mysql|tomcat|iis|\.net|ubuntu|firmware|bios)\b/i;

/** Switch vendors and models (seed 002 "Media Layer resources": type and version of your switch). */
export const SWITCH_PATTERN =
  /\b((?:Avaya\s+(?:Communication\s+Manager|Aura(?:\s+(?:Communication\s+Manager|CM))?|CM)|Cisco\s+(?:Unified\s+Communications\s+Manager|Unified\s+CM|UCM|CUCM)|Cisco\s+UCCE|Huawei\s+(?:ICD|eSpace|U\d+)|NEC\s+(?:SV\d+|UNIVERGE\s+\w+)|Avaya\s+IP\s+Office|Microsoft\s+Teams|Asterisk|Alcatel(?:-Lucent)?\s+OmniPCX(?:\s+Enterprise)?|(?:Siemens|Unify|Atos)\s+OpenScape(?:\s+(?:Voice|4000|Business))?|Mitel\s+MiVoice(?:\s+Business)?|Nortel\s+(?:Meridian|CS\s*1000))(?:\s*\([A-Z]{2,6}\))?(?:,?\s+(?:version\s+|release\s+|v|R)?(\d+(?:\.\d+)*))?)/i;
