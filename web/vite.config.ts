import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = process.env.DEALFLOW_API_URL ?? 'http://localhost:3000';

/** The web app; `npm run dev:web` serves it with hot reload and sends API calls to the running `npm start`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2_500 },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    // The API accepts cookie writes from its own origin only; through the proxy, the page's origin is Vite's, so say the API's.
    proxy: Object.fromEntries(
      ['/api', '/readyz', '/healthz'].map((p) => [p, { target: api, configure: (proxy) => proxy.on('proxyReq', (req) => req.setHeader('origin', api)) }]),
    ),
  },
});
