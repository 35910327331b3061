/** The extension's mark: a stack of delivered files. Decorative. */
export function HqLogo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="2" y="2" width="28" height="28" rx="8" fill="#4f46e5" />
      <path d="M10 9h9l4 4v10a1 1 0 0 1-1 1H10a1 1 0 0 1-1-1V10a1 1 0 0 1 1-1z" fill="#fff" opacity="0.95" />
      <path d="M19 9v4h4" fill="none" stroke="#c7d2fe" stroke-width="1.5" />
      <path d="M12 17h8M12 20h5" stroke="#4f46e5" stroke-width="1.6" stroke-linecap="round" />
    </svg>
  );
}
