/**
 * Total band keys of the built-in loneliness scales that mean severe loneliness: De Jong Gierveld
 * 11 items 9–10 ("ernstig") and 11 ("zeer ernstig"), 6 items 5–6 ("sterk"). For rules such as
 * "keep group activities for later"; a test ties these keys to the shipped scale files. No zod here.
 */
export const severeLonelinessBandKeys: readonly string[] = ['severely-lonely', 'very-severely-lonely'];

export function isSevereLonelinessBand(key: string | undefined): boolean {
  return key !== undefined && severeLonelinessBandKeys.includes(key);
}
