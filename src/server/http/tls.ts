import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { generate } from 'selfsigned';
import type { Config } from '../config.ts';

export interface TlsMaterial {
  cert: string;
  key: string;
}

/**
 * Certificate and key for HTTPS, or null for plain HTTP. Phones on a LAN need a secure context
 * for camera, location and WebXR; a self-signed certificate (made once, kept in DATA_DIR/tls,
 * naming this machine's LAN addresses) lets them in after one browser warning.
 */
export async function loadTls(config: Config): Promise<TlsMaterial | null> {
  if (!config.tls) return null;
  if ('certFile' in config.tls) {
    return { cert: await readFile(config.tls.certFile, 'utf8'), key: await readFile(config.tls.keyFile, 'utf8') };
  }
  const dir = path.join(config.dataDir, 'tls');
  const certFile = path.join(dir, 'self-signed.crt');
  const keyFile = path.join(dir, 'self-signed.key');
  if (existsSync(certFile) && existsSync(keyFile)) {
    return { cert: await readFile(certFile, 'utf8'), key: await readFile(keyFile, 'utf8') };
  }
  const lanIps = Object.values(networkInterfaces())
    .flat()
    .filter((n) => n && !n.internal)
    .map((n) => n!.address);
  const altNames = [
    { type: 2 as const, value: 'localhost' },
    ...['127.0.0.1', ...lanIps].map((ip) => ({ type: 7 as const, ip })),
  ];
  const pems = await generate([{ name: 'commonName', value: 'Gongjian local' }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 365 * 24 * 3600 * 1000),
    extensions: [{ name: 'subjectAltName', altNames }],
  });
  await mkdir(dir, { recursive: true });
  await writeFile(keyFile, pems.private, { mode: 0o600 });
  await writeFile(certFile, pems.cert);
  return { cert: pems.cert, key: pems.private };
}
