import { checkLogo, type LogoProblem } from '../../../../shared/settings/logo';

/**
 * A chosen logo file, checked here by its bytes (a message in the user's language at once) and
 * sent as base64; the core checks it again.
 */
export async function readLogoFile(file: File): Promise<{ ok: true; base64: string } | { ok: false; problem: LogoProblem }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkLogo(bytes);
  if (!check.ok) return check;
  return { ok: true, base64: toBase64(bytes) };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode(...a million bytes) overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
