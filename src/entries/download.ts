import type { ChosenFile } from '../app/workbook';

/** Saves bytes as a file through the browser's download. */
function download(file: ChosenFile): void {
  const type = file.name.endsWith('.zip') ? 'application/zip'
    : file.name.endsWith('.docx') ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const url = URL.createObjectURL(new Blob([file.data as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The standalone page's way to save what an action made: one download, a .zip when the action
 * bundles several files (browsers stop a page that starts dozens of downloads). Returns the name
 * the user finds it under.
 */
export async function downloadFiles(files: readonly ChosenFile[], bundle?: string): Promise<string> {
  if (!bundle) {
    download(files[0]);
    return files[0].name;
  }
  const { default: JSZip } = await import(/* webpackChunkName: "xlsx" */ 'jszip');
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.data);
  download({ name: bundle, data: await zip.generateAsync({ type: 'uint8array' }) });
  return bundle;
}
