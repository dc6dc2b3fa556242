/** The bodies a ranking compares: the chosen ones, or the peers of the first chosen body. */
import type { BodyRow } from '../sql/bodiesQuery.ts';
import type { PeerGroup } from '../sql/seriesQuery.ts';
import type { Peer } from './urlState.ts';

/**
 * The filter of `rankingQuery` for `peer`. Level, city and province are those of the first chosen
 * body (the anchor); without a chosen body, or when the anchor has no such place, every body.
 */
export function peerGroup(
  peer: Peer,
  chosen: string[],
  bodies: Pick<BodyRow, 'body_key' | 'body_level' | 'city' | 'province'>[],
): PeerGroup {
  const anchor = bodies.find((b) => b.body_key === chosen[0]);
  if (peer === 'chosen') return { bodies: chosen };
  if (peer === 'level' && anchor?.body_level) return { level: anchor.body_level };
  if (peer === 'city' && anchor?.city) return { city: anchor.city };
  if (peer === 'province' && anchor?.province) return { province: anchor.province };
  return {};
}
