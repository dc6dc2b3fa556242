/**
 * The import worker: extracts dropped files off the page's main thread, so the page stays
 * responsive through a batch of hundreds. pdf.js runs its own worker, served with the app (Vite
 * `?url`), never fetched from elsewhere.
 */
import { GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';
import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url';
import { importFiles } from './importFiles.ts';
import { keptReport, userReports } from './userReports.ts';
import type { WorkerReply, WorkerRequest } from './workerMessages.ts';

GlobalWorkerOptions.workerSrc = pdfWorkerUrl;

const post = (reply: WorkerReply) => postMessage(reply);

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { batch, files } = event.data;
  const inputs = files.map(({ name, file }) => ({
    name,
    size: file.size,
    bytes: async () => new Uint8Array(await file.arrayBuffer()),
  }));
  importFiles(inputs, (index, line) => post({ kind: 'file', batch, index, line })).then(
    (output) => post({ kind: 'done', batch, entries: userReports(output, 'file').map(keptReport) }),
    (error: unknown) => post({ kind: 'failed', batch, message: String(error) }),
  );
});
