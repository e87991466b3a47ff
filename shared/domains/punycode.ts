/**
 * IDNA without node:url: its domainToASCII and domainToUnicode would bring up Deno's Node
 * layer, some 15 ms of the cold start of every function that validates a name.
 * - toASCII: the WHATWG URL host parser, which maps a host with UTS #46 as node:url does.
 * - decodeLabel: Punycode decoding of one label's part after "xn--" (RFC 3492, section 6.2).
 */

/** A host in A-label form, or "" when it is no valid host (as node:url answers). */
export function toASCII(host: string): string {
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return "";
  }
}

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 0x7fffffff;
const MAX_CODE_POINT = 0x10ffff;

function adapt(delta: number, points: number, first: boolean): number {
  delta = first ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / points);
  let k = 0;
  for (; delta > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) {
    delta = Math.floor(delta / (BASE - T_MIN));
  }
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 22; // 0-9 are 26-35
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 97 && code <= 122) return code - 97;
  return BASE;
}

/** The Unicode text a Punycode string encodes, or undefined when it is not valid Punycode. */
export function decodeLabel(input: string): string | undefined {
  const split = input.lastIndexOf("-");
  const output = [...input.slice(0, Math.max(split, 0))].map((c) => c.codePointAt(0)!);
  if (output.some((c) => c >= 0x80)) return undefined;
  let [n, i, bias] = [INITIAL_N, 0, INITIAL_BIAS];
  for (let at = split > 0 ? split + 1 : 0; at < input.length;) {
    const before = i;
    for (let w = 1, k = BASE;; k += BASE) {
      if (at >= input.length) return undefined;
      const digit = digitOf(input.charCodeAt(at++));
      if (digit >= BASE || digit > Math.floor((MAX_INT - i) / w)) return undefined;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) return undefined;
      w *= BASE - t;
    }
    const length = output.length + 1;
    bias = adapt(i - before, length, before === 0);
    if (Math.floor(i / length) > MAX_INT - n) return undefined;
    n += Math.floor(i / length);
    if (n > MAX_CODE_POINT || (n >= 0xd800 && n <= 0xdfff)) return undefined; // not a scalar value
    i %= length;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}
