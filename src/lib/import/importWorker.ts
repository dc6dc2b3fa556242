/**
 * The import worker: extracts dropped files off the page's main thread, so the page stays
 * responsive through a batch of hundreds. pdf.js runs its own worker, served with the app (Vite
 * `?url`), never fetched from elsewhere.
 */
import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url';
import { setPdfWorkerSrc } from '../sources/pdf.ts';
import { importFiles } from './importFiles.ts';
import { openUserStore } from './userStore.ts';
import { keptReport, userReports } from './userReports.ts';
import type { WorkerReply, WorkerRequest } from './workerMessages.ts';

// pdf.js itself is loaded only when a PDF comes: a batch of texts never waits for it.
setPdfWorkerSrc(pdfWorkerUrl);

const post = (reply: WorkerReply) => postMessage(reply);

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { batch, files } = event.data;
  const inputs = files.map(({ name, file }) => ({
    name,
    size: file.size,
    bytes: async () => new Uint8Array(await file.arrayBuffer()),
  }));
  importFiles(inputs, (index, line) => post({ kind: 'file', batch, index, line }))
    .then(async (output) => {
      const entries = userReports(output, 'file').map(keptReport);
      // Kept here: serialising a batch of reports would hold the page's thread for a while.
      await (await openUserStore()).put(entries);
      post({ kind: 'done', batch, entries });
    })
    .catch((error: unknown) => post({ kind: 'failed', batch, message: String(error) }));
});
