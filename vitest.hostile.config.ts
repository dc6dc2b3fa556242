/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

/**
 * The hostile-inputs suite (tests/hostile): the CLIs run as child processes on inputs generated
 * at test time, each case under a time and a peak-memory limit; plus fuzzing of the HTML and PDF
 * readers. Files run one after another so peak memory is measured on a quiet machine.
 */
export default defineConfig({
  test: {
    include: ['tests/hostile/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
