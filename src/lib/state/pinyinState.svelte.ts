/**
 * Whether the pinyin of body names can be shown: pinyin-pro is loaded the first time the
 * interface is English, and views showing body names re-render when it arrives.
 */
import { bodyNameEn, bodyPinyin, loadPinyin } from '../i18n/pinyin.ts';
import type { Lang } from './urlState.ts';

class PinyinState {
  ready = $state(false);

  /** Starts loading pinyin-pro when the interface is English (never for Chinese). */
  ensure(lang: Lang): void {
    if (lang !== 'en' || this.ready) return;
    loadPinyin().then(
      () => (this.ready = true),
      () => {}, // without pinyin, names are shown as they are
    );
  }
}

export const pinyinState = new PinyinState();

/** A body's name in `lang`: as it is in Chinese; with its pinyin added in English, once loaded. */
export function bodyLabel(name: string | null | undefined, lang: Lang): string {
  if (!name) return '';
  if (lang === 'zh' || !pinyinState.ready) return name;
  return bodyNameEn(name);
}

/** A body's pinyin in English once loaded (`Erdao Qu Renmin Zhengfu`), '' otherwise. */
export function bodyPinyinLabel(name: string | null | undefined, lang: Lang): string {
  if (!name || lang === 'zh' || !pinyinState.ready) return '';
  return bodyPinyin(name);
}
