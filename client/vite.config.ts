import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The config lives in client/ but is run from the repo root (`vite build --config client/vite.config.ts`).
const clientDir = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://localhost:3000';
// The M&E exports are files the server writes; /reports itself is a page of the client.
const proxy = { '/graphql': api, '/healthz': api, '^/reports/[a-z-]+\\.(csv|xlsx|pdf)$': api };

// Libraries change less often than the app: separate chunks stay cached across releases.
const vendorChunks: Record<string, RegExp> = {
  react: /node_modules\/(react|react-dom|scheduler|react-router|cookie|set-cookie-parser)\//,
  apollo: /node_modules\/(@apollo|graphql|rxjs|optimism|@wry|tslib|ts-invariant)\//,
  i18n: /node_modules\/(i18next|react-i18next|i18next-browser-languagedetector|html-parse-stringify|void-elements)\//,
};

function manualChunks(id: string): string | undefined {
  return Object.entries(vendorChunks).find(([, pattern]) => pattern.test(id))?.[0];
}

export default defineConfig({
  root: clientDir,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    // Venues in border towns have weak connections: keep an eye on chunk sizes.
    chunkSizeWarningLimit: 400,
    rollupOptions: { output: { manualChunks } },
  },
  server: { proxy },
  preview: { proxy },
});
