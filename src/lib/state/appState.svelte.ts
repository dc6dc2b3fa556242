/**
 * The shared app state, kept in step with the URL: `navigate` pushes a history entry, and
 * back/forward (popstate) restore the state from the URL. Pure parsing lives in urlState.ts.
 */
import { nextState, parseState, serializeState, type AppState } from './urlState.ts';

class AppStore {
  state = $state<AppState>(parseState(typeof location === 'undefined' ? '' : location.search));

  constructor() {
    if (typeof window === 'undefined') return;
    window.addEventListener('popstate', () => {
      this.state = parseState(location.search);
    });
  }

  /** Applies a change and records it in the URL (a new history entry unless `replace`). */
  navigate(patch: Partial<AppState>, options: { replace?: boolean } = {}): void {
    const next = nextState(this.state, patch);
    const url = `${location.pathname}${serializeState(next)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (options.replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    this.state = next;
  }

  /** The link that reproduces the state with a change applied (for real `<a href>`s). */
  href(patch: Partial<AppState>): string {
    return `${location.pathname}${serializeState(nextState(this.state, patch))}`;
  }
}

export const app = new AppStore();
