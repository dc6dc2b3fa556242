/** Word (.docx) to report text: mammoth renders HTML, which the HTML path reads. */
import { htmlToText } from './html.ts';
import { MAX_UNZIPPED_BYTES, unzippedSize } from './zipSize.ts';

/** Throws (with the sizes) when the document inflates past MAX_UNZIPPED_BYTES. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const size = unzippedSize(bytes);
  if (size !== null && size > MAX_UNZIPPED_BYTES) {
    const mb = (n: number) => (Number.isFinite(n) ? `${(n / 1048576).toFixed(0)} MB` : 'over 4 GB');
    throw new Error(
      `document inflates to ${mb(size)}; Word files over ${mb(MAX_UNZIPPED_BYTES)} inflated are refused`,
    );
  }
  const mammoth = (await import('mammoth')).default as unknown as {
    convertToHtml(
      input: { arrayBuffer: ArrayBuffer } | { buffer: unknown },
    ): Promise<{ value: string }>;
  };
  const arrayBuffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  const input =
    typeof Buffer !== 'undefined' ? { buffer: Buffer.from(arrayBuffer) } : { arrayBuffer };
  const { value } = await mammoth.convertToHtml(input);
  return htmlToText(value).text;
}
