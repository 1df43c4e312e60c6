/**
 * Which request is this? Signals from the two seeds, weighted by how specific they are:
 * | signal                                                            | kind        | weight |
 * |-------------------------------------------------------------------|-------------|--------|
 * | GARN, AFR number, `I3_` license key, `SW-` part number (seed 003)    | pureconnect | 3      |
 * | "activation file", PureConnect, CIC / Interaction Center           | pureconnect | 2      |
 * | Sold To / End User account, MAC ID or Host ID (request tool form)  | pureconnect | 1      |
 * | End User and Sold To together, "reallocation", "Request type:"      | pureconnect | 1 each |
 * | "license/licence order (kit)", sellable item, FlexLM, `port@host` (seed 002) | engage      | 3      |
 * | license server host id/name, server configuration, deployment mode | engage      | 2      |
 * | Engage product names, agent seat / technical DNs, switch, a channel with its release ("Chat 8.5") | engage | 1 |
 * | a Genesys product with an 8.x / 9.x release ("Genesys Interaction Server 8.5")   | engage      | 1      |
 * | the license server and the switch in the other request languages     | engage      | 2 / 1  |
 * The higher total wins; no signal at all → `unknown` (we ask rather than guess).
 */
export type DetectedKind = 'engage' | 'pureconnect' | 'unknown';

type Signal = readonly [RegExp, number];

const PURECONNECT_SIGNALS: Signal[] = [
  [/\bGARN\b/i, 3],
  [/\bAFR[-\s#]*\d*/, 3],
  [/\bI3_[A-Z_]+/, 3],
  [/\bSW-\d{3}-/i, 3],
  [
    /activation\s+file|fichier\s+d'activation|aktivierungsdatei|archivo\s+de\s+activaci[oó]n|arquivo\s+de\s+ativa[çc][ãa]o|file\s+di\s+attivazione|activeringsbestand|activatiebestand|アクティベーションファイル/i,
    2,
  ],
  [/pure\s*connect|\bCIC\b|interaction\s+(?:center|administrator)|I3Lic|\bIC\s+server/i, 2],
  [/sold[\s-]+to\s+account|end[\s-]+user\s+account/i, 1],
  // The request tool's own words, asked about without a product name (round 16 §8): both of its account roles
  // named together, a reallocation, a request type.
  [/\bend[\s-]+user\b[^\n]{0,100}\bsold[\s-]+to\b|\bsold[\s-]+to\b[^\n]{0,100}\bend[\s-]+user\b/i, 1],
  [/\breallocat(?:e|ed|ion)\b/i, 1],
  [/\brequest\s+type\s*:/i, 1],
  [/mac\s+id\s+or\s+host\s+id|switchover/i, 1],
];

const ENGAGE_SIGNALS: Signal[] = [
  [/licen[cs]e\s+order|order\s+kit/i, 3],
  [/sellable\s+item/i, 3],
  [/flex\s*lm|lmgrd|license\.dat/i, 3],
  [/\b\d{2,5}@[A-Za-z][\w.-]*/, 3],
  [
    /licen[cs]e\s+servers?\b|host\s*id\s+of\s+the\s+licen[cs]e\s+server|serveur\s+de\s+licences|lizenzserver|servidor\s+de\s+licencias|ライセンスサーバ/i,
    2,
  ],
  [
    /\b\d[\d,]*\s+(?:agent\s+)?seats\s+of\b|\b(?:predictive\s+routing|workforce\s+management|interaction\s+recording|outbound\s+contact|eservices|voice\s+platform|\bGVP\b|genesys\s+chat|inbound\s+voice)\b/i,
    2,
  ],
  [
    /server\s+configuration|deployment\s+mode|three[\s-]+(?:server\s+)?redundant|multiple[\s,]+independent|\bsingle[\s-]+(?:licen[cs]e\s+)?server\b|\bquorum\b/i,
    2,
  ],
  [
    /\bengage\b|enterprise\s+routing|\bERS\b|t-server|sip\s+server|stat\s+server|info\s*mart|\bWFM\b|\bGIR\b|\biWD\b/i,
    1,
  ],
  [/agent[\s-]+seat|technical\s+dns?\b|\bswitch\b|\b\d[\d,]*\s+seats\b/i, 1],
  // "Chat 8.5 for 40 agents", "Email 9.0": an Engage channel item with its release (PureConnect's are 20xx Rn).
  [/\b(?:chat|e-?mail|sms|web\s+engagement|voice)\s+(?:8|9)\.\d\b/i, 1],
  // "Genesys Interaction Server 8.5", "Genesys Designer 9.0": a Genesys product with an 8.x / 9.x release is Engage's
  // (PureConnect's releases are 20xx Rn or CIC 4.0); Interaction Server is an Engage component (round 17).
  [/\b[Gg]enesys\s+(?:[A-Z][\w-]*\s+){1,3}v?(?:8|9)\.\d\b|\b[Ii]nteraction\s+[Ss]erver\b/, 1],
  [/\bport\s*(?:is\s*|:\s*)?\d{4,5}\b/i, 1],
  // The license server and the switch in the other request languages (Portuguese, Italian, Dutch; a PBX, a
  // Telefonanlage, a centralita): a request in those words is an order kit as much as in English.
  [/servidor\s+de\s+licen[çc]as|server\s+(?:delle|di|per\s+le)\s+licenze|licentieserver/i, 2],
  [/\b(?:PBX|PABX|telefonanlage|centralita|commutateur|centralino|telefooncentrale)\b|交換機/i, 1],
];

function score(text: string, signals: Signal[]): number {
  let total = 0;
  for (const [pattern, weight] of signals) if (pattern.test(text)) total += weight;
  return total;
}

export function detectKind(text: string): DetectedKind {
  const pureconnect = score(text, PURECONNECT_SIGNALS);
  const engage = score(text, ENGAGE_SIGNALS);
  if (pureconnect === 0 && engage === 0) return 'unknown';
  return pureconnect > engage ? 'pureconnect' : 'engage';
}
