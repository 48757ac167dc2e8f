import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../core/documents/printer';

/**
 * `npm run icons`: draw the PNG, ICO and ICNS icons electron-builder needs from the two SVG
 * sources in resources/ (icon.svg: the app; delegation-file.svg: a .delegation trip file), with
 * the same Chromium the CLI prints with. The outputs are committed (electron-builder reads them
 * from resources/, its buildResources folder); run this again after changing an SVG.
 *
 * No image library: Chromium rasterises the SVG, and ICO and ICNS are simple containers that may
 * hold PNG data as it is (ICO since Windows Vista, ICNS types ic07–ic10), written below.
 */
const resources = path.resolve(import.meta.dirname, '../resources');
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS entry types holding PNG data, by pixel size. */
const ICNS_TYPES: [string, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: findChromium() });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const render = async (svgFile: string, size: number): Promise<Buffer> => {
      const svg = fs.readFileSync(path.join(resources, svgFile), 'utf8');
      await page.setViewportSize({ width: size, height: size });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    };

    const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])].sort((a, b) => a - b);
    const app = new Map<number, Buffer>();
    for (const size of sizes) app.set(size, await render('icon.svg', size));
    fs.mkdirSync(path.join(resources, 'icons'), { recursive: true });
    for (const size of LINUX_SIZES) fs.writeFileSync(path.join(resources, 'icons', `${size}x${size}.png`), app.get(size)!);
    fs.writeFileSync(path.join(resources, 'icon.png'), app.get(1024)!);
    fs.writeFileSync(path.join(resources, 'icon.ico'), ico(ICO_SIZES.map((s) => [s, app.get(s)!])));
    fs.writeFileSync(path.join(resources, 'icon.icns'), icns(ICNS_TYPES.map(([type, s]) => [type, app.get(s)!])));

    const file = new Map<number, Buffer>();
    for (const size of sizes) file.set(size, await render('delegation-file.svg', size));
    fs.writeFileSync(path.join(resources, 'delegation.ico'), ico(ICO_SIZES.map((s) => [s, file.get(s)!])));
    fs.writeFileSync(path.join(resources, 'delegation.icns'), icns(ICNS_TYPES.map(([type, s]) => [type, file.get(s)!])));
  } finally {
    await browser.close();
  }
  console.log(`Wrote the icons in ${path.relative(process.cwd(), resources)}/`);
}

/** An ICO file whose images are PNGs (a 256 px entry is written as size 0, as the format says). */
function ico(images: [number, Buffer][]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(([size, png]) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(([, png]) => png)]);
}

/** An ICNS file of PNG entries: 'icns', total length, then type + length + data per entry (big-endian). */
function icns(images: [string, Buffer][]): Buffer {
  const entries = images.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(8 + entries.reduce((sum, e) => sum + e.length, 0), 4);
  return Buffer.concat([header, ...entries]);
}

await main();
