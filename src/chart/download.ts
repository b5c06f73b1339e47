/**
 * Saves a Blob as a file: an object URL on a temporary `<a download>` made with `createElement` (no
 * markup strings), clicked, then released.
 */

/** A file name made only of letters, digits, `-`, `_` and `.` (feed ids can contain anything). */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '');
  return cleaned.slice(0, 120) || 'download';
}

/** Offers `blob` to the user as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = safeFileName(fileName);
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Give the browser time to start the download before the URL is released.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}
