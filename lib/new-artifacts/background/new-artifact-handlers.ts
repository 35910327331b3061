import type { Handler } from '@/lib/messaging/background/router';
import { requireSession } from '@/lib/connection/background/session';
import { takeUnseen } from './unseen';

/** The popup opened: what arrived since the last look is seen now (the badge clears), and the popup marks it "New". */
export const takeNewArtifacts: Handler<'new-artifacts:take'> = {
  allow: ['extension-page'],
  async handle() {
    const { account } = await requireSession();
    return { artifactIds: await takeUnseen(account) };
  },
};
