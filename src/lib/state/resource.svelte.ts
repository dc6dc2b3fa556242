/**
 * The result of an async load as reactive state. `load` may be called again before the previous
 * load ends: only the latest one is kept, and the previous value stays until it arrives.
 */
export class Resource<T> {
  // Raw: loaded data is replaced, never mutated, and a deep proxy over 10⁵ rows costs seconds.
  value = $state.raw<T | undefined>(undefined);
  error = $state<string | null>(null);
  loading = $state(false);
  /** Bumped on every successful load: lets views mark which state their chart shows. */
  version = $state(0);
  private token = 0;

  /** Loads a value; `early` shows a first version while the rest comes (if still the latest). */
  load(fn: (early: (value: T) => void) => Promise<T>): void {
    const token = ++this.token;
    this.loading = true;
    const early = (value: T) => {
      if (token === this.token) this.value = value;
    };
    fn(early).then(
      (value) => {
        if (token !== this.token) return;
        this.value = value;
        this.error = null;
        this.loading = false;
        this.version++;
      },
      (err: unknown) => {
        if (token !== this.token) return;
        this.error = err instanceof Error ? err.message : String(err);
        this.loading = false;
      },
    );
  }
}
