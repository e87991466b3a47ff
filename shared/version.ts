/** Released version of the backend, reported by health. Bumped with each release. */
export const VERSION = "0.1.0";
