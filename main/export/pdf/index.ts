/**
 * Standalone HTML to an A4 PDF with headless Chromium, for the CLI and the browser host (Electron
 * prints in its own hidden window: main/app/print-pdf.ts). The page is printed from a private temp
 * folder with scripts off and every host name unresolvable, so nothing in it can run or call out.
 *
 * Scripts are turned off by a Content-Security-Policy put first in the page, not by Chromium's
 * --blink-settings=scriptEnabled=false: with that switch, headless Chromium (156) exits 0 and writes
 * no PDF, since its print path needs the page's script context. A CSP in a meta tag applies to
 * everything after it, and policies only ever add up, so the page's own policy still holds too.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../shared/contract/result.js';
import { findChromium } from './chromium.js';
import { makeScratchDir } from './scratch.js';

export interface PdfOptions {
  /** The browser to use; else CONVENE_CHROMIUM, else the first Chromium, Chrome or Edge found. */
  chromiumPath?: string;
  /** Default 60 s: a first launch on a slow laptop takes a few seconds, a long document a few more. */
  timeoutMs?: number;
}

/** Flags from the team's environment notes, plus the ones that make the print hermetic. */
export function chromiumArgs(userDataDir: string, pdfFile: string, htmlFile: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-dev-shm-usage',
    '--mute-audio',
    // No network: every host name fails to resolve, so even a stray URL cannot be fetched.
    '--host-resolver-rules=MAP * ~NOTFOUND',
    `--user-data-dir=${userDataDir}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${pdfFile}`,
    pathToFileURL(htmlFile).href,
  ];
}

/** No script, plugin, frame, form or fetch; images and fonts only from data: URLs. Styles are left to the page. */
export const PRINT_CSP = "script-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'; img-src data:; font-src data:; media-src 'none'";

/**
 * The page is never seen on a screen, only printed: without this, the browser lays the whole document
 * out for its window when it loads and again when printing ends (a digest of 3,000 table rows took a
 * second per layout). Print media does not match it, so the printed pages are unchanged.
 */
export const PRINT_ONLY_CSS = '@media screen { body { display: none; } }';

/**
 * The page as printed: our CSP first thing in <head>, the body laid out for print only, and A4 paper
 * when the page has no @page rule of its own (Chromium prints on Letter otherwise; a page that asks
 * for A4 landscape keeps it).
 */
export function preparePage(html: string): string {
  let head = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}"><style>${PRINT_ONLY_CSS}</style>`;
  if (!/@page\b/i.test(html)) head += '<style>@page { size: A4; margin: 20mm 18mm; }</style>';
  if (/<head(\s[^>]*)?>/i.test(html)) return html.replace(/<head(\s[^>]*)?>/i, (tag) => `${tag}${head}`);
  // No <head>: the meta goes before any content (charset first, so the UTF-8 declaration still counts).
  return `<!doctype html><meta charset="utf-8">${head}${html.replace(/^\s*<!doctype[^>]*>/i, '')}`;
}

export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  const chromium = findChromium(options.chromiumPath);
  if (!chromium) throw new AppError('invalid_state', { reason: 'pdf_unavailable' });
  const dir = makeScratchDir('pdf');
  try {
    const htmlFile = path.join(dir, 'in.html');
    const pdfFile = path.join(dir, 'out.pdf');
    fs.writeFileSync(htmlFile, preparePage(html));
    const result = await run(chromium, chromiumArgs(path.join(dir, 'profile'), pdfFile, htmlFile), options.timeoutMs ?? 60_000);
    if (result === 'missing') throw new AppError('invalid_state', { reason: 'pdf_unavailable' });
    const pdf = fs.existsSync(pdfFile) ? fs.readFileSync(pdfFile) : null;
    if (!pdf || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw new AppError('invalid_state', { reason: 'pdf_failed' });
    }
    return pdf;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  }
}

/**
 * Runs the browser to its end. Its own process group (POSIX), so a timeout kills the renderer and
 * helper processes too, not only the launcher. Resolves 'missing' when the binary cannot be started.
 */
function run(file: string, args: string[], timeoutMs: number): Promise<'done' | 'missing'> {
  return new Promise((resolve, reject) => {
    const posix = process.platform !== 'win32';
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: posix, windowsHide: true });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      // Keep the tail only: Chromium is chatty, and only the last lines explain a failure.
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    const kill = () => {
      try {
        if (posix && child.pid) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      kill();
      reject(new AppError('invalid_state', { reason: 'pdf_failed' }));
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error.code === 'ENOENT' || error.code === 'EACCES') resolve('missing');
      else reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      // Helpers of a crashed or finished browser must not outlive it and keep the profile folder busy.
      kill();
      if (code === 0) resolve('done');
      else reject(Object.assign(new AppError('invalid_state', { reason: 'pdf_failed' }), { detail: stderr }));
    });
  });
}
