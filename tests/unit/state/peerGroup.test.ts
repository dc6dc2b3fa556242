import { expect, test } from 'vitest';
import { peerGroup } from '../../../src/lib/state/peerGroup.ts';

const BODIES = [
  { body_key: '海坛', body_level: 'township', city: '平潭', province: '福建省' },
  { body_key: '二道区', body_level: 'district_county', city: '长春市', province: '吉林省' },
  { body_key: '无地名', body_level: null, city: null, province: null },
];

test.each([
  ['chosen', ['海坛', '二道区'], { bodies: ['海坛', '二道区'] }],
  ['level', ['二道区', '海坛'], { level: 'district_county' }],
  ['city', ['海坛'], { city: '平潭' }],
  ['province', ['二道区'], { province: '吉林省' }],
  ['all', ['海坛'], {}],
  ['city', [], {}],
  ['city', ['无地名'], {}],
] as const)('peerGroup(%s, %j) is %j', (peer, chosen, want) => {
  expect(peerGroup(peer, [...chosen], BODIES)).toEqual(want);
});
