// The guides Shenbao ships. Every front end takes its pack from here, so a new year's guide is a
// new pack folder and one more entry in this list, not an edit at each place that checks.
import { hunan2022 } from './hunan-2022';
import type { RulePack } from './schema';

/** The built-in packs, newest first. */
export const builtInPacks: readonly RulePack[] = [hunan2022];

/** The pack a check uses when the user has chosen none: the newest guide. */
export const defaultPack: RulePack = builtInPacks[0];
