import { SyncRefusal } from './errors';

/**
 * Check a sync server address before anything connects. Only ws:// and wss://; plain ws:// only
 * to this computer (loopback), where nothing crosses a network: a team token and trip data sent
 * in clear text over a network could be read on the way. Compares the parsed URL's hostname,
 * never substrings ("ws://127.0.0.1.evil.example" is not loopback).
 */
export function checkServerUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SyncRefusal(`not a server address: ${text.slice(0, 100)} (use wss://host:port)`, 'bad_url');
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw new SyncRefusal(`a sync server address starts with wss:// (or ws:// on this computer), not ${url.protocol}//`, 'bad_url');
  }
  if (url.username || url.password) throw new SyncRefusal('put the team token in --token, not in the server address', 'bad_url');
  if (url.protocol === 'ws:' && !isLoopback(url.hostname)) {
    throw new SyncRefusal(`plain ws:// is allowed only to this computer; use wss://${url.host} for ${url.hostname}`, 'bad_url');
  }
  return url;
}

export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
