import type { ComponentChildren } from 'preact';

/** A finished text (a notice) with one piece of data in it — a name from HQ — isolated in a <bdi>. */
export function isolate(text: string, data: string | undefined): ComponentChildren {
  const at = data ? text.indexOf(data) : -1;
  if (!data || at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <bdi>{data}</bdi>
      {text.slice(at + data.length)}
    </>
  );
}
