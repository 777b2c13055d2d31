import type { ExportProgress } from '../../../shared/minutes.js';

/**
 * PDF exports, one at a time. Each print starts a browser (headless Chromium: a dozen processes and
 * up to a gigabyte; Electron: a hidden window), so twelve exports asked for at once started 111
 * Chromium processes (about 10 GB). Here they wait in order; a waiting export holds only its HTML.
 * `onChange` is called whenever an export joins, starts or leaves, so the exports' windows can say
 * "queued, 2 ahead" or "rendering" (the export.progress channel).
 */
export interface PrintQueue {
  /** Prints when its turn comes; `jobId` (chosen by the caller) lets it ask for its progress. */
  print(html: string, jobId?: string): Promise<Buffer>;
  progress(jobId: string): ExportProgress;
}

interface Job {
  jobId: string | undefined;
  html: string;
  resolve: (pdf: Buffer) => void;
  reject: (error: unknown) => void;
}

export function createPrintQueue(printer: (html: string) => Promise<Buffer>, onChange: () => void = () => {}): PrintQueue {
  const waiting: Job[] = [];
  let running: Job | null = null;

  const changed = () => {
    try {
      onChange();
    } catch {
      // Telling the windows is a courtesy: it never stops a print.
    }
  };

  const next = () => {
    if (running) return;
    const job = waiting.shift();
    if (!job) return;
    running = job;
    changed();
    // The printer is called inside the promise chain, so even one that throws at once lands in reject.
    Promise.resolve()
      .then(() => printer(job.html))
      .then(job.resolve, job.reject)
      .finally(() => {
        running = null;
        changed();
        next();
      });
  };

  return {
    print(html, jobId) {
      return new Promise<Buffer>((resolve, reject) => {
        waiting.push({ jobId, html, resolve, reject });
        if (running) changed();
        next();
      });
    },
    progress(jobId) {
      if (running?.jobId === jobId) return { state: 'rendering' };
      const index = waiting.findIndex((job) => job.jobId === jobId);
      // The one rendering is ahead too.
      if (index >= 0) return { state: 'queued', ahead: index + (running ? 1 : 0) };
      return { state: 'none' };
    },
  };
}
