import type { ExportedFile } from '../../../../shared/minutes.js';

/**
 * Getting an exported file to the user. In Electron the preload may offer a native save dialog
 * (`window.convene.saveFile`) and "show in folder" (`window.convene.showInFolder`); they are added
 * by the shell, so this code only assumes what it checks. Everywhere else: a download.
 */

interface NativeFiles {
  saveFile?: (file: { fileName: string; base64: string; mime: string }) => Promise<unknown>;
  showInFolder?: (path: string) => unknown;
}

function native(): NativeFiles | undefined {
  return (window as unknown as { convene?: NativeFiles }).convene;
}

export function canSaveNatively(): boolean {
  return typeof native()?.saveFile === 'function';
}

export function canShowInFolder(): boolean {
  return typeof native()?.showInFolder === 'function';
}

export function showInFolder(path: string) {
  void Promise.resolve(native()?.showInFolder?.(path)).catch(() => undefined);
}

/** Thrown when the native save failed; `detail` is what the shell said, for the toast. */
export class SaveFailed extends Error {
  readonly detail: unknown;
  constructor(detail: unknown) {
    super('save failed');
    this.detail = detail;
  }
}

/**
 * What `saveFile` resolves to, read leniently: a path, null/undefined/'' when the user cancelled,
 * a Result ({ ok, value } / { ok: false, error }), or Electron's own { canceled, filePath }.
 */
export function savedPath(answer: unknown): string | null {
  if (typeof answer === 'string') return answer || null;
  if (answer === null || answer === undefined || typeof answer !== 'object') return null;
  const record = answer as Record<string, unknown>;
  if (record.ok === false) throw new SaveFailed(record.error);
  if (record.ok === true) return savedPath(record.value);
  if (record.canceled === true || record.cancelled === true) return null;
  for (const field of ['filePath', 'path']) if (typeof record[field] === 'string') return (record[field] as string) || null;
  return null;
}

/** Saves through the native dialog. Resolves to the saved path, or null when the user cancelled. */
export async function saveNatively(file: ExportedFile): Promise<string | null> {
  const save = native()?.saveFile;
  if (!save) return null;
  return savedPath(await save({ fileName: file.fileName, base64: file.base64, mime: file.mime }));
}

export function blobOf(file: Pick<ExportedFile, 'base64' | 'mime'>): Blob {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: file.mime });
}

/** The browser's download: a temporary object URL on an <a download> with the file's own name. */
export function download(file: ExportedFile) {
  const url = URL.createObjectURL(blobOf(file));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the download to start, even for a large file on a slow disk.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Opens an HTML export in a new tab and asks it to print (the browser's "Save as PDF"). Returns
 * false when the browser blocked the tab (the call did not follow a click closely enough); the
 * caller then offers a button, whose click is allowed to open it.
 */
export function openPrintable(file: ExportedFile): boolean {
  const url = URL.createObjectURL(blobOf(file));
  const tab = window.open(url, '_blank');
  if (!tab) {
    URL.revokeObjectURL(url);
    return false;
  }
  const print = () => {
    try {
      tab.focus();
      tab.print();
    } catch {
      // The user can still print from the tab's own menu.
    }
  };
  if (tab.document.readyState === 'complete' && tab.location.href === url) print();
  else tab.addEventListener('load', print, { once: true });
  window.setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
  return true;
}

/** Reads a picked file as standard base64 (what bundle.import takes). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : '');
    };
    reader.readAsDataURL(file);
  });
}
