import type { HqArtifact } from '@/lib/hq/hq-types';
import type { ZipProgress } from '@/lib/model/file-job-results';
import type { Session } from '@/lib/connection/background/session';
import type { ZipSource } from '../zip-writer';
import { saveJobAsFile } from './run-job';
import type { JobAsker } from '@/lib/notifications/background/job-notifications';
import { rememberSaved } from './saved-artifacts';
import { cacheGeneration } from '@/lib/list-store/background/list-writer';
import { listGapWords, type ListGap } from '@/lib/model/list-gap';
import { t } from '@/lib/i18n/messages';

const errorsTextFor = (unlisted: ListGap | undefined) => ({
  missing: t('zip_errorsMissing'),
  ...(unlisted ? { unlisted: t('zip_errorsUnlisted', listGapWords(unlisted)) } : {}),
});

/**
 * Builds a ZIP of these artifacts here and saves it; each file's bytes come
 * from the configured server only. The files it holds count as saved; the
 * ones it had to leave out do not.
 */
export async function saveZipOf(
  { client, signal, account }: Pick<Session, 'client' | 'signal' | 'account'>,
  artifacts: HqArtifact[],
  fileName: string,
  onProgress: (progress: ZipProgress) => void,
  options: {
    askedBy: JobAsker;
    /** A folder inside the archive for each artifact, in order. */
    folders?: readonly string[] | undefined;
    /** What the archive lacks because HQ's list did: said first in its _errors.txt. */
    unlisted?: ListGap | undefined;
  },
): Promise<{ failed: number }> {
  const { askedBy, folders, unlisted } = options;
  const startedIn = cacheGeneration();
  const sources: ZipSource[] = artifacts.map((a, i) => ({
    name: a.name,
    url: client.artifactDownloadUrl(a.id, a.download_url),
    createdAt: a.created_at,
    ...(folders ? { folder: folders[i] ?? null } : {}),
  }));
  const { failedIndexes } = await saveJobAsFile(
    { type: 'zip:build', sources, errorsText: errorsTextFor(unlisted) },
    fileName,
    await client.authorizationFor(sources.map((s) => s.url)),
    signal,
    askedBy,
    onProgress,
  );
  const failed = new Set(failedIndexes);
  await rememberSaved(
    account,
    artifacts.filter((_, index) => !failed.has(index)).map((a) => a.id),
    startedIn,
  );
  return { failed: failed.size };
}
