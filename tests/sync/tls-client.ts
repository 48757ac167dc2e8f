import { connectClient } from './clients';

/**
 * Run as its own process by server-tls.test.ts, so that NODE_EXTRA_CA_CERTS (read only at
 * startup) makes Node's WebSocket trust the test's self-signed certificate. Two laptops over
 * wss://: one writes, the other must receive it; prints the received value as JSON.
 */
const [url, token] = process.argv.slice(2);
if (url === undefined || token === undefined) throw new Error('usage: tls-client.ts URL TOKEN');

const writer = connectClient(url, 'index', token);
await writer.acknowledged();
writer.doc.getMap('trips').set('t1', 'Södertälje ← Wuxi 无锡');
await writer.acknowledged();
const reader = connectClient(url, 'index', token);
await reader.until((doc) => doc.getMap('trips').has('t1'));
console.log(JSON.stringify(reader.doc.getMap('trips').toJSON()));
writer.destroy();
reader.destroy();
