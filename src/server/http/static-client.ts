import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';

/** Serves the built client, with index.html for client-side routes (/j/123456 and the like). */
export function staticClient(clientDir: string): express.Router {
  const router = express.Router();
  const index = path.join(clientDir, 'index.html');
  router.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!api\/|socket\.io\/).*/, (_req, res) => {
    if (existsSync(index)) res.sendFile(index, { maxAge: 0 });
    else res.status(503).type('text/plain').send('The client is not built yet: run `npm run build` (npm start does it).');
  });
  return router;
}
