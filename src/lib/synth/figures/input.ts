/** What a template needs to draw one year of a body's figures. */
import type { Profile } from '../profile.ts';
import type { Rng } from '../random.ts';
import type { RollBreak, RollState } from '../rollover.ts';
import type { Body } from '../types.ts';

export interface YearInput {
  body: Body;
  profile: Profile;
  year: number;
  rng: Rng;
  /** Rolled from the previous year; the template updates it for the next. */
  state: RollState;
  /** An injected break of the roll-over this year, if any. */
  roll?: RollBreak;
}
