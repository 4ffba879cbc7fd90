import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const tabRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The tab is served by the bot's web server under /tab/, with the API on the same origin
 * under /api/v1/. In `vite dev` the API calls are proxied to the locally running server.
 */
export default defineConfig({
  root: tabRoot,
  base: '/tab/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': process.env['SAMORDNA_API_URL'] ?? 'http://localhost:3978',
    },
  },
});
