import type { ChosenFile } from '../app/workbook';

/** Blob.arrayBuffer is missing from some older embedded browsers (and from jsdom); FileReader is everywhere. */
export function fileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** A file the user picked or dropped, as the bytes a host reads. */
export async function toChosenFile(file: File): Promise<ChosenFile> {
  return { name: file.name, data: new Uint8Array(await fileBytes(file)) };
}
