import { openApp } from '../../scripts/lib/browser.ts';
import { englishSteps } from './english.ts';
import { accessSteps } from './access.ts';
import { bodySteps } from './body.ts';
const app = await openApp();
try {
  await englishSteps(app.browser, app.origin);
  await bodySteps(app.browser, app.origin);
  await accessSteps(app.browser, app.origin);
  console.log('ALL OK');
} catch (e) { console.log('FAIL', (e as Error).message.slice(0, 3000)); }
process.exit(0);
