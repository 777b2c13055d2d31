import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/**
 * Downloading the room's paper (sign-in sheet, name cards, seating plan) from a session's Export
 * menu, or a follow-up file from the programme's 督办 box, and reading it back as another program
 * would. Shared by paper.spec.ts, the directory journey and the follow-up specs.
 */

/** Picks `item` in the session's Export menu, saves the file into `dir`, and reads it back. */
export async function downloadPaper(page: Page, item: string, dir: string) {
  await page.getByRole('button', { name: /^(导出|Export)/ }).click();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('menuitem', { name: item }).click()]);
  const saved = path.join(dir, file.suggestedFilename());
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), path: saved, text: textOf(saved) };
}

/** Clicks the button named `name` (e.g. the programme's 督办 box: “督办通报：PDF”) and saves the file it downloads into `dir`. */
export async function downloadByButton(page: Page, name: string, dir: string) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name, exact: true }).click()]);
  const saved = path.join(dir, file.suggestedFilename());
  await file.saveAs(saved);
  return saved;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&apos;': "'" };

/** The words of a file as another reader finds them: every w:t of a Word file in order; pdftotext's text of a PDF. */
export function textOf(file: string): string {
  if (file.endsWith('.pdf')) {
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return run.stdout;
  }
  const xml = spawnSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' }).stdout;
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&[a-z#0-9]+;/g, (e) => ENTITIES[e] ?? e)).filter((t) => t !== '').join('\n');
}

export const squash = (text: string) => text.replace(/\s+/g, '');
/** Where each name first appears in the text (white space ignored: a long name may wrap in its cell). */
export const positions = (text: string, names: string[]) => names.map((n) => squash(text).indexOf(squash(n)));
export const inOrder = (at: number[]) => at.every((p, i) => p >= 0 && (i === 0 || p > at[i - 1]!));
/** The table of a sign-in sheet: from its first column header on (the title says 签到 too). */
export const table = (text: string, firstHeader = '序号') => text.slice(text.indexOf(firstHeader));
