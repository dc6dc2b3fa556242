/** Where the database start-up is: the engine, then attaching the data file. */
export interface LoadProgress {
  phase: 'engine' | 'files' | 'ready';
  engineDone: boolean;
  files: Record<string, { loaded: number; total: number | null; done: boolean }>;
}

/** Share of the start-up done, 0–1 (the engine is most of it; attaching reads a few blocks). */
export function progressShare(p: LoadProgress): number {
  if (p.phase === 'ready') return 1;
  const files = Object.values(p.files);
  const attached = files.length > 0 && files.every((f) => f.done);
  return Math.min(0.99, (p.engineDone ? 0.8 : 0.1) + (attached ? 0.19 : 0));
}
