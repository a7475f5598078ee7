/** How long a download's object URL lives: long enough for every browser to start saving. */
const REVOKE_AFTER_MS = 10_000;

/** Saves a blob under a file name through a temporary `<a download>`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** True when the browser can put images on the clipboard. */
export function canCopyImages(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    typeof navigator.clipboard?.write === 'function' &&
    typeof ClipboardItem !== 'undefined'
  );
}

/**
 * Puts a PNG on the clipboard. Accepts a promise so that Safari, which wants the clipboard
 * write to start within the click, can get it before the image is drawn. False when the
 * browser cannot, or the user or the page's permissions refuse.
 */
export async function copyImage(blob: Blob | Promise<Blob>): Promise<boolean> {
  if (!canCopyImages()) {
    Promise.resolve(blob).catch(() => undefined);
    return false;
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return true;
  } catch {
    return false;
  }
}
