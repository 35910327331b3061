import type { Handler } from '@/lib/messaging/background/router';
import { requireSession } from '@/lib/connection/background/session';
import { pauseIndexing, refreshIndex } from './index-walker';

/** The popup's Pause button: the walk keeps what it has and resumes later. */
export const pauseIndex: Handler<'workspace-index:pause'> = {
  allow: ['extension-page'],
  async handle() {
    pauseIndexing((await requireSession()).account);
  },
};

/** Resume (or Retry after a failure): goes on where the walk stopped. Progress comes as notices. */
export const resumeIndex: Handler<'workspace-index:resume'> = {
  allow: ['extension-page'],
  async handle() {
    void refreshIndex(await requireSession());
  },
};
