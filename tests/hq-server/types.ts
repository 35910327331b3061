// The stand-in server's internal model. Wire shapes are built from these in
// routes-api.ts, so a field here is not automatically a field on the wire.

export type Scope = 'conversations:read' | 'conversations:write';

export interface User {
  id: string;
  display_name: string;
  email: string;
  persona: string;
}

export interface Agent {
  id: string;
  slug: string;
  display_name: string;
  avatar_url: string;
}

export interface Message {
  author: 'user' | 'agent';
  text: string;
  at: string;
}

export interface Conversation {
  id: string;
  title: string | null;
  mode: 'standard' | 'fast';
  channel_kind: 'web' | 'slack' | 'teams' | 'schedule' | 'email';
  surface: 'channel' | 'dm' | 'web' | 'extension';
  read_only: boolean;
  participants: Record<string, { name: string; avatar_url: string | null }>;
  agent: Agent;
  messages: Message[];
  last_activity_at: string;
}

export interface Artifact {
  id: string;
  name: string;
  content_type: string;
  caption: string | null;
  sensitive: boolean;
  created_at: string;
  /** null = detached: its conversation was deleted but the artifact kept. */
  conversation_id: string | null;
  bytes: Uint8Array;
}

export interface DemoData {
  workspace: { id: string; name: string };
  users: User[];
  conversations: Conversation[];
  artifacts: Artifact[];
}
