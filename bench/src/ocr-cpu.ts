import { readFile } from 'node:fs/promises';

const TICKS_PER_SECOND = 100;

/**
 * CPU seconds used so far by this process (libvips and PGlite included) and by its finished child processes
 * (tesseract, poppler, qpdf, ocrmypdf with its own children): utime, stime, cutime and cstime of /proc/self/stat.
 */
export const cpuSeconds = async (): Promise<number> => {
  const stat = await readFile('/proc/self/stat', 'utf8');
  // Fields 14–17 of the line, counted here from field 3, the first after the command name.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / TICKS_PER_SECOND;
};
