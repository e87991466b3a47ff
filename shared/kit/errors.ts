/** Why a generation has no brand kit (routes answer 404 with the details). */
export class KitUnavailable extends Error {
  override name = "KitUnavailable";
  constructor(message: string, readonly details?: Record<string, unknown>) {
    super(message);
  }
}
