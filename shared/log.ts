/** Structured JSON logs, one object per line. Callers pass fields, never raw headers or tokens. */
export type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  log(level: Level, msg: string, fields?: Record<string, unknown>): void;
}

export function jsonLogger(
  minLevel: Level = "info",
  sink: (line: string) => void = console.log,
): Logger {
  return {
    log(level, msg, fields) {
      if (order[level] < order[minLevel]) return;
      sink(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));
    },
  };
}

export const silentLogger: Logger = { log() {} };

/** Error message for logs: the message and where it came from, without request data. */
export function describeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { error: String(err) };
  // Drizzle's query errors repeat the query's parameters (user data): log the driver's cause.
  const cause = err.cause instanceof Error ? err.cause : undefined;
  if (cause && err.message.startsWith("Failed query")) {
    return {
      error: cause.message,
      error_name: cause.name,
      code: (cause as { code?: string }).code,
      stack: cause.stack,
    };
  }
  return { error: err.message, error_name: err.name, stack: err.stack };
}
