/**
 * A value made on first use and shared afterwards: how SDKs and big modules stay out of a
 * function's cold start (dynamic import inside `make`). A failed make is not cached, so a
 * transient failure is retried on the next use.
 */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () =>
    made ??= make().catch((err) => {
      made = undefined;
      throw err;
    });
}
