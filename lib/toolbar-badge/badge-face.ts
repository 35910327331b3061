import { formatNumber } from '@/lib/i18n/locale';
import { plural, t } from '@/lib/i18n/messages';

/*
 * What the toolbar button says. One button, three things it may say, in
 * this order: a ZIP being built (its progress), a failure no page could
 * show ("!"), then how many artifacts arrived since the person last looked.
 */

export interface BadgeState {
  /** Artifacts that arrived since the popup (or the page panel) last showed them. */
  newCount: number;
  /** ZIPs the extension is building: files done and files in all. */
  jobs: ReadonlyArray<{ done: number; total: number }>;
  /** A failure no page could show, in words; null when there is none. */
  alert: string | null;
}

interface BadgeFace {
  text: string;
  colour: string;
  title: string;
}

const PROGRESS_COLOUR = '#1a56db';
const ALERT_COLOUR = '#b42318';
const NEW_COLOUR = '#0f7b3f';

/** Past this the badge has no room: "99+". */
const MOST_SHOWN = 99;

export function badgeFace(state: BadgeState): BadgeFace {
  const name = t('extName');
  if (state.jobs.length > 0) {
    const done = state.jobs.reduce((sum, job) => sum + job.done, 0);
    const total = state.jobs.reduce((sum, job) => sum + job.total, 0);
    const percent = total > 0 ? Math.min(99, Math.floor((done / total) * 100)) : 0;
    return {
      text: t('badge_progress', percent),
      colour: PROGRESS_COLOUR,
      title: t('badge_progressTitle', name, plural('badge_zipFilesDone', total, done)),
    };
  }
  if (state.alert) return { text: '!', colour: ALERT_COLOUR, title: t('menu_actionTitleAlert', name, state.alert) };
  if (state.newCount > 0)
    return {
      text: state.newCount > MOST_SHOWN ? t('badge_overMost', MOST_SHOWN) : formatNumber(state.newCount),
      colour: NEW_COLOUR,
      title: t('badge_newTitle', name, plural('badge_newArtifacts', state.newCount, state.newCount)),
    };
  return { text: '', colour: NEW_COLOUR, title: name };
}
