/**
 * Save a file through a Blob and an `<a download>` click: no downloads permission needed.
 * `doc` is a parameter so a test can watch the click.
 */
export function downloadFile(data: Uint8Array | string, fileName: string, mime: string, doc: Document = document): void {
  const blob = new Blob([data as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // give the browser a moment to start the download before the URL goes away
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Read a picked file as text (File.text where available). */
export const readFileText = (file: Blob): Promise<string> =>
  typeof file.text === 'function'
    ? file.text()
    : new Promise((res, rej) => {
        const r = new FileReader();
        r.onload = () => res(String(r.result));
        r.onerror = () => rej(r.error);
        r.readAsText(file);
      });
