import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageSettings } from '../../core/documents/page-settings';
import { launchPdfPrinter, type PdfPrinter } from '../../core/documents/printer';
import { readPdf } from './pdf-reader';

/**
 * The printer reuses warm pages (two here, fewer than the prints asked for at once): documents
 * printed one after another or at the same time each come out as themselves, no script state of
 * one document is seen by the next, nothing is fetched, and a failed print does not spoil the
 * printer. Real Chromium, read back with pdf.js.
 */
let printer: PdfPrinter;
const page = pageSettings('a4', '<span></span>', '<span></span>');
const text = async (pdf: Uint8Array) => (await readPdf(pdf)).pages.join('\n');

beforeAll(async () => {
  printer = await launchPdfPrinter({ pages: 2 });
}, 60_000);
afterAll(async () => {
  await printer?.close();
});

describe('the pooled PDF printer', () => {
  it('prints more documents at once than it has pages, each with its own text', async () => {
    const names = ['Teljebäck', 'Åsa Öberg', 'Jinan', 'Shenyang', 'Göteborg'];
    const pdfs = await Promise.all(names.map((name) => printer.print(`<!DOCTYPE html><html><body><p>Document ${name}</p></body></html>`, page)));
    for (const [i, pdf] of pdfs.entries()) {
      const body = await text(pdf);
      expect(body).toContain(`Document ${names[i]}`);
      for (const other of names.filter((_, j) => j !== i)) expect(body).not.toContain(`Document ${other}`);
    }
  });

  it('gives every document a fresh window: a global set by one document is gone in the next', async () => {
    const setter = '<!DOCTYPE html><html><body><p>first</p><script>window.leaked = "LEAKED";</script></body></html>';
    const reader =
      '<!DOCTYPE html><html><body><p id="out">none</p>' +
      '<script>document.getElementById("out").textContent = "seen " + String(window.leaked) + " " + typeof window.leaked;</script></body></html>';
    // Both pages of the pool print the setter, so whichever page prints the reader has run it.
    await Promise.all([printer.print(setter, page), printer.print(setter, page)]);
    const body = await text(await printer.print(reader, page));
    expect(body).toContain('seen undefined undefined');
    expect(body).not.toContain('LEAKED');
  });

  it('fetches nothing: a live server on this machine sees no request of any kind', async () => {
    const seen: string[] = [];
    const server = http.createServer((request, response) => {
      seen.push(request.url ?? '');
      response.end('x');
    });
    server.on('upgrade', (request: http.IncomingMessage, socket: Duplex) => {
      seen.push(`websocket ${request.url}`);
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const at = (name: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/${name}`;
      const html =
        `<!DOCTYPE html><html><head><link rel="stylesheet" href="${at('css')}"><link rel="preload" as="image" href="${at('preload')}">` +
        `<style>@import url(${at('import')}); body{background:url(${at('background')})}</style></head>` +
        `<body><p id="out">pending</p><iframe src="${at('frame')}"></iframe>` +
        `<img src="${at('image')}" onload="document.getElementById('out').textContent='image loaded'" onerror="document.getElementById('out').textContent='image blocked'">` +
        `<script>fetch('${at('fetch')}').catch(() => {}); navigator.sendBeacon('${at('beacon')}', 'x');` +
        `try { new WebSocket('${at('socket').replace('http', 'ws')}'); } catch {}</script></body></html>`;
      expect(await text(await printer.print(html, page))).toContain('image blocked');
      // A font from elsewhere cannot load, so the print fails rather than use a fallback font.
      const farFont = `<!DOCTYPE html><html><head><style>@font-face{font-family:Far;src:url(${at('font')})}</style></head><body><p style="font-family:Far">x</p></body></html>`;
      await expect(printer.print(farFont, page)).rejects.toThrow('Fonts failed to load');
      // Whatever the page started has had time to reach the server.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(seen).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('waits only for the faces the text uses: a declared face nothing is set in is not loaded', async () => {
    // As the programme's unused semi-bold Chinese chunks: declared, never needed, never fetched.
    const unused =
      "<!DOCTYPE html><html><head><style>@font-face{font-family:'Unused';font-weight:600;src:url(data:font/woff2;base64,AAAA) format('woff2');}</style></head>" +
      '<body><p>regular text</p></body></html>';
    expect(await text(await printer.print(unused, page))).toContain('regular text');
  });

  it('a print whose fonts fail is reported, and the printer prints the next document', async () => {
    // The text is set in the broken face: only faces the text uses are loaded and waited for.
    const broken =
      "<!DOCTYPE html><html><head><style>@font-face{font-family:'Broken';src:url(data:font/woff2;base64,AAAA) format('woff2');}</style></head>" +
      "<body><p style=\"font-family:'Broken'\">x</p></body></html>";
    await expect(printer.print(broken, page)).rejects.toThrow('Fonts failed to load');
    const results = await Promise.all([1, 2, 3].map((n) => printer.print(`<!DOCTYPE html><p>after ${n}</p>`, page)));
    for (const [i, pdf] of results.entries()) expect(await text(pdf)).toContain(`after ${i + 1}`);
  });
});
