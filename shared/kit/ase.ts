/**
 * Adobe Swatch Exchange (.ase), the palette file Illustrator, Photoshop and InDesign import.
 * Big-endian throughout: the signature "ASEF", version 1.0, a block count, then blocks of
 * type u16 + length u32 + body. A group is a start block (its name), color entries, and an
 * end block. Names are UTF-16BE, null-terminated, prefixed by their length in code units
 * (terminator included); a color is the model "RGB " and three float32 channels 0..1.
 */
import { hexToRgb } from "../colors/hex.ts";

export interface Swatch {
  readonly name: string;
  readonly hex: string;
}

export interface SwatchGroup {
  readonly name: string;
  readonly swatches: readonly Swatch[];
}

export const ASE_BLOCK = { groupStart: 0xc001, groupEnd: 0xc002, color: 0x0001 } as const;
/** Global: a document-wide process color, the kind a brand palette is. */
export const ASE_GLOBAL_COLOR = 0;

class Writer {
  private bytes: number[] = [];
  u16(value: number) {
    this.bytes.push(value >> 8 & 255, value & 255);
  }
  u32(value: number) {
    this.u16(value >>> 16);
    this.u16(value & 0xffff);
  }
  f32(value: number) {
    const view = new DataView(new ArrayBuffer(4));
    view.setFloat32(0, value);
    this.bytes.push(...new Uint8Array(view.buffer));
  }
  ascii(text: string) {
    for (const char of text) this.bytes.push(char.charCodeAt(0));
  }
  /** Length in UTF-16 code units with the terminator, the units, then the terminator. */
  name(text: string) {
    this.u16(text.length + 1);
    for (let i = 0; i < text.length; i++) this.u16(text.charCodeAt(i));
    this.u16(0);
  }
  block(type: number, body: Writer) {
    this.u16(type);
    this.u32(body.bytes.length);
    this.bytes.push(...body.bytes);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export function aseFile(groups: readonly SwatchGroup[]): Uint8Array {
  const out = new Writer();
  out.ascii("ASEF");
  out.u16(1);
  out.u16(0);
  out.u32(groups.reduce((n, group) => n + group.swatches.length + 2, 0));
  for (const group of groups) {
    const start = new Writer();
    start.name(group.name);
    out.block(ASE_BLOCK.groupStart, start);
    for (const swatch of group.swatches) {
      const color = new Writer();
      color.name(swatch.name);
      color.ascii("RGB ");
      const { r, g, b } = hexToRgb(swatch.hex);
      for (const channel of [r, g, b]) color.f32(channel);
      color.u16(ASE_GLOBAL_COLOR);
      out.block(ASE_BLOCK.color, color);
    }
    out.block(ASE_BLOCK.groupEnd, new Writer());
  }
  return out.done();
}
