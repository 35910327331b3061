/* Who the extension is connected as, and what any extension page may know of the connection (never the token). */

/** Who the extension is connected as. Non-secret: any extension page may know it. */
export interface Account {
  serverUrl: string;
  /** Stable key for this identity on this server (id, else email, else name). */
  identityKey: string;
  displayName: string;
  email: string | null;
}

/** What any extension page may know about the connection: never the token. */
export interface ConnectionState {
  serverUrl: string;
  webAppUrl: string;
  /** The OAuth client this extension signs in as ("Sign in with HQ"). */
  oauthClientId: string;
  /** Who we are connected as; null when signed out. */
  account: Account | null;
  /** What HQ granted at sign-in; null when unknown (a pasted token). */
  grantedScopes: string[] | null;
  /** Why the extension was signed out without being asked to, if it was. */
  signedOutReason: 'session_ended' | null;
  /** HQ answered a delete with 403 for this connection (reset by the next connect). */
  deleteRefused: boolean;
}
