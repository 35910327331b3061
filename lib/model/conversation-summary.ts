/** A conversation as the popup's Conversations view lists it. */
export interface ConversationSummary {
  id: string;
  title: string | null;
  agent: string | null;
  lastActivityAt: string;
  artifactCount: number;
}

export interface ConversationListPage {
  conversations: ConversationSummary[];
  page: number;
  /** Conversations matching in all, when HQ says. */
  total: number | null;
}
