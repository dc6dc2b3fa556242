import { createBodiesTable } from './bodiesTable.ts';
import { crosswalkSetup } from './conceptsView.ts';
import { rateSetup } from './rateValues.ts';

/** Tables and views built once the four CSV tables are loaded, in order. */
export function viewSetup(): string[] {
  return [createBodiesTable(), ...crosswalkSetup(), ...rateSetup()];
}
