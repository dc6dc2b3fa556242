/**
 * The figures a report's prose may state, from its tables (the narrative twin of a table figure
 * equals it in a clean report) or, for figures no table prints, drawn here.
 */
import { amount } from './draw.ts';
import type { Values } from './figures/values.ts';
import type { Profile } from './profile.ts';
import type { Rng } from './random.ts';
import type { TemplateId } from './types.ts';

export function proseFigures(
  template: TemplateId,
  values: Values,
  profile: Profile,
  rng: Rng,
): Record<string, number> {
  if (template === 't2019' || template === 't2021') {
    const fee = template === 't2021' && rng.chance(0.2) ? rng.int(1, 60) * 10 : 0;
    return {
      text_app_received: values.get('app_new_received', 'total'),
      text_review_total: values.get('rev_total'),
      text_litig_total: values.get('lit_direct_total') + values.get('lit_after_rev_total'),
      text_pro_info_total: amount(rng, profile.info * 1.5),
      info_processing_fee: fee,
    };
  }
  return {
    text_app_received: values.get('app_received'),
    text_review_total: values.get('review_total'),
    text_litig_total: values.get('litig_total'),
    text_pro_info_total: values.get('pro_info_total'),
    info_processing_fee: 0,
  };
}
