/** Where start-up is: the engine, then each data file's bytes, then the views. */
export interface LoadProgress {
  phase: 'engine' | 'files' | 'tables' | 'ready';
  engineDone: boolean;
  files: Record<string, { loaded: number; total: number | null; done: boolean }>;
}

/** Share of the start-up done, 0–1 (the engine counts as a third; files by bytes). */
export function progressShare(p: LoadProgress): number {
  if (p.phase === 'ready') return 1;
  const files = Object.values(p.files);
  const loaded = files.reduce((s, f) => s + (f.done ? (f.total ?? f.loaded) : f.loaded), 0);
  const total = files.reduce((s, f) => s + (f.total ?? Math.max(f.loaded, 1)), 0);
  const fileShare = total > 0 ? loaded / total : 0;
  const tables = p.phase === 'tables' ? 0.1 : 0;
  return Math.min(0.99, (p.engineDone ? 0.3 : 0) + fileShare * 0.6 + tables);
}
