import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Path safety for both servers of the renderer's built files — the browser mode's static files
 * (core/web) and Electron's app:// protocol — so a fix to one is a fix to both.
 */

/**
 * Whether `candidate` lies inside `rootDir` (not equal to it). Uses path.relative rather than
 * `startsWith(root)`, which would accept a sibling such as `/srv/renderer-old/secret`.
 */
export function isStrictlyInside(rootDir: string, candidate: string): boolean {
  const inside = path.relative(path.resolve(rootDir), path.resolve(candidate));
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${path.sep}`) && !path.isAbsolute(inside);
}

/**
 * The real path (and size) of `candidate` when, after following every symlink on the way, it is a regular
 * file inside `realRoot` (itself a realpath); otherwise null. A lexical check alone lets a
 * symlink in the renderer folder (`assets/x.js -> /home/me/.ssh/id_rsa`) serve any file.
 *
 * Hazard: the answer is only as good as the moment it was taken; read the returned path, not
 * `candidate`, so a link swapped in afterwards is not followed.
 */
export async function realFileInside(realRoot: string, candidate: string): Promise<{ filePath: string; size: number } | null> {
  try {
    const filePath = await realpath(candidate);
    if (!isStrictlyInside(realRoot, filePath)) return null;
    const info = await stat(filePath);
    return info.isFile() ? { filePath, size: info.size } : null;
  } catch {
    return null; // missing, unreadable or a loop: all "not found"
  }
}
