/**
 * Checks that bytes from an image provider are one well-formed PNG before they are stored:
 * the signature, an IHDR header with a valid format, every chunk whole with a correct CRC,
 * image data, and nothing after IEND (trailing bytes are how PNG/HTML polyglots are built).
 * Pixel data is not decoded.
 */

export interface PngInfo {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  /** 0 gray, 2 RGB, 3 indexed, 4 gray + alpha, 6 RGBA. */
  readonly colorType: number;
  readonly interlaced: boolean;
}

export interface PngLimits {
  /** width × height above which the image is refused (a decompression bomb guard). */
  maxPixels: number;
}

export const DEFAULT_PNG_LIMITS: PngLimits = { maxPixels: 64 * 1024 * 1024 };

export class InvalidPngError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidPngError";
  }
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Bit depths allowed for each color type (PNG spec, table 11.1). */
const BIT_DEPTHS: Record<number, readonly number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

/** Width, height and format of a PNG, or InvalidPngError when the bytes are not one. */
export function inspectPng(bytes: Uint8Array, limits: PngLimits = DEFAULT_PNG_LIMITS): PngInfo {
  if (bytes.length < SIGNATURE.length || SIGNATURE.some((b, i) => bytes[i] !== b)) {
    throw new InvalidPngError("not a PNG: the signature does not match");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let info: PngInfo | undefined;
  let sawPalette = false;
  let sawData = false;
  let offset = SIGNATURE.length;

  for (;;) {
    if (offset + 12 > bytes.length) throw new InvalidPngError("truncated: no IEND chunk");
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (length > 0x7fffffff || offset + 12 + length > bytes.length) {
      throw new InvalidPngError(`truncated ${JSON.stringify(type)} chunk`);
    }
    if (!/^[A-Za-z]{4}$/.test(type)) throw new InvalidPngError("malformed chunk type");
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (
      crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== view.getUint32(offset + 8 + length)
    ) {
      throw new InvalidPngError(`CRC mismatch in the ${type} chunk`);
    }
    offset += 12 + length;

    if (!info) {
      if (type !== "IHDR") throw new InvalidPngError("the first chunk is not IHDR");
      info = parseHeader(body, limits);
      continue;
    }
    if (type === "IHDR") throw new InvalidPngError("more than one IHDR chunk");
    if (type === "PLTE") sawPalette = true;
    if (type === "IDAT") sawData = true;
    if (type === "IEND") break;
  }

  if (!sawData) throw new InvalidPngError("no image data (IDAT)");
  if (info.colorType === 3 && !sawPalette) throw new InvalidPngError("indexed image without PLTE");
  if (offset !== bytes.length) throw new InvalidPngError("bytes after the IEND chunk");
  return info;
}

function parseHeader(body: Uint8Array, limits: PngLimits): PngInfo {
  if (body.length !== 13) throw new InvalidPngError("IHDR must be 13 bytes long");
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const width = view.getUint32(0);
  const height = view.getUint32(4);
  const [bitDepth, colorType, compression, filter, interlace] = body.subarray(8);
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) {
    throw new InvalidPngError(`invalid dimensions ${width}×${height}`);
  }
  if (width * height > limits.maxPixels) {
    throw new InvalidPngError(`${width}×${height} is more than ${limits.maxPixels} pixels`);
  }
  if (!BIT_DEPTHS[colorType]?.includes(bitDepth)) {
    throw new InvalidPngError(`bit depth ${bitDepth} is invalid for color type ${colorType}`);
  }
  if (compression !== 0 || filter !== 0 || interlace > 1) {
    throw new InvalidPngError("unknown compression, filter or interlace method");
  }
  return { width, height, bitDepth, colorType, interlaced: interlace === 1 };
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as used by PNG and zlib). */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
