/**
 * The SDKs' own timeout only backs up the client's per-attempt timeout (which aborts the
 * request through its signal); it is set to the edge wall-clock limit.
 */
export const SDK_TIMEOUT_MS = 150_000;
