export interface Repeating {
  stop(): Promise<void>;
}

/** Runs `task` now and again `everyMs` after each run ends, until stopped; a failed run waits for the next. */
export function repeatEvery(
  task: () => Promise<void>,
  everyMs: number,
  onError: (error: unknown) => void,
): Repeating {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async (): Promise<void> => {
    try {
      await task();
    } catch (error) {
      onError(error);
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), everyMs);
  };
  let running = tick();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
