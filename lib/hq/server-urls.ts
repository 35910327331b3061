/**
 * Addresses on one HQ server: resolving HQ's relative paths (a self-hosted
 * server may live under a base path), choosing where an artifact's bytes
 * are fetched, and the rule that the token only goes to this origin.
 */
export interface ServerUrls {
  /** `download_url`s are relative; this makes them absolute against the server. */
  resolveUrl(pathOrUrl: string): string;
  /**
   * Where to download an artifact's bytes: the list's `download_url` when it
   * is a usable address on this server, else the documented path.
   */
  artifactDownloadUrl(artifactId: string, downloadUrlFromList?: string): string;
  /** Is this a parseable address on this server's origin (the only one the token may go to)? */
  isOwnOrigin(url: string): boolean;
}

export function serverUrls(serverUrl: string): ServerUrls {
  const base = new URL(serverUrl.replace(/\/+$/, '') + '/');
  const basePath = base.pathname.replace(/\/$/, '');

  // Absolute URLs stay as they are; paths are joined to the server URL,
  // including its base path (`https://x.example/hq`) unless they start with it.
  function resolveUrl(pathOrUrl: string): string {
    if (/^[a-z][a-z0-9+.-]*:/i.test(pathOrUrl)) return new URL(pathOrUrl).toString();
    const path = pathOrUrl.startsWith('/') ? pathOrUrl : `/${pathOrUrl}`;
    const joined = basePath && !path.startsWith(`${basePath}/`) ? basePath + path : path;
    return new URL(joined, base.origin).toString();
  }

  function isOwnOrigin(url: string): boolean {
    return URL.canParse(url) && new URL(url).origin === base.origin;
  }

  return {
    resolveUrl,
    isOwnOrigin,
    artifactDownloadUrl(artifactId, downloadUrlFromList) {
      const standard = resolveUrl(`/v1/api/artifacts/${encodeURIComponent(artifactId)}/download`);
      if (!downloadUrlFromList) return standard;
      try {
        const fromList = resolveUrl(downloadUrlFromList);
        return isOwnOrigin(fromList) ? fromList : standard;
      } catch {
        return standard; // not a usable address: the documented one still is
      }
    },
  };
}
