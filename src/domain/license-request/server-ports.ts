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
  /\b(?:port|porta|puerto|poort)\s*(?:no\.?|number|num|nr\.?|#)?\s*(?:is|:|=)?\s*(\d{2,5})\b|\b(default)\s+(?:licen[cs]e\s+|flexlm\s+)?port\b(?!\s*(?:is\s+|of\s+|[:=]\s*)?\d)|\bTCP\s*[:/]?\s*(\d{2,5})\b|\b(\d{2,5})\s*\/\s*tcp\b|\b(?:listen(?:s|ing)?|lmgrd|flexlm|flexnet|lmadmin)\s+(?:(?:runs|is|will\s+run)\s+)?(?:on|uses|using|at)\s+(?:port\s+)?(\d{2,5})\b|\b(\d{4,5})\s*\(\s*default\s*\)|\b[A-Za-z][\w.-]*[A-Za-z0-9]:(\d{4,5})\b(?![:.]\d)/i;
/**
 * Ports as partners write them beyond PORT (issue 25 round 7 §3): "Ports: 27000", "the TCP port for the license
 * server is 27000", "use 27000 as the port", "27000/tcp", "lmgrd should run on 27000", "Port: default (7260)",
 * "standard port please".
 */
const PORT_MORE =
  /\bport\b[^.\d\n]{0,40}?(?:\bis|\bwill\s+be|\bshould\s+be|=|:|\s[-–]|#)\s*(?:[a-z-]+(?:\s+[a-z-]+){0,3}\s+)?\(?\s*(\d{4,5})\b|\b(\d{4,5})\s+as\s+(?:the\s+)?(?:licen[cs]e\s+|flexlm\s+|tcp\s+)?port\b|\b(\d{4,5})\s*\/\s*tcp\b|\b(?:lmgrd|flexlm|flexnet|licen[cs]e\s+(?:server|manager|service))\s+(?:should|will|must|would|is\s+to|to)\s+(?:run|listen|be)\s+(?:on|at)\s+(?:port\s+)?(\d{4,5})\b|\bdefault\s*\(\s*(\d{4,5})\s*\)|\b(?:on|over|via)\s+TCP\s+(\d{4,5})\b|\b(standard|default)\s+(?:licen[cs]e\s+|flexlm\s+)?port\b(?!\s*(?:is\s+|of\s+|[:=]\s*)?\d)/i;

/** The port a stretch of text gives, and how sure the reading is. */
export function findPort(text: string): { port: number; confidence: number } | undefined {
  const port = PORT.exec(text);
  if (port) {
    // "default port": the one seed 002 names, 7260.
    if (port[2]) return { port: DEFAULT_LICENSE_PORT, confidence: 0.7 };
    return { port: Number(port[1] ?? port[3] ?? port[4] ?? port[5] ?? port[6] ?? port[7]), confidence: 0.8 };
  }
  const more = PORT_MORE.exec(text);
  if (!more) return undefined;
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
