import { readFileSync } from 'node:fs';

/** Resident memory of a process from /proc (Linux), in MB: now (VmRSS) and its peak (VmHWM). */
export function processMemory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Samples a process's resident memory while `work` runs; returns the highest sample in MB. */
export async function peakRssDuring(pid: number, work: () => Promise<void>): Promise<number> {
  let peak = processMemory(pid).rssMb;
  const timer = setInterval(() => {
    peak = Math.max(peak, processMemory(pid).rssMb);
  }, 20);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, processMemory(pid).rssMb);
}
