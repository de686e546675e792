import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const lib = (name: string) =>
  fileURLToPath(new URL(`../../libs/${name}/src/index.ts`, import.meta.url));

/**
 * Libraries change less often than the app: one vendor chunk stays cached across releases.
 * (Finer vendor splits create circular chunk imports that break React's initialisation.)
 */
const vendorChunk = (id: string): string | undefined =>
  id.includes('/node_modules/') ? 'vendor' : undefined;

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
