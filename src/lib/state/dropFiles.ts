/**
 * Files given to the import panel (a drop, the file picker, the folder picker) as a flat list
 * with their paths; the CLI's CSVs are told apart from report files by their extension.
 */

export interface DroppedFile {
  /** Path inside the dropped folder, or the file's name. */
  name: string;
  file: File;
}

/** CSVs go to the CSV import; everything else is a report file for the worker. */
export function splitDrop(files: readonly DroppedFile[]): {
  reports: DroppedFile[];
  csvs: DroppedFile[];
} {
  const csvs = files.filter((f) => /\.csv$/i.test(f.name));
  return { reports: files.filter((f) => !csvs.includes(f)), csvs };
}

/** Files of a picker (`webkitRelativePath` keeps a folder's paths). */
export function filesFromInput(list: FileList | null): DroppedFile[] {
  return [...(list ?? [])].map((file) => ({ name: file.webkitRelativePath || file.name, file }));
}

/** Files of a drop, folders walked recursively (browsers give folders as entries). */
export async function filesFromDrop(data: DataTransfer | null): Promise<DroppedFile[]> {
  if (!data) return [];
  const entries = [...data.items]
    .map((item) => item.webkitGetAsEntry?.())
    .filter((e): e is FileSystemEntry => !!e);
  if (!entries.length) return filesFromInput(data.files);
  const out: DroppedFile[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}

async function walk(entry: FileSystemEntry, out: DroppedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    out.push({ name: entry.fullPath.replace(/^\//, ''), file });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries gives a folder's entries a slice at a time, until an empty slice.
  for (;;) {
    const slice = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (!slice.length) break;
    for (const child of slice) await walk(child, out);
  }
}
