/*
 * Reading a body into the caller's own buffer, so nothing is allocated per
 * chunk: the BYOB reader of a byte stream (fetch bodies are, and so are
 * fetch-with-token's), else a default reader whose chunks are copied in.
 */

/** How much of a body one read takes: the size of the buffer a reader of it keeps. */
export const READ_BYTES = 1024 * 1024;

export interface BodyReader {
  /** The next bytes at the start of `into` (maybe moved); empty at the end. */
  read(into: Uint8Array): Promise<Uint8Array>;
  cancel(): void;
}

/** BYOB when the stream is a byte stream (fetch bodies are); else chunks copied into the buffer. */
export function bodyReader(stream: ReadableStream<Uint8Array>): BodyReader {
  let byob: ReadableStreamBYOBReader | undefined;
  try {
    byob = stream.getReader({ mode: 'byob' });
  } catch {
    byob = undefined;
  }
  if (byob) {
    const reader = byob;
    return {
      async read(into) {
        const size = into.byteLength;
        const { value } = await reader.read(into);
        // At the end the buffer comes back in an empty view (or, if the stream was cancelled, not at all).
        return value ?? new Uint8Array(size).subarray(0, 0);
      },
      cancel: () => void reader.cancel().catch(() => {}),
    };
  }
  const reader = stream.getReader();
  let leftover: Uint8Array = new Uint8Array(0);
  return {
    async read(into) {
      while (leftover.byteLength === 0) {
        const { done, value } = await reader.read();
        if (done) return into.subarray(0, 0);
        leftover = value;
      }
      const taken = Math.min(into.byteLength, leftover.byteLength);
      into.set(leftover.subarray(0, taken));
      leftover = leftover.subarray(taken);
      return into.subarray(0, taken);
    },
    cancel: () => void reader.cancel().catch(() => {}),
  };
}
