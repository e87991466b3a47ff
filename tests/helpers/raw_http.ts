/**
 * A hand-written HTTP/1.1 client over a raw TCP socket, for what fetch will not send: no body
 * with no Content-Length, chunked framing (valid or not), a Content-Length that lies.
 */

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  // Tests read the JSON they expect; `any` keeps their assertions short.
  // deno-lint-ignore no-explicit-any
  json: any;
}

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  /**
   * Bytes sent verbatim after the head (framing included); nothing when absent. A
   * Content-Length is added unless the headers give one or a Transfer-Encoding.
   */
  body?: string | Uint8Array;
  /** Half-close the socket after sending: the server sees the end of the stream. */
  endInput?: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** `Transfer-Encoding: chunked` framing of these chunks, with the terminating 0-chunk. */
export function chunked(...chunks: string[]): string {
  return chunks.map((c) => `${encoder.encode(c).byteLength.toString(16)}\r\n${c}\r\n`).join("") +
    "0\r\n\r\n";
}

function dechunk(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  let i = 0;
  for (;;) {
    const eol = bytes.indexOf(10, i);
    if (eol < 0) break;
    const size = parseInt(decoder.decode(bytes.subarray(i, eol)).trim(), 16);
    if (!size) break;
    out.push(...bytes.subarray(eol + 1, eol + 1 + size));
    i = eol + 1 + size + 2;
  }
  return new Uint8Array(out);
}

async function readAll(conn: Deno.Conn, timeoutMs: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const timer = setTimeout(() => conn.close(), timeoutMs);
  try {
    const buf = new Uint8Array(16_384);
    for (;;) {
      const n = await conn.read(buf).catch(() => null);
      if (n === null) break;
      parts.push(buf.slice(0, n));
    }
  } finally {
    clearTimeout(timer);
  }
  const all = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.byteLength;
  }
  return all;
}

/**
 * Sends one request with `Connection: close` and parses the one response. Status 0: the
 * server closed the connection without answering (what it does with broken framing).
 */
export async function rawRequest(
  baseUrl: string,
  r: RawRequest,
  timeoutMs = 10_000,
): Promise<RawResponse> {
  const url = new URL(baseUrl);
  const conn = await Deno.connect({ hostname: url.hostname, port: Number(url.port) });
  try {
    const body = typeof r.body === "string" ? encoder.encode(r.body) : r.body;
    const headers = { ...r.headers };
    const framed = Object.keys(headers).some((k) =>
      /^(content-length|transfer-encoding)$/i.test(k)
    );
    if (body && !framed) headers["content-length"] = String(body.byteLength);
    const head = [
      `${r.method} ${r.path} HTTP/1.1`,
      `host: ${url.host}`,
      "connection: close",
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ].join("\r\n") + "\r\n\r\n";
    const request = new Uint8Array([...encoder.encode(head), ...(body ?? [])]);
    // The server may answer (and close) before reading everything: that is allowed.
    await conn.write(request).catch(() => undefined);
    if (r.endInput) await conn.closeWrite().catch(() => undefined);
    const bytes = await readAll(conn, timeoutMs);
    return parseResponse(bytes);
  } finally {
    try {
      conn.close();
    } catch { /* already closed by the timeout */ }
  }
}

function parseResponse(bytes: Uint8Array): RawResponse {
  const split = bytes.findIndex((_, i) =>
    bytes[i] === 13 && bytes[i + 1] === 10 && bytes[i + 2] === 13 && bytes[i + 3] === 10
  );
  if (bytes.byteLength === 0) {
    return { status: 0, headers: new Headers(), text: "", json: undefined };
  }
  if (split < 0) throw new Error(`no HTTP response: ${JSON.stringify(decoder.decode(bytes))}`);
  const [statusLine, ...lines] = decoder.decode(bytes.subarray(0, split)).split("\r\n");
  const headers = new Headers();
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  let body = bytes.subarray(split + 4);
  if (headers.get("transfer-encoding")?.includes("chunked")) body = dechunk(body);
  const text = decoder.decode(body);
  let json = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch { /* not JSON: tests look at text */ }
  return { status: Number(statusLine.split(" ")[1]), headers, text, json };
}
