/**
 * Pair kerning from a font's GPOS table, read straight from the WOFF bytes. opentype.js 2.0
 * reads only some kerning layouts: it skips extension lookups (Montserrat) and more than one
 * kern lookup per feature (Lora), so nine of the library's families would be set without
 * kerning. This reads every lookup of the 'kern' features a shaper applies to Latin
 * text: pair adjustment (type 2) formats 1 and 2, directly or behind an extension (type 9), and
 * sums their x advances, as a shaper does for plain left-to-right text.
 */
import { unzlibSync } from "fflate";

/** Kerning in font units between two glyph ids (0 when the pair is not kerned). */
export type PairKerning = (left: number, right: number) => number;

const NONE: PairKerning = () => 0;

/** The GPOS table of a WOFF file, decompressed; undefined when the font has none. */
function woffTable(woff: Uint8Array, tag: string): DataView | undefined {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error("not a WOFF file"); // "wOFF"
  const count = view.getUint16(12);
  for (let i = 0; i < count; i++) {
    const at = 44 + 20 * i;
    const name = String.fromCharCode(...woff.subarray(at, at + 4));
    if (name !== tag) continue;
    const offset = view.getUint32(at + 4);
    const compressed = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compressed);
    const bytes = compressed < length ? unzlibSync(raw) : raw;
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  return undefined;
}

/** Bytes of a GPOS value record with this format (each set bit is one 16-bit field). */
const valueSize = (format: number) => 2 * [...format.toString(2)].filter((b) => b === "1").length;

/** The XAdvance of a value record (0 when the format has none). */
function xAdvance(gpos: DataView, at: number, format: number): number {
  if (!(format & 0x4)) return 0;
  // XPlacement and YPlacement come first when present.
  const skip = (format & 0x1 ? 2 : 0) + (format & 0x2 ? 2 : 0);
  return gpos.getInt16(at + skip);
}

/** Coverage index of `glyph`, or -1. */
function coverage(gpos: DataView, at: number, glyph: number): number {
  const format = gpos.getUint16(at);
  const count = gpos.getUint16(at + 2);
  for (let i = 0; i < count; i++) {
    if (format === 1) {
      if (gpos.getUint16(at + 4 + 2 * i) === glyph) return i;
    } else {
      const range = at + 4 + 6 * i;
      const start = gpos.getUint16(range);
      if (glyph >= start && glyph <= gpos.getUint16(range + 2)) {
        return gpos.getUint16(range + 4) + glyph - start;
      }
    }
  }
  return -1;
}

function classOf(gpos: DataView, at: number, glyph: number): number {
  const format = gpos.getUint16(at);
  if (format === 1) {
    const start = gpos.getUint16(at + 2);
    const count = gpos.getUint16(at + 4);
    return glyph >= start && glyph < start + count
      ? gpos.getUint16(at + 6 + 2 * (glyph - start))
      : 0;
  }
  const count = gpos.getUint16(at + 2);
  for (let i = 0; i < count; i++) {
    const range = at + 4 + 6 * i;
    if (glyph >= gpos.getUint16(range) && glyph <= gpos.getUint16(range + 2)) {
      return gpos.getUint16(range + 4);
    }
  }
  return 0;
}

/** The pair's x advance from one PairPos subtable, or undefined when it does not apply. */
function pairAdjustment(gpos: DataView, at: number, left: number, right: number) {
  const format = gpos.getUint16(at);
  const index = coverage(gpos, at + gpos.getUint16(at + 2), left);
  if (index === -1) return undefined;
  const format1 = gpos.getUint16(at + 4);
  const format2 = gpos.getUint16(at + 6);
  const recordSize = valueSize(format1) + valueSize(format2);
  if (format === 1) {
    const set = at + gpos.getUint16(at + 10 + 2 * index);
    const count = gpos.getUint16(set);
    for (let i = 0; i < count; i++) {
      const record = set + 2 + i * (2 + recordSize);
      if (gpos.getUint16(record) === right) return xAdvance(gpos, record + 2, format1);
    }
    return undefined;
  }
  if (format !== 2) return undefined;
  const class1 = classOf(gpos, at + gpos.getUint16(at + 8), left);
  const class2 = classOf(gpos, at + gpos.getUint16(at + 10), right);
  const class2Count = gpos.getUint16(at + 14);
  const record = at + 16 + (class1 * class2Count + class2) * recordSize;
  return xAdvance(gpos, record, format1);
}

/** Offsets of the pair-adjustment subtables of one lookup, extensions unwrapped. */
function pairSubtables(gpos: DataView, lookup: number): number[] {
  const type = gpos.getUint16(lookup);
  const count = gpos.getUint16(lookup + 4);
  const subtables: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = lookup + gpos.getUint16(lookup + 6 + 2 * i);
    if (type === 2) subtables.push(at);
    if (type === 9 && gpos.getUint16(at + 2) === 2) subtables.push(at + gpos.getUint32(at + 4));
  }
  return subtables;
}

const tagAt = (gpos: DataView, at: number) =>
  String.fromCharCode(...[0, 1, 2, 3].map((k) => gpos.getUint8(at + k)));

/**
 * Feature indices of the default language of the Latin script (else the default script): the
 * features a shaper applies to Latin text, so lookups meant for other scripts do not add up.
 */
function latinFeatures(gpos: DataView): number[] {
  const scriptList = gpos.getUint16(4);
  const count = gpos.getUint16(scriptList);
  const scripts = Array.from({ length: count }, (_, i) => ({
    tag: tagAt(gpos, scriptList + 2 + 6 * i),
    at: scriptList + gpos.getUint16(scriptList + 2 + 6 * i + 4),
  }));
  const script = scripts.find((s) => s.tag === "latn") ?? scripts.find((s) => s.tag === "DFLT");
  const langSys = script && gpos.getUint16(script.at);
  if (!script || !langSys) return [];
  const at = script.at + langSys;
  return Array.from({ length: gpos.getUint16(at + 4) }, (_, i) => gpos.getUint16(at + 6 + 2 * i));
}

/** Kerning of a WOFF font from its GPOS 'kern' features; no kerning when it has none. */
export function gposKerning(woff: Uint8Array): PairKerning {
  const gpos = woffTable(woff, "GPOS");
  if (!gpos) return NONE;
  const featureList = gpos.getUint16(6);
  const lookupList = gpos.getUint16(8);
  const lookups = new Set<number>();
  for (const index of latinFeatures(gpos)) {
    const record = featureList + 2 + 6 * index;
    if (tagAt(gpos, record) !== "kern") continue;
    const feature = featureList + gpos.getUint16(record + 4);
    const count = gpos.getUint16(feature + 2);
    for (let k = 0; k < count; k++) lookups.add(gpos.getUint16(feature + 4 + 2 * k));
  }
  const subtables = [...lookups].sort((a, b) => a - b).map((index) =>
    pairSubtables(gpos, lookupList + gpos.getUint16(lookupList + 2 + 2 * index))
  );
  if (subtables.every((s) => s.length === 0)) return NONE;
  const cache = new Map<number, number>();
  return (left, right) => {
    const key = left * 0x10000 + right;
    let value = cache.get(key);
    if (value === undefined) {
      // Within a lookup the first subtable that applies wins; lookups add up.
      value = subtables.reduce((sum, lookup) => {
        for (const at of lookup) {
          const x = pairAdjustment(gpos, at, left, right);
          if (x !== undefined) return sum + x;
        }
        return sum;
      }, 0);
      cache.set(key, value);
    }
    return value;
  };
}
