import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server `vite` proxies to in development (`npm run dev` listens on 8080 by default).
const apiTarget = process.env.GONGJIAN_API_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    // The server serves the built client from here (CLIENT_DIR defaults to ./dist/client).
    outDir: 'dist/client',
    emptyOutDir: true,
    // Residents open the QR code in WeChat and in old Android WebViews: lower the syntax to
    // what ES-module browsers of around 2020 understand rather than Vite's modern default.
    target: ['es2020', 'chrome87', 'safari14', 'firefox78', 'edge88'],
  },
  server: {
    proxy: {
      '/api': { target: apiTarget },
      // changeOrigin stays off: the server compares the browser's Origin with the Host header.
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
});
