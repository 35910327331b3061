export type PreviewContent =
  | { kind: 'image'; dataUrl: string }
  | { kind: 'pdf'; base64: string }
  | { kind: 'text'; text: string }
  | { kind: 'too-large'; limit: number }
  | { kind: 'none' };
