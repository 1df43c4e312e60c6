/**
 * The port of a license server as partners write it (seed 002: "the port for each server"): `port 27000`,
 * `TCP 27000`, `27000/tcp`, `lmgrd listens on 27000`, `host:27000`, "the default port" (7260), and (issue 25
 * round 7 §3) "Ports: 27000", "the TCP port for the license server is 27000", "use 27000 as the port", "lmgrd
 * should run on 27000", "Port: default (7260)", "standard port please"; a list gives one port per server.
 */
import { DEFAULT_LICENSE_PORT } from './normalise.ts';
import type { ProseUnit } from './prose-units.ts';
import type { ServerMention } from './server-mention.ts';

const PORT =
  /\b(?:port|porta|puerto|poort)\s*(?:no\.?|number|num|nr\.?|#)?\s*(?:is|:|=)?\s*(\d{2,5})\b(?![.:-][\da-fA-F])|\b(default)\s+(?:licen[cs]e\s+|flexlm\s+)?port\b(?!\s*(?:is\s+|of\s+|[:=]\s*)?\d)|\bTCP\s*[:/]?\s*(\d{2,5})\b|\b(\d{2,5})\s*\/\s*tcp\b|\b(?:listen(?:s|ing)?|lmgrd|flexlm|flexnet|lmadmin)\s+(?:(?:runs|is|will\s+run)\s+)?(?:on|uses|using|at|in)\s+(?:port\s+)?(\d{2,5})\b|\b(\d{4,5})\s*\(\s*default\s*\)|\b[A-Za-z][\w.-]*[A-Za-z0-9]:(\d{4,5})\b(?![:.]\d)/i;
/**
 * Ports as partners write them beyond PORT (issue 25 round 7 §3): "Ports: 27000", "the TCP port for the license
 * server is 27000", "use 27000 as the port", "27000/tcp", "lmgrd should run on 27000", "Port: default (7260)",
 * "standard port please".
 */
const PORT_MORE =
  /\bport\b[^.\d\n]{0,40}?(?:\bis|\bwill\s+be|\bshould\s+be|=|:|\s[-–]|#)\s*(?:[a-z-]+(?:\s+[a-z-]+){0,3}\s+)?\(?\s*(\d{4,5})\b(?![.:-][\da-fA-F])|\b(\d{4,5})\s+as\s+(?:the\s+)?(?:licen[cs]e\s+|flexlm\s+|tcp\s+)?port\b|\b(\d{4,5})\s*\/\s*tcp\b|\b(?:lmgrd|flexlm|flexnet|licen[cs]e\s+(?:server|manager|service))\s+(?:should|will|must|would|is\s+to|to)\s+(?:run|listen|be)\s+(?:on|at)\s+(?:port\s+)?(\d{4,5})\b|\bdefault\s*\(\s*(\d{4,5})\s*\)|\b(?:on|over|via)\s+TCP\s+(\d{4,5})\b|\b(standard|default)\s+(?:licen[cs]e\s+|flexlm\s+)?port\b(?!\s*(?:is\s+|of\s+|[:=]\s*)?\d)|\b(?:puerto|porta|port|poort)\s+(?:por\s+defecto|predeterminado|est[áa]ndar|padr[ãa]o|predefinit[ao]|par\s+d[ée]faut|standard)\b|\bStandard-?[Pp]ort\b|\bport\b[^.\d\n]{0,25}?(?:\bis|:|=|\s-|\bwill\s+be|\bshould\s+be)\s+(?:the\s+)?(?:default|standard|usual|normal|std)\b(?!\s*\(?\s*\d)|\b(?:usual|normal)\s+(?:licen[cs]e\s+|flexlm\s+)?port\b(?!\s*(?:is\s+|of\s+|[:=]\s*)?\d)/i;

/**
 * Ports in any form a partner writes (issue 25 round 9 §3): "the license service will use 27010", "27001 (TCP)",
 * "27000 TCP", "the firewall is open on 27002", "27003 is the port we opened", "lic-a [27004]", "Both on 7260";
 * (round 11) the Japanese ポート (`ポート番号：27000`), the default port as a Dutch or hyphenated compound
 * ("standaardpoort", "Standard-Port"), and the port as where licences are served ("serves licences on 27001");
 * (round 17) "Port the default 7260", "port is the standard, 27000".
 */
const PORT_ANY_FORM =
  /(?:ポート|ﾎﾟｰﾄ)(?:番号)?\s*(?:[:：=は]|\s)\s*(\d{2,5})\b|\b(?:standaard-?|standard-)(?:poort|port)\b(?!\s*(?:is\s+|[:=]\s*)?\d)()|\b(?:standaard-?|standard-)(?:poort|port)\s*[:=]?\s*\(?(\d{4,5})\b|\blicen[cs]es?\s+(?:on|at|over)\s+(?:port\s+)?(?!(?:19|20)\d\d\b)(\d{4,5})\b|\blicen[cs]e\s+(?:server|manager|service|daemon)\s+(?:will\s+|should\s+|shall\s+|is\s+to\s+|to\s+)?(?:use|uses|using)\s+(?:port\s+)?(\d{4,5})\b|\b(\d{4,5})\s*(?:\(\s*TCP\s*\)|TCP\b)|\bfirewall\b[^.\n]{0,30}?\b(?:open(?:ed)?|allow(?:s|ed)?|permit(?:s|ted)?)\s+(?:on\s+|for\s+)?(?:port\s+)?(\d{4,5})\b|\b(\d{4,5})\s+(?:is|will\s+be)\s+(?:the|our|their)\s+(?:[a-z]+\s+){0,2}port\b|\b[A-Za-z][\w.-]*[A-Za-z0-9]\s*\[\s*(\d{4,5})\s*\]|\b(?:both|all(?:\s+(?:three|two|four|of\s+them|servers))?|each(?:\s+server)?)\s+(?:are\s+|run\s+|listen\s+)?(?:on|use|using|at)\s+(?:port\s+)?(\d{4,5})\b|\bport\s*\(\s*(\d{4,5})\s*\)|\blmgrd\s*[:=]\s*(\d{4,5})\b|\bport\s+(?:is\s+)?(?:the\s+)?(?:default|standard|usual|normal)\s*[,:]?\s*\(?(\d{4,5})\b/i;

/**
 * A port a mail gives for something other than the license server (issue 25 round 9 §3): "SIP trunks use port
 * 5060", "the web console on port 8080" — blanked before the port is looked for. (A vendor daemon's port, the
 * only one a mail gives, is the corpus's port: b7-09.)
 */
const OTHER_SERVICE_PORT =
  /\b(?:SIP(?!\s+Server)|RTP|HTTPS?|web|SSH|RDP|SQL|database|DB|SMTP|LDAP|console|GAX|TLS|VPN|SNMP|MCP|GVP)\b[^.;\n\d]{0,25}?\b(?:ports?|TCP|UDP)\b\s*(?:is\s+|=\s*|:\s*|#\s*)?\d{2,5}\b/gi;

/** `https://lic01:8443/`: a port in a web address is a dashboard's or a console's, not the license port. */
const URL_WITH_PORT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:]+:\d{2,5}\S*/gi;

/** The port a stretch of text gives, and how sure the reading is. */
export function findPort(written: string): { port: number; confidence: number } | undefined {
  const text = written
    .replace(OTHER_SERVICE_PORT, (other) => ' '.repeat(other.length))
    .replace(URL_WITH_PORT, (url) => ' '.repeat(url.length));
  const port = PORT.exec(text);
  if (port) {
    // "default port": the one seed 002 names, 7260.
    if (port[2]) return { port: DEFAULT_LICENSE_PORT, confidence: 0.7 };
    return { port: Number(port[1] ?? port[3] ?? port[4] ?? port[5] ?? port[6] ?? port[7]), confidence: 0.8 };
  }
  const more = PORT_MORE.exec(text);
  if (!more) {
    const any = PORT_ANY_FORM.exec(text);
    const number = any?.slice(1).find((g) => g !== undefined);
    if (number === '') return { port: DEFAULT_LICENSE_PORT, confidence: 0.7 };
    return number ? { port: Number(number), confidence: 0.7 } : undefined;
  }
  const number = more.slice(1, 7).find((g) => g !== undefined);
  return number ? { port: Number(number), confidence: 0.75 } : { port: DEFAULT_LICENSE_PORT, confidence: 0.7 };
}

/** "Ports: 27000 / 27000 / 27000", "ports 27000, 27001 and 27002 respectively": one port per server, in order. */
const PORT_LIST = /\bports?\b(?:\s+(?:are|will\s+be))?\s*[:=]?\s*(\d{4,5}(?:\s*(?:,|\/|;|\band\b|&)\s*\d{4,5})+)\b/i;

export function portListMentions(unit: ProseUnit): ServerMention[] {
  const list =
    PORT_LIST.exec(unit.text)?.[1]
      ?.match(/\d{4,5}/g)
      ?.map(Number) ?? [];
  if (list.length < 2) return [];
  if (list.every((p) => p === list[0]))
    return [{ values: { port: list[0]! }, confidence: { port: 0.8 }, all: true, line: unit.line }];
  return list.map((port, index) => ({ values: { port }, confidence: { port: 0.75 }, index, line: unit.line }));
}

/**
 * A port under its label as partners fill it in: `27000`, `7260 (default)`, or in words — "standard port", "the
 * usual one", "default FlexLM port", "por defecto", "padrão", "Standard" — which is the default, 7260.
 */
const DEFAULT_IN_WORDS =
  /\b(?:default|standard|usual|normal|std|stock|standaard|standaardpoort|por\s+defecto|predeterminado|padr[ãa]o|d[ée]faut|predefinit[ao])\b/i;

export function portOfLabelValue(value: string): number | undefined {
  const number = /(?<![\d.])(\d{2,5})(?![\d.])/.exec(value);
  if (number) return Number(number[1]);
  return DEFAULT_IN_WORDS.test(value) ? DEFAULT_LICENSE_PORT : undefined;
}
