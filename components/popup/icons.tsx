/* The popup's line icons: one stroke style, 20×20, decorative (buttons carry the words). */
// For .icon-directional: the arrows mirror in a right-to-left page; download, delete, close and the cog do not.
import './rows.css';

export function DownloadIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path d="M10 3v9m0 0-3.5-3.5M10 12l3.5-3.5M4 15.5h12" />
    </svg>
  );
}

export function DeleteIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path d="M5 6h10m-8 0V4.5h6V6m-7 0 .7 9.5h6.6L14 6" />
    </svg>
  );
}

export function CloseIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path d="m5 5 10 10M15 5 5 15" />
    </svg>
  );
}

export function OpenInTabIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" class="icon-directional">
      <path d="M11 4h5v5m0-5-7 7M8 5H4v11h11v-4" />
    </svg>
  );
}

export function ExternalIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" class="icon-directional">
      <path d="M12 4h4v4m0-4-6.5 6.5M14 11v4.5H4.5V6H9" />
    </svg>
  );
}

/** A cog: eight teeth around a ring, so it does not read as a sun. */
export function SettingsIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path d="M8.6 2.5h2.8l.4 2.1 1.5.9 2-.8 1.4 2.4-1.6 1.4v1.8l1.6 1.4-1.4 2.4-2-.8-1.5.9-.4 2.1H8.6l-.4-2.1-1.5-.9-2 .8-1.4-2.4 1.6-1.4V9.1L3.3 7.7l1.4-2.4 2 .8 1.5-.9z" />
      <circle cx="10" cy="10" r="2.4" />
    </svg>
  );
}
