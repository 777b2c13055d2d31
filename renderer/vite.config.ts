import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  // Relative asset URLs: the same build loads from file:// in Electron and from the HTTP host.
  base: './',
  plugins: [react()],
  build: {
    outDir: path.resolve(here, '../dist/renderer'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // `npm run dev:renderer` with `convene serve --port 5174` running: the UI hot-reloads, calls go to the host.
    proxy: { '/api': 'http://127.0.0.1:5174' },
  },
});
