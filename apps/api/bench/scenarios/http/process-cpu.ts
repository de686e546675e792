import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat on Linux (USER_HZ). */
const TICKS_PER_SECOND = 100;

export interface CpuTime {
  userMs: number;
  systemMs: number;
}

/**
 * CPU milliseconds process `pid` has used so far in user space and in the kernel (system calls:
 * here mostly loopback TCP), from /proc; undefined where there is no /proc (the figure is then
 * left out of the report).
 */
export function processCpu(pid: number | undefined): CpuTime | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at state, field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [utime, stime] = [Number(fields[11]), Number(fields[12])];
    return {
      userMs: (utime * 1000) / TICKS_PER_SECOND,
      systemMs: (stime * 1000) / TICKS_PER_SECOND,
    };
  } catch {
    return undefined;
  }
}
