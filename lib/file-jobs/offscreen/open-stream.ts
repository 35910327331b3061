import { STREAM_PATH } from '@/lib/messaging/offscreen-protocol';

/**
 * Opens the service worker's one-time stream address in a hidden frame: its
 * answer is an attachment, so Chrome saves it through the downloads manager
 * (which cannot be asked to fetch an extension address itself, and a link's
 * `download` attribute bypasses the service worker). Only this extension's
 * own stream path is ever opened. Returns what removes the frame.
 */
export function openStreamFrame(nonce: string, streamUrl: (path: string) => string): () => void {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.src = streamUrl(`${STREAM_PATH}${nonce}`);
  document.body.append(frame);
  return () => frame.remove();
}
