/**
 * "Sellable item / version: SIP Server 8.5", "App + version: Stat Server 8.5", "O/S & version: Windows Server
 * 2019": a label for a thing and its version reads as the version's label (its words end in "version"), but
 * the value names the thing too — it is read as the thing's own label (issue 25 round 12, cause 2). A version
 * alone ("Version: 9.0"), or the name of the item just given ("Version: SIP Server 9.0" under "Product: SIP
 * Server"), stays the version.
 */
import type { EngageLabel } from './labels.ts';
import type { FieldLabel } from './layout.ts';
import { findOsNames } from './os-names.ts';

/** `Genesys Info Mart 8.5`, `Stat Server v8.5.1`: a name (not the word version) before a version number. */
const NAME_AND_VERSION =
  /^\s*((?!(?:v|ver|vers|version|release|rel|r)\b)\p{L}[\p{L}\p{N}&'/-]*(?:\s+[\p{L}\p{N}&'/-]+)*?)\s+v?\d+(?:\.\d+)+/iu;

export function labelForWhatItNames(
  label: FieldLabel<EngageLabel>,
  value: string,
  itemBefore: string | undefined,
  applicationBefore: string | undefined,
): FieldLabel<EngageLabel> {
  if (label.field === 'osVersion') return findOsNames(value).length > 0 ? { ...label, field: 'os' } : label;
  if (label.field !== 'itemVersion' && label.field !== 'applicationVersion') return label;
  const named = NAME_AND_VERSION.exec(value);
  if (!named) return label;
  const before = label.field === 'itemVersion' ? itemBefore : applicationBefore;
  if (before && named[1]!.toLowerCase().startsWith(before.toLowerCase())) return label;
  return { ...label, field: label.field === 'itemVersion' ? 'sellableItem' : 'application' };
}
