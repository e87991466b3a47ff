/**
 * Drizzle on postgres.js with transactions that wait for fewer round trips than Drizzle's own.
 *
 * Drizzle's `transaction` waits for BEGIN, then for each statement, then for COMMIT. Here the
 * BEGIN and the opening statements (role and claims) go out in the same write as the work's
 * first query: postgres.js sends the queries of a reserved connection in the order they are
 * issued, and those issued in one tick together. A read-only transaction does not wait for
 * its COMMIT either: it has nothing to lose, and the connection returns to the pool when the
 * server has answered. So a user-scoped read is one round trip, a write two.
 *
 * If BEGIN or an opening statement fails, the work's queries fail with it (the server aborts
 * the transaction), the transaction rolls back and the opening's error is the one thrown.
 */
import { PgDatabase, PgDialect } from "drizzle-orm/pg-core";
import {
  type PostgresJsQueryResultHKT,
  PostgresJsSession,
  PostgresJsTransaction,
} from "drizzle-orm/postgres-js/session";
import type { ReservedSql, Sql } from "postgres";
import { Semaphore } from "../semaphore.ts";
import { Held } from "./held.ts";

type Tx = PostgresJsTransaction<Record<string, never>, Record<string, never>>;

/** A statement as text and bound parameters. */
export interface Statement {
  readonly text: string;
  readonly params: readonly string[];
}

export type Access = "read only" | "read write";

/** A Drizzle query not yet run. */
export interface Query<T> {
  execute(): Promise<T>;
}

/**
 * Drizzle asks postgres.js not to prepare any statement it did not name; where statements
 * may be prepared (see preparesStatements) this hands postgres.js the pool's choice instead.
 */
function preparing<T extends Sql | ReservedSql>(sql: T, prepare: boolean): T {
  if (!prepare) return sql;
  return new Proxy(sql, {
    get: (target, key) =>
      key === "unsafe"
        ? (query: string, params?: never[], options?: object) =>
          target.unsafe(query, params, { ...options, prepare })
        : Reflect.get(target, key),
  });
}

export class PipelinedDb extends PgDatabase<PostgresJsQueryResultHKT> {
  // TypeScript-private, not #private: a Proxy around the database (as tests make) still works.
  private readonly pool: Sql;
  private readonly gate: Semaphore;
  private readonly prepare: boolean;
  private readonly txOn: (connection: ReservedSql) => Tx;
  /** Commits and rollbacks not waited for; the pool must not end before they are answered. */
  private readonly unsettled = new Set<Promise<void>>();

  constructor(pool: Sql, options: { prepare: boolean; max: number }) {
    const { prepare, max } = options;
    const dialect = new PgDialect();
    super(dialect, new PostgresJsSession(preparing(pool, prepare), dialect, undefined), undefined);
    this.pool = pool;
    this.gate = new Semaphore(max);
    this.prepare = prepare;
    // Typed for a postgres.js TransactionSql; a reserved connection serves the same calls,
    // savepoints aside (the work runs no nested transactions).
    this.txOn = (connection) => {
      const session = new PostgresJsSession(preparing(connection, prepare), dialect, undefined);
      return new PostgresJsTransaction(dialect, session as never, undefined);
    };
  }

  /** Runs `work` in one transaction whose opening statements ride with its first query. */
  async pipelined<T>(
    opening: Statement,
    work: (tx: Tx) => Promise<T>,
    access: Access,
  ): Promise<T> {
    const held = await Held.reserve(this.pool, this.gate);
    const opened = this.open(held, opening, access);
    let result: T;
    try {
      result = await unlessLost(held, work(this.txOn(held.sql)));
      await unlessLost(held, opened);
    } catch (error) {
      const cause = await unlessLost(held, opened).then(
        () => error,
        (openingError) => openingError,
      );
      this.settleLater(held.end("rollback"));
      throw cause;
    }
    const committed = held.end("commit");
    if (access === "read write") await committed;
    else this.settleLater(committed); // a read has nothing to commit; its answer is here
    return result;
  }

  /**
   * A read of one query: BEGIN, the opening, the query and COMMIT leave in one write, and the
   * answer comes in one round trip. The COMMIT is sent only once the query has been handed to
   * the connection (Drizzle does that synchronously in `execute()`; if it ever does not, the
   * COMMIT waits for the answer instead), so the query always runs inside the transaction.
   */
  async readOne<T>(opening: Statement, build: (tx: Tx) => Query<T>): Promise<T> {
    const held = await Held.reserve(this.pool, this.gate);
    let handed = 0;
    const eager = new Proxy(held.sql, {
      get: (target, key) =>
        key === "unsafe"
          ? (...args: Parameters<ReservedSql["unsafe"]>) => {
            handed++;
            return target.unsafe(...args).execute();
          }
          : Reflect.get(target, key),
    });
    const opened = this.open(held, opening, "read only");
    let answer: Promise<T>;
    try {
      answer = build(this.txOn(eager)).execute();
    } catch (error) {
      answer = Promise.reject(error);
    }
    const ending = handed === 1 ? held.end("commit") : undefined;
    ending?.catch(() => {}); // settled below; this keeps an early failure from going unhandled
    try {
      const result = await unlessLost(held, answer);
      await unlessLost(held, opened);
      this.settleLater(ending ?? held.end("commit"));
      return result;
    } catch (error) {
      const cause = await unlessLost(held, opened).then(
        () => error,
        (openingError) => openingError,
      );
      // A COMMIT already sent ends the failed transaction as a rollback.
      this.settleLater(ending ?? held.end("rollback"));
      throw cause;
    }
  }

  /** BEGIN and the opening statement, sent now; failures surface when awaited. */
  private open(held: Held, opening: Statement, access: Access): Promise<unknown> {
    const opened = Promise.all([
      held.begin(access),
      held.sql.unsafe(opening.text, [...opening.params], { prepare: this.prepare }).execute(),
    ]);
    opened.catch(() => {}); // awaited later; this keeps an early failure from going unhandled
    return opened;
  }

  /** Resolves when every commit or rollback not waited for has been answered. */
  async settled(): Promise<void> {
    await Promise.all(this.unsettled);
  }

  private settleLater(commit: Promise<void>) {
    const settled = commit.catch(() => {}).finally(() => this.unsettled.delete(settled));
    this.unsettled.add(settled);
  }
}

/**
 * The work's outcome, or the connection's error if it closes first (queries postgres.js had
 * not sent yet then never settle).
 */
function unlessLost<T>(held: Held, work: PromiseLike<T>): Promise<T> {
  // Once into a native promise: a Drizzle query is a thenable that runs again on every then().
  const settled = Promise.resolve(work);
  settled.catch(() => {}); // raced: a work left behind by a lost connection must not go unhandled
  return Promise.race([settled, held.lost]);
}
