import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSyncServer, type SyncServerProcess } from './server-process';
import { bundledEntry } from '../support/node-entry';

/** wss:// with a certificate; plain ws:// only on loopback or behind a declared TLS proxy. */

const servers: SyncServerProcess[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A self-signed certificate for 127.0.0.1 and localhost, made by openssl for this test. */
function selfSignedCertificate(): { cert: string; key: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'delegation-planner-tls-'));
  dirs.push(dir);
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  return { cert, key };
}

function httpsStatus(url: string, ca?: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    https.get(url, { ca, agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on('error', reject);
  });
}

describe('sync server over TLS', () => {
  it('serves wss:// with the given certificate, and laptops that trust it sync through it', async () => {
    const { cert, key } = selfSignedCertificate();
    const sync = await startSyncServer({ args: ['--tls-cert', cert, '--tls-key', key] });
    servers.push(sync);
    expect(sync.url).toMatch(/^wss:\/\/127\.0\.0\.1:\d+$/);
    const httpsUrl = sync.url.replace('wss:', 'https:');
    await expect(httpsStatus(httpsUrl)).rejects.toThrow(/self-signed certificate/);
    expect(await httpsStatus(httpsUrl, readFileSync(cert))).toBe(426);

    const token = await sync.newTeam('sodertalje');
    const received = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [bundledEntry(path.join(import.meta.dirname, 'tls-client.ts')), sync.url, token],
        { env: { ...process.env, NODE_EXTRA_CA_CERTS: cert }, timeout: 90_000 },
        (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
      );
    });
    expect(JSON.parse(received)).toEqual({ t1: 'Södertälje ← Wuxi 无锡' });
  });

  it('listens with plain ws:// on a non-loopback address only when told a TLS proxy is in front', async () => {
    const sync = await startSyncServer({ args: ['--host', '0.0.0.0', '--behind-tls-proxy'] });
    servers.push(sync);
    expect(sync.url).toMatch(/^ws:\/\/0\.0\.0\.0:\d+$/);
  });
});
