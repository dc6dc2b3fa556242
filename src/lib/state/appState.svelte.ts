/**
 * The shared app state, kept in step with the URL: `navigate` pushes a history entry, and
 * back/forward (popstate) restore the state from the URL. Pure parsing lives in urlState.ts.
 */
import { browserStore } from './savedSelection.ts';
import {
  nextState,
  readUrl,
  serializeState,
  type AppState,
  type UrlNotice,
  type View,
} from './urlState.ts';
import { viewFields } from './viewScope.ts';

const store = browserStore();
const initial = readUrl(typeof location === 'undefined' ? '' : location.search, store);

class AppStore {
  state = $state<AppState>(initial.state);
  /** What the app says about the URL it was opened with (too long, unknown saved selection). */
  notice = $state<UrlNotice | null>(initial.notice);
  /** Each view's filters as last left in this tab, so the navigation returns to them. */
  private left: Partial<Record<View, Partial<AppState>>> = {};

  constructor() {
    if (typeof window === 'undefined') return;
    // A URL too long to read is replaced by the one of the state shown.
    if (initial.notice === 'tooLong') history.replaceState(null, '', location.pathname);
    window.addEventListener('popstate', () => {
      const { state, notice } = readUrl(location.search, store);
      this.state = state;
      this.notice = notice;
    });
  }

  /** Applies a change and records it in the URL (a new history entry unless `replace`). */
  navigate(patch: Partial<AppState>, options: { replace?: boolean } = {}): void {
    const next = nextState(this.state, patch);
    if (next.view !== this.state.view) this.left[this.state.view] = viewFields(this.state);
    const url = `${location.pathname}${serializeState(next, store)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (options.replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    this.state = next;
    this.notice = null;
  }

  /** Going to `view` as the navigation does: with the filters it had when it was left. */
  viewPatch(view: View): Partial<AppState> {
    return { ...this.left[view], view };
  }

  /** The link that reproduces the state with a change applied (for real `<a href>`s). */
  href(patch: Partial<AppState>): string {
    return `${location.pathname}${serializeState(nextState(this.state, patch), store)}`;
  }
}

export const app = new AppStore();
