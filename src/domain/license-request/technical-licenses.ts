/**
 * The order kit's "Type of technical licenses" (seed 002) as partners write it: a list under its label
 * ("Technical licenses: DN, Seat"), or a sentence in any request language that speaks of technical
 * licences and names the types in it ("we need DN and Seat licences for Stat Server 9.0", "technical
 * licenses (DN, Place) for …", "Technische Lizenzen: DN und Place für …", "licences techniques : DN et
 * Seat"). A type is one of the kinds of technical license the kit knows (DN, Place, Seat, Agent Seat);
 * a DN *counted* ("60 other DNs") is the media layer's, not a type.
 */
import type { Collected } from './collector.ts';
import { parseApplications, splitList } from './engage-values.ts';
import type { ProseUnit } from './prose-units.ts';
import type { Application, EngageRecord } from './schema.ts';

const PROSE = 0.65;

/** A sentence about technical licences, in the request languages. */
const SPEAKS_OF_TECHNICAL_LICENSES =
  /\btech(?:nical|\.)?\s+licen[cs]es?\b|\blicen[cs]e\s+types?\b|\blicences?\s+techniques?\b|\btechnischen?\s+Lizenz|\blicencias?\s+t[eé]cnicas?\b|\blicen[çc]as?\s+t[eé]cnicas?\b|\blicenze\s+tecniche\b|\btechnische\s+licenties?\b|技術ライセンス|テクニカルライセンス/i;
/**
 * The kinds of technical license, as written (`DNs`, `Agent-Seat`); in lower case ("seat licences") only
 * before the word licence or type, as "seats" alone is what a sellable item is counted in.
 */
const TYPE =
  /(?<![\p{L}\d-])(?:(Agent[\s-]+Seat|agent[\s-]+seat(?=s?\s+(?:licen|type)))|(DN)|(Place|place(?=s?\s+(?:licen|type)))|(Seat|seat(?=s?\s+(?:licen|type))))(?:s|'s)?(?![\p{L}\d-])/gu;
/** "60 other DNs", "500 agent seats", "150 seat DNs": counts, not types. */
const COUNTED = /(?<![\d.])\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,2}(?:DN|[Ss]eat|Place)[\p{L}']*/gu;

/** The types a sentence names, in the order it names them, each once. */
export function typesIn(text: string): string[] {
  const types: string[] = [];
  for (const match of text.replace(COUNTED, ' ').matchAll(TYPE)) {
    const type = match[1] ? 'Agent Seat' : match[2] ? 'DN' : match[3] ? 'Place' : 'Seat';
    if (!types.includes(type)) types.push(type);
  }
  return types;
}

/**
 * A labelled value that is a list (`DN, Seat`, `DN; Place; T-Server for Avaya 8.1`): every part a name
 * (capitalised words, perhaps with a version). `undefined` when it is a sentence ("we need DN and Seat
 * licences for …"), which is read as one.
 */
export function isTypeList(parts: string[]): boolean {
  return parts.every((part) =>
    part
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/\blicen[cs]es?\b/gi, '')
      .trim()
      .split(/\s+/)
      .every((word) => word === '' || word === 'for' || /^[\p{Lu}\d]/u.test(word)),
  );
}

/** A bracketed remark in words closing a listed type: `(as per the quote)`, not an acronym `(ASL)`. */
const REMARK_AFTER = /\s*\((?=[^)]*\b[a-z]{2,})[^)]*\)\s*$/;

export const speaksOfTechnicalLicenses = (text: string) => SPEAKS_OF_TECHNICAL_LICENSES.test(text);

export function readTechnicalTypes(units: ProseUnit[], out: Collected<EngageRecord>): void {
  if (out.has('technicalLicenseTypes')) return;
  for (const unit of units) {
    if (!SPEAKS_OF_TECHNICAL_LICENSES.test(unit.text)) continue;
    const types = typesIn(unit.text);
    if (types.length === 0) continue;
    out.set('technicalLicenseTypes', types, unit.line, PROSE, 'prose');
    return;
  }
}

/**
 * A `Technical licenses:` value as a list: "DN, Seat" names types, "T-Server for Cisco UCM 8.1" an application;
 * undefined when the value is no list of types (a sentence, read as prose instead).
 */
export function labelledTechnicalLicenses(value: string): { types: string[]; apps: Application[] } | undefined {
  const parts = splitList(value);
  if (!isTypeList(parts)) return undefined;
  const apps = parts.filter((t) => /\d+\.\d/.test(t));
  return {
    // "DN (as per the quote)", "Place (see quote)": a remark in brackets after a type is not part of its name.
    types: parts.filter((t) => !/\d+\.\d/.test(t)).map((t) => t.replace(REMARK_AFTER, '') || t),
    apps: apps.length > 0 ? parseApplications(apps.join('; ')) : [],
  };
}
