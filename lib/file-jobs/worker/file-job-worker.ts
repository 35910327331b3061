import { knownErrorInfo } from '@/lib/messaging/errors';
import { makeDiskFile } from '../disk-file-of-job';
import type { FromFileJobWorker, ToFileJobWorker } from './worker-protocol';

// One file job, in a dedicated worker: OPFS's synchronous access handles exist only here.

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToFileJobWorker>) => void) | null;
  postMessage(message: FromFileJobWorker): void;
};
const job = new AbortController();
let started = false;

scope.onmessage = ({ data }) => {
  if (data.type === 'abort') return job.abort(new Error('The job was stopped.'));
  if (data.type !== 'start' || started) return;
  started = true;
  makeDiskFile(
    data.jobId,
    data.job,
    data.authorization,
    (progress) => scope.postMessage({ type: 'progress', ...progress }),
    job.signal,
  ).then(
    ({ failedIndexes }) => scope.postMessage({ type: 'made', failedIndexes }),
    (error: unknown) =>
      scope.postMessage({
        type: 'failed',
        error: knownErrorInfo(error) ?? {
          kind: 'internal',
          message: error instanceof Error ? error.message : String(error),
        },
      }),
  );
};
