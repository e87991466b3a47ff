/**
 * A postgres.js connection reserved for one transaction, given up the moment it closes.
 *
 * When a reserved connection's socket closes, postgres.js takes the connection back and may
 * hand it, reconnected, to the next caller waiting for the pool. A transaction that went on
 * using its reservation would then send its next query on that fresh session: outside the
 * transaction, as the pool's login role, past RLS. Or onto no socket at all, which throws
 * where nobody can catch it. So once the connection closes, a Held refuses every query, its
 * `lost` promise rejects (the transaction fails with CONNECTION_CLOSED, as in postgres.js's
 * own `begin`), and it never releases the connection: the pool already has it.
 *
 * Transactions wait for a connection at a Semaphore, not inside postgres.js: postgres.js loses a
 * reservation that is waiting when a connection closes (it reconnects the connection for that
 * reservation, then never hands it over), and the request would hang.
 */
import type { ReservedSql, Sql } from "postgres";
import type { Semaphore } from "../semaphore.ts";

/** postgres.js's connection object, as its `onexecute` query option hands it over. */
interface Connection {
  onclose?: ((error: Error) => void) | null;
}

/**
 * How long a transaction may hold a connection. Past it the connection is taken for stuck
 * (seen under repeated backend terminations: a query that is never answered and a close that
 * is never reported): the transaction fails and gives its place up, without releasing the
 * connection. Our transactions take milliseconds; the edge wall-clock limit is 150 s.
 */
const HOLD_LIMIT_MS = 60_000;

export class Held {
  /** Rejects with the connection's error when it closes. */
  readonly lost: Promise<never>;
  /** The connection for the transaction's queries; it throws once the connection closed. */
  readonly sql: ReservedSql;
  private closedBy?: Error;
  private connection?: Connection;
  private lose!: (error: Error) => void;
  private ended = false;
  private left = false;
  private readonly limit: ReturnType<typeof setTimeout>;

  private constructor(private readonly reserved: ReservedSql, private readonly gate: Semaphore) {
    this.lost = new Promise<never>((_, reject) => this.lose = reject);
    this.lost.catch(() => {}); // raced, not always awaited
    this.limit = setTimeout(() => {
      this.closedBy ??= new Error(`the database connection did not answer in ${HOLD_LIMIT_MS} ms`);
      this.lose(this.closedBy);
      this.leave();
    }, HOLD_LIMIT_MS);
    this.sql = new Proxy(reserved, {
      get: (target, key) =>
        key === "unsafe"
          ? (...args: Parameters<ReservedSql["unsafe"]>) => {
            if (this.closedBy) throw this.closedBy;
            return target.unsafe(...args);
          }
          : Reflect.get(target, key),
    });
  }

  static async reserve(pool: Sql, gate: Semaphore): Promise<Held> {
    await gate.acquire();
    try {
      return new Held(await pool.reserve(), gate);
    } catch (error) {
      gate.release();
      throw error;
    }
  }

  /** Sends BEGIN, which also tells this Held when its connection closes. */
  begin(access: string) {
    const watch = { onexecute: (connection: Connection) => this.watch(connection) };
    return this.sql.unsafe(`begin ${access}`, [], watch as never).execute();
  }

  /**
   * COMMIT or ROLLBACK (once per Held); then the connection goes back to the pool, unless it
   * closed, and the next transaction in line may go.
   */
  end(how: "commit" | "rollback"): Promise<void> {
    if (this.ended) throw new Error("a held connection is ended once");
    this.ended = true;
    if (this.closedBy) {
      this.leave();
      return Promise.reject(this.closedBy);
    }
    const ending = this.reserved.unsafe(how).execute().then(
      () => this.release(),
      (error) => {
        this.release();
        throw error;
      },
    );
    return Promise.race([ending, this.lost]);
  }

  private watch(connection: Connection): true {
    this.connection = connection;
    connection.onclose = (error) => {
      this.closedBy = error ?? new Error("CONNECTION_CLOSED");
      this.lose(this.closedBy);
    };
    return true; // postgres.js reads a falsy answer as "connection busy" and stops pipelining
  }

  private release() {
    if (!this.closedBy) {
      if (this.connection) this.connection.onclose = null;
      this.reserved.release();
    }
    this.leave();
  }

  /** Gives this transaction's place at the gate to the next, once. */
  private leave() {
    if (this.left) return;
    this.left = true;
    clearTimeout(this.limit);
    this.gate.release();
  }
}
