/**
 * Moved to src/lib/pipeline/ (files -> sources -> extract -> cross-report steps); re-exported here
 * so existing imports keep working.
 */
export { extractBatch, type BatchInput, type BatchOutput } from '../pipeline/extractBatch.ts';
export { baseName, emptyReport } from '../pipeline/listedReport.ts';
