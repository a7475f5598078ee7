// Apart from xlsx-import.ts so that telling a workbook by its bytes does not pull the workbook
// reader into the chunk that parses every file.

/** "PK\x03\x04": a zip archive, as every .xlsx is. */
export function isZipBuffer(buffer: ArrayBuffer): boolean {
  const b = new Uint8Array(buffer, 0, Math.min(4, buffer.byteLength));
  return b.length === 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}
