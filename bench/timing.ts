/** Wall and CPU time of one run of some work (CPU: this process's user + system, all threads). */
export async function measure(work: () => Promise<unknown>) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await work();
  const used = process.cpuUsage(cpu);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpu: (used.user + used.system) / 1000 };
}

/** Best of three, wall and CPU time each. */
export async function bestOfThree(work: () => Promise<unknown>) {
  const runs = [await measure(work), await measure(work), await measure(work)];
  return { ms: Math.min(...runs.map((r) => r.ms)), cpu: Math.min(...runs.map((r) => r.cpu)) };
}
