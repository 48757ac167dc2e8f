import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentSettings } from '../../shared/documents/options';
import type { Member } from '../../shared/domain/member';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { renderProgrammeDocument } from './html';
import type { PdfPrinter } from './printer';
import { BIDI_CONTROLS } from '../sharing/file-names';

/** Thrown before any work when an output path cannot be written; the message names the path. */
export class OutputPathError extends Error {
  override name = 'OutputPathError';
}

/** Refuse early (before Chromium starts) a file whose folder is missing or read-only. */
export function assertWritableFile(file: string): void {
  const dir = path.dirname(path.resolve(file));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new OutputPathError(`Cannot write ${file}: it is a folder`);
  assertWritableDir(dir, `Cannot write ${file}`);
}

export function assertWritableDir(dir: string, what = `Cannot write to ${dir}`): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new OutputPathError(`${what}: the folder ${dir} does not exist`);
  }
  if (!stat.isDirectory()) throw new OutputPathError(`${what}: ${dir} is not a folder`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new OutputPathError(`${what}: the folder ${dir} is not writable`);
  }
}

/** Write through a temporary file in the same folder so a failed print never leaves half a PDF. */
export function writeFileAtomically(file: string, data: Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new OutputPathError(`Cannot write ${file} (${reason})`);
  }
}

/** Page count of a Chromium-made PDF (its page objects are plain dictionaries). */
export function countPdfPages(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

export interface PrintedDocument {
  file: string;
  title: string;
  pages: number;
  bytes: number;
}

/** Render and print one programme to `file`. */
export async function exportProgrammePdf(
  printer: PdfPrinter,
  workspace: TripWorkspace,
  settings: DocumentSettings,
  file: string,
): Promise<PrintedDocument> {
  const { html, page, title } = renderProgrammeDocument(workspace, settings);
  const pdf = await printer.print(html, page);
  writeFileAtomically(file, pdf);
  return { file, title, pages: countPdfPages(pdf), bytes: pdf.byteLength };
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name from a member's name that works on Windows, macOS and Linux and keeps the name
 * readable: letters of every script stay (Teljebäck, 王伟), characters that paths forbid or
 * misread (/ \ : * ? " < > | and control characters) become a space, and the result is NFC so
 * "ä" is one character on every system.
 */
export function safeFileName(name: string, maxLength = 80): string {
  let base = name
    .normalize('NFC')
    .replace(BIDI_CONTROLS, '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if ([...base].length > maxLength) base = [...base].slice(0, maxLength).join('').trim();
  if (base === '' || WINDOWS_RESERVED.test(base)) base = `_${base}`;
  return base;
}

/** "Anders Teljebäck.pdf"; a second "Anna Berg" becomes "Anna Berg (2).pdf". */
export function memberFileNames(members: readonly Pick<Member, 'id' | 'name'>[]): Map<string, string> {
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const m of members) {
    const base = safeFileName(m.name);
    let candidate = `${base}.pdf`;
    for (let n = 2; taken.has(candidate.toLocaleLowerCase()); n++) candidate = `${base} (${n}).pdf`;
    taken.add(candidate.toLocaleLowerCase());
    names.set(m.id, candidate);
  }
  return names;
}

export interface BatchProgress {
  index: number;
  total: number;
  member: Member;
  file: string;
}

/**
 * Personal programmes printed at once: Chromium lays out and prints each page in its own renderer
 * process, so up to one page per core prints while this process renders the next member's HTML.
 */
export function printConcurrency(): number {
  return Math.max(1, os.availableParallelism());
}

/**
 * One personal programme per member (precedence order) into `dir`, reusing one browser and
 * printing up to `concurrency` at a time. `onProgress` reports each member as they start, in
 * order. A failure stops further members from starting; the first failure is thrown once the
 * prints under way have finished (so the browser is not closed under them).
 */
export async function exportMemberProgrammes(
  printer: PdfPrinter,
  workspace: TripWorkspace,
  settings: Omit<DocumentSettings, 'memberId'>,
  dir: string,
  onProgress: (progress: BatchProgress) => void = () => {},
  concurrency = printConcurrency(),
): Promise<PrintedDocument[]> {
  assertWritableDir(dir);
  const members = [...workspace.members].sort((a, b) => a.precedence - b.precedence);
  const fileNames = memberFileNames(members);
  const printed: PrintedDocument[] = [];
  let next = 0;
  const failures: unknown[] = [];
  const worker = async () => {
    while (failures.length === 0 && next < members.length) {
      const index = next++;
      const member = members[index]!;
      const file = path.join(dir, fileNames.get(member.id)!);
      onProgress({ index: index + 1, total: members.length, member, file });
      try {
        printed[index] = await exportProgrammePdf(printer, workspace, { ...settings, memberId: member.id }, file);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, members.length)) }, worker));
  if (failures.length > 0) throw failures[0];
  return printed;
}
