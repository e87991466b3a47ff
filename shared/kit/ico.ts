/**
 * The ICO container (favicon.ico) with PNG-encoded images, which every browser since IE 11
 * reads: an ICONDIR header, one 16-byte ICONDIRENTRY per image, then the PNG files as they
 * are. All fields are little-endian.
 */

export interface IcoImage {
  /** A complete PNG file. */
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

const HEADER = 6;
const ENTRY = 16;
/** ICO stores sizes in one byte; 0 means 256, the largest an entry may be. */
const MAX_SIZE = 256;
const TYPE_ICON = 1;

export function icoFile(images: readonly IcoImage[]): Uint8Array {
  if (images.length === 0) throw new RangeError("an icon needs at least one image");
  const total = HEADER + ENTRY * images.length + images.reduce((n, i) => n + i.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, TYPE_ICON, true);
  view.setUint16(4, images.length, true);
  let offset = HEADER + ENTRY * images.length;
  images.forEach((image, i) => {
    for (const side of [image.width, image.height]) {
      if (!Number.isInteger(side) || side < 1 || side > MAX_SIZE) {
        throw new RangeError(`icon images are 1..${MAX_SIZE} px, not ${side}`);
      }
    }
    const entry = HEADER + ENTRY * i;
    view.setUint8(entry, image.width % MAX_SIZE);
    view.setUint8(entry + 1, image.height % MAX_SIZE);
    view.setUint8(entry + 2, 0); // no color table
    view.setUint8(entry + 3, 0); // reserved
    view.setUint16(entry + 4, 1, true); // color planes
    view.setUint16(entry + 6, 32, true); // bits per pixel: RGBA
    view.setUint32(entry + 8, image.png.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(image.png, offset);
    offset += image.png.length;
  });
  return out;
}
