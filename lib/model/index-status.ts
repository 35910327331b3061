/** Where the walk of the whole workspace stands (lib/workspace-index): conversations done of HQ's total. */
export interface IndexStatus {
  state: 'indexing' | 'done' | 'paused' | 'failed';
  done: number;
  total: number | null;
  /** How many times this walk has written the merged list so far: a page re-reads the list when it moves. */
  published: number;
  /**
   * What HQ counts but would not list: artifacts its conversations' lists did not bring, in how many
   * conversations, and conversations its conversation list did not reach — all asked for again on the next walk.
   */
  unlisted: { artifacts: number; conversations: number; unreached: number };
  /** Why it failed, in plain words. */
  words?: string;
}
