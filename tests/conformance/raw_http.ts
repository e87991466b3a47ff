/**
 * A raw HTTP/1.1 client over Deno.connect, for what fetch and supabase-js never send:
 * bodies without Content-Length, malformed chunking, lying lengths. Requests say
 * `Connection: close`, so an answer is everything read until the server closes.
 */

export interface RawResponse {
  status: number;
  headers: Headers;
  body: string;
  /** Status codes of any further answers on the same connection (a lying length). */
  more: number[];
  /** False when the connection ended inside the body. */
  complete: boolean;
}

export interface RawRequest {
  method: string;
  /** Path and query, e.g. /functions/v1/projects. */
  path: string;
  headers?: Record<string, string>;
  /** Bytes sent after the head exactly as given (no framing is added). */
  body?: string | Uint8Array;
  /** Half-close after sending, as a client that stops short of its Content-Length does. */
  closeWrite?: boolean;
  /** Read until the server closes, to see answers after the first (a lying length). */
  untilClose?: boolean;
  timeoutMs?: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** One request on a fresh connection; null when the server closed without answering. */
export async function rawRequest(baseUrl: string, req: RawRequest): Promise<RawResponse | null> {
  const url = new URL(baseUrl);
  const conn = await Deno.connect({ hostname: url.hostname, port: Number(url.port) });
  const timer = setTimeout(() => conn.close(), req.timeoutMs ?? 15_000);
  try {
    const headers = { host: url.host, connection: "close", ...req.headers };
    const head = `${req.method} ${req.path} HTTP/1.1\r\n` +
      Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join("") + "\r\n";
    const body = typeof req.body === "string" ? encoder.encode(req.body) : req.body;
    await writeAll(conn, concat(encoder.encode(head), body ?? new Uint8Array()));
    if (req.closeWrite) await conn.closeWrite();
    const raw = await readAll(
      conn,
      req.untilClose
        ? () => false
        : (bytes) => parse(bytes, req.method === "HEAD")?.complete ?? false,
    );
    return parse(raw, req.method === "HEAD");
  } finally {
    clearTimeout(timer);
    try {
      conn.close();
    } catch { /* closed by the timer or the server */ }
  }
}

/** A chunked body, framed correctly. */
export function chunked(text: string, chunkSize = 16): string {
  const bytes = encoder.encode(text);
  let out = "";
  for (let i = 0; i < bytes.length; i += chunkSize) {
    const chunk = bytes.subarray(i, i + chunkSize);
    out += `${chunk.length.toString(16)}\r\n${decoder.decode(chunk)}\r\n`;
  }
  return out + "0\r\n\r\n";
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

async function writeAll(conn: Deno.Conn, bytes: Uint8Array) {
  let written = 0;
  try {
    while (written < bytes.length) written += await conn.write(bytes.subarray(written));
  } catch (err) {
    // The server may answer and close before reading all of a body it refuses.
    if (!(err instanceof Deno.errors.BrokenPipe || err instanceof Deno.errors.ConnectionReset)) {
      throw err;
    }
  }
}

/**
 * Reads until the server closes or `done` says the answer is whole: a server that refused a
 * body may keep the connection open while the client is still sending.
 */
async function readAll(conn: Deno.Conn, done: (bytes: Uint8Array) => boolean): Promise<Uint8Array> {
  let bytes: Uint8Array = new Uint8Array();
  const buf = new Uint8Array(64 * 1024);
  for (;;) {
    let n: number | null;
    try {
      n = await conn.read(buf);
    } catch {
      break; // reset, or closed by the timeout
    }
    if (n === null) break;
    bytes = concat(bytes, buf.subarray(0, n));
    if (done(bytes)) break;
  }
  return bytes;
}

function indexOf(bytes: Uint8Array, pattern: string, from = 0): number {
  const p = encoder.encode(pattern);
  outer: for (let i = from; i <= bytes.length - p.length; i++) {
    for (let j = 0; j < p.length; j++) if (bytes[i + j] !== p[j]) continue outer;
    return i;
  }
  return -1;
}

function parse(raw: Uint8Array, head: boolean): RawResponse | null {
  const end = indexOf(raw, "\r\n\r\n");
  if (end < 0) return null;
  const [statusLine, ...lines] = decoder.decode(raw.subarray(0, end)).split("\r\n");
  const status = Number(statusLine.match(/^HTTP\/1\.[01] (\d{3})/)?.[1]);
  if (!status) return null;
  const headers = new Headers();
  for (const line of lines) {
    const i = line.indexOf(":");
    headers.append(line.slice(0, i).trim(), line.slice(i + 1).trim());
  }
  let rest: Uint8Array = raw.subarray(end + 4);
  let body: Uint8Array = new Uint8Array();
  let complete = true;
  if (head || status === 204 || status === 304) {
    // no body on the wire
  } else if (headers.get("transfer-encoding")?.includes("chunked")) {
    for (;;) {
      const lineEnd = indexOf(rest, "\r\n");
      const size = parseInt(decoder.decode(rest.subarray(0, lineEnd)), 16);
      if (lineEnd < 0 || rest.length < lineEnd + 2 + size + 2) {
        complete = false;
        break;
      }
      if (size === 0) {
        const trailerEnd = indexOf(rest, "\r\n\r\n");
        complete = trailerEnd >= 0;
        rest = complete ? rest.subarray(trailerEnd + 4) : new Uint8Array();
        break;
      }
      body = concat(body, rest.subarray(lineEnd + 2, lineEnd + 2 + size));
      rest = rest.subarray(lineEnd + 2 + size + 2);
    }
  } else if (headers.has("content-length")) {
    const length = Number(headers.get("content-length"));
    complete = rest.length >= length;
    body = rest.subarray(0, length);
    rest = rest.subarray(length);
  } else {
    body = rest;
    rest = new Uint8Array();
    complete = false; // delimited by the close
  }
  const more = [...decoder.decode(rest).matchAll(/HTTP\/1\.[01] (\d{3})/g)].map((m) =>
    Number(m[1])
  );
  return { status, headers, body: decoder.decode(body), more, complete };
}
