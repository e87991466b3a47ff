/**
 * A reproducible ZIP: the same entries and timestamp always give the same bytes. Entries are
 * sorted by path and all carry one fixed modification time; nothing else that varies (the
 * clock, the order files were made in) reaches the archive.
 */
import { type Zippable, zipSync } from "fflate";

export interface ZipEntry {
  readonly path: string;
  readonly data: Uint8Array;
}

/** Formats that are compressed already: deflating them again costs CPU and saves nothing. */
const STORED = /\.(png|ico)$/;
/** fflate's default: text shrinks nearly as well as at 9, for less CPU. */
const TEXT_LEVEL = 6;

export function reproducibleZip(entries: readonly ZipEntry[], modified: string): Uint8Array {
  const mtime = dosClock(modified);
  const sorted = [...entries].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const files: Zippable = {};
  for (const { path, data } of sorted) {
    if (Object.hasOwn(files, path)) throw new RangeError(`duplicate path in archive: ${path}`);
    files[path] = [data, { level: STORED.test(path) ? 0 : TEXT_LEVEL, mtime }];
  }
  return zipSync(files);
}

/**
 * ZIP stores a zone-less DOS date and time, which fflate reads from a Date's local-time
 * fields. This Date's local fields are the UTC fields of `iso`, so every machine writes the
 * same UTC wall clock whatever its time zone (Edge Functions run in UTC). The one exception
 * is a time that does not exist locally (a daylight-saving gap), which the Date moves on.
 */
function dosClock(iso: string): Date {
  const t = new Date(iso);
  return new Date(
    t.getUTCFullYear(),
    t.getUTCMonth(),
    t.getUTCDate(),
    t.getUTCHours(),
    t.getUTCMinutes(),
    t.getUTCSeconds(),
  );
}
