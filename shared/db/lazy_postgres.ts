/**
 * A postgres.js pool that loads the package on its first query. A function answering
 * without the database (a CORS preflight, liveness, a 401) then never pays the ~20 ms the
 * driver costs to import. It covers what Drizzle's postgres-js session and the pipelined
 * transactions (pipelined.ts) call: `unsafe`, `begin`, `reserve`, `end`.
 */
import type { Options, PendingQuery, Row, Sql } from "postgres";

/** Types Drizzle parses and serializes itself; drizzle-orm/postgres-js sets the same. */
const DRIZZLE_OWN_TYPES = ["1184", "1082", "1083", "1114", "1182", "1185", "1115", "1231"];
const DRIZZLE_SERIALIZED_JSON = ["114", "3802"];

type Converters = Record<string, (value: unknown) => unknown>;

function withDrizzleTypes(pool: Sql): Sql {
  const same = (value: unknown) => value;
  // postgres.js types these tables by its own type names; they are keyed by OID at run time.
  const { parsers, serializers } = pool.options as unknown as {
    parsers: Converters;
    serializers: Converters;
  };
  for (const type of DRIZZLE_OWN_TYPES) parsers[type] = serializers[type] = same;
  for (const type of DRIZZLE_SERIALIZED_JSON) serializers[type] = same;
  return pool;
}

/**
 * How long a transaction may wait for a connection. postgres.js loses a reservation that waits
 * while a connection closes, and its pool does not recover (seen under repeated backend
 * terminations); a wait this long is taken for that, and the pool is replaced.
 */
const RESERVE_TIMEOUT_MS = 5_000;

class ReserveTimeout extends Error {
  override name = "ReserveTimeout";
}

async function withinReserveTimeout<T extends { release(): void }>(reserving: Promise<T>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) =>
    timer = setTimeout(
      () => reject(new ReserveTimeout(`no database connection within ${RESERVE_TIMEOUT_MS} ms`)),
      RESERVE_TIMEOUT_MS,
    )
  );
  try {
    return await Promise.race([reserving, timeout]);
  } catch (error) {
    reserving.then((late) => late.release(), () => {}); // one that comes after all goes back
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export function lazyPostgres(url: string, options: Options<Record<string, never>>): Sql {
  let pool: Sql | undefined;
  let loading: Promise<Sql> | undefined;
  const load = () =>
    loading ??= import("postgres").then(({ default: postgres }) =>
      pool = withDrizzleTypes(postgres(url, options))
    );
  const later = <T>(run: (sql: Sql) => PromiseLike<T>) => load().then(run);

  const standIn = {
    unsafe(...args: Parameters<Sql["unsafe"]>) {
      if (pool) return pool.unsafe(...args);
      // Drizzle awaits the query or its .values(); both wait for the driver here.
      return {
        values: () => later((sql) => sql.unsafe(...args).values()),
        then: (ok?: (rows: Row[]) => unknown, fail?: (error: unknown) => unknown) =>
          later((sql) => sql.unsafe(...args)).then(ok, fail),
      } as unknown as PendingQuery<Row[]>;
    },
    begin: (...args: unknown[]) =>
      later((sql) => (sql.begin as (...a: unknown[]) => never)(...args)),
    reserve: async () => {
      const current = pool ?? await load();
      try {
        return await withinReserveTimeout(current.reserve());
      } catch (error) {
        if (error instanceof ReserveTimeout && pool === current) {
          [pool, loading] = [undefined, undefined]; // the next query starts a new pool
          current.end({ timeout: 0 }).catch(() => {});
        }
        throw error;
      }
    },
    end: async (endOptions?: { timeout?: number }) => {
      if (loading) await (await loading).end(endOptions);
    },
  };
  return standIn as unknown as Sql;
}
