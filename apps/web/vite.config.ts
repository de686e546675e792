import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const lib = (name: string) =>
  fileURLToPath(new URL(`../../libs/${name}/src/index.ts`, import.meta.url));

/** Only the coverage dashboard draws charts: recharts and its own dependencies load with it. */
const CHART_LIBRARIES =
  /\/node_modules\/(recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs\/toolkit|react-redux|redux|redux-thunk|reselect|immer|decimal\.js-light)\//;

/**
 * Libraries change less often than the app: one vendor chunk stays cached across releases.
 * (Finer vendor splits create circular chunk imports that break React's initialisation.)
 */
const vendorChunk = (id: string): string | undefined =>
  CHART_LIBRARIES.test(id) ? 'charts' : id.includes('/node_modules/') ? 'vendor' : undefined;

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@loa/contracts': lib('contracts'), '@loa/coverage': lib('coverage') } },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { output: { manualChunks: vendorChunk } },
  },
});
