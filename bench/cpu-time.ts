// Preloaded (`node --import`) into each timed build step: at exit, writes the CPU seconds the process used —
// all its threads (markdown-it's workers included) and the child processes it waited for (Pagefind's binary) —
// to the file named by COMMUNIQUES_CPU_FILE. Wall time also counts waits on the disk; CPU time is the work the
// build asked of the processors (on a shared virtual machine it varies from run to run too).
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env.COMMUNIQUES_CPU_FILE;
if (file) {
  process.on('exit', () => {
    const own = process.resourceUsage();
    // /proc/self/stat fields 16 and 17: CPU of waited-for children, in USER_HZ ticks (100 per second on Linux).
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    const children = (Number(fields[13]) + Number(fields[14])) / 100;
    writeFileSync(file, String((own.userCPUTime + own.systemCPUTime) / 1e6 + children));
  });
}
