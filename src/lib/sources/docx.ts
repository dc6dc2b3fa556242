/** Word (.docx) to report text: mammoth renders HTML, which the HTML path reads. */
import { htmlToText } from './html.ts';

export async function docxToText(bytes: Uint8Array): Promise<string> {
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
