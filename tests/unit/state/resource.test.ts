import { describe, expect, it } from 'vitest';
import { Resource } from '../../../src/lib/state/resource.svelte.ts';

describe('Resource', () => {
  it('keeps only the latest of overlapping loads', async () => {
    const r = new Resource<string>();
    let finishFirst: (v: string) => void = () => {};
    r.load(() => new Promise<string>((resolve) => (finishFirst = resolve)));
    r.load(async () => 'second');
    await new Promise((resolve) => setTimeout(resolve, 0));
    finishFirst('first');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(r.value).toBe('second');
  });
});
