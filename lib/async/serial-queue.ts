/**
 * Runs tasks one after another, in the order given, whether the one before
 * succeeded or failed; each caller gets its own task's outcome.
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
