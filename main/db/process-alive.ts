/**
 * Whether a process runs, for files named after their writer's pid (a backup's `.partial-<pid>`, a
 * print's scratch folder): a live writer's file is left alone, a killed one's is removed. Signal 0
 * asks without signalling.
 */
export function processRuns(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
