import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import type { Database, Db } from "../../shared/db/client.ts";

/**
 * Embedded Postgres for the local stack and tests. Deployed functions never load it:
 * they always have a database URL. `loadDataDir` restores a dumped, migrated template.
 */
export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob } = {},
): Promise<Database & { pglite: PGlite }> {
  const pglite = new PGlite({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  await pglite.waitReady;
  return {
    kind: "pglite",
    pglite,
    db: drizzle(pglite) as unknown as Db,
    exec: async (script) => void await pglite.transaction((tx) => tx.exec(script)),
    close: () => pglite.close(),
  };
}
