/** Whether this machine stores numbers little-endian, as index files do (checked without loading node:os). */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Throws on big-endian machines, whose typed arrays would misread the file's little-endian parts. */
export function assertLittleEndian(): void {
  if (!LITTLE_ENDIAN) throw new Error("filmcli index files are little-endian and this machine is big-endian; not supported");
}
