/*
 * The bytes of a stored (uncompressed) ZIP, per PKWARE's APPNOTE 6.3: each
 * entry is a local header, the file's bytes and a data descriptor (so the
 * CRC-32 can be computed while the bytes stream past), then one central
 * directory and its end records. ZIP64 records appear only where a size, an
 * offset or the entry count no longer fits the classic fields. Pure: the
 * writer (zip-writer.ts) decides where the bytes go.
 */

/** One entry as the central directory describes it. */
export interface ZipEntry {
  /** UTF-8 bytes of the path inside the archive ("folder/name.ext"). */
  name: Uint8Array;
  modified: Date;
  crc32: number;
  size: number;
  /** Where its local header starts. */
  offset: number;
}

const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;
/** Bit 3: sizes and CRC follow the data; bit 11: names are UTF-8. */
const FLAGS = 0x0808;
const VERSION_ZIP64 = 45;
/** "Made by" Unix (3), so the mode in the external attributes is read. */
const MADE_BY = (3 << 8) | VERSION_ZIP64;
/** A regular file, rw-rw-r--. */
const FILE_MODE = 0o100664;

export const LOCAL_HEADER_BYTES = 30;

/**
 * Whether an entry is written as ZIP64: decided before its bytes, from the
 * size its answer announced — when the size is unknown it may pass 4 GiB, so
 * it is ZIP64 too. Readers that walk the local headers (Archive Utility,
 * libarchive, zipdetails) learn the data descriptor's size from that header
 * alone (APPNOTE 4.3.9.2).
 */
export function writesAsZip64(announcedSize: number | undefined): boolean {
  return announcedSize === undefined || announcedSize >= MAX_32;
}

/**
 * The local header written before a file's bytes, CRC and sizes left for
 * the data descriptor (bit 3). A ZIP64 entry marks its sizes 0xFFFFFFFF and
 * carries a ZIP64 extra field with zero sizes.
 */
export function localHeader(name: Uint8Array, modified: Date, zip64 = false): Uint8Array {
  const extraLength = zip64 ? 20 : 0;
  const bytes = new Uint8Array(LOCAL_HEADER_BYTES + name.length + extraLength);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, VERSION_ZIP64, true);
  view.setUint16(6, FLAGS, true);
  view.setUint16(8, 0, true); // stored
  writeDosTime(view, 10, modified);
  // CRC 0: bit 3 says it follows the data.
  view.setUint32(18, zip64 ? MAX_32 : 0, true);
  view.setUint32(22, zip64 ? MAX_32 : 0, true);
  view.setUint16(26, name.length, true);
  view.setUint16(28, extraLength, true);
  bytes.set(name, LOCAL_HEADER_BYTES);
  if (zip64) {
    const at = LOCAL_HEADER_BYTES + name.length;
    view.setUint16(at, 0x0001, true);
    view.setUint16(at + 2, 16, true);
    // Both sizes 0 here; the data descriptor has them.
  }
  return bytes;
}

/** The data descriptor after a file's bytes: 8-byte sizes exactly when the local header was ZIP64. */
export function dataDescriptor(entry: Pick<ZipEntry, 'crc32' | 'size'>, zip64 = false): Uint8Array {
  const bytes = new Uint8Array(zip64 ? 24 : 16);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x08074b50, true);
  view.setUint32(4, entry.crc32 >>> 0, true);
  if (zip64) {
    view.setBigUint64(8, BigInt(entry.size), true);
    view.setBigUint64(16, BigInt(entry.size), true);
  } else {
    view.setUint32(8, entry.size, true);
    view.setUint32(12, entry.size, true);
  }
  return bytes;
}

/** One central directory record, with a ZIP64 extra field for what does not fit in 32 bits. */
export function centralRecord(entry: ZipEntry): Uint8Array {
  const bigSize = entry.size >= MAX_32;
  const bigOffset = entry.offset >= MAX_32;
  const extraLength = bigSize || bigOffset ? 4 + (bigSize ? 16 : 0) + (bigOffset ? 8 : 0) : 0;
  const bytes = new Uint8Array(46 + entry.name.length + extraLength);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x02014b50, true);
  view.setUint16(4, MADE_BY, true);
  view.setUint16(6, VERSION_ZIP64, true); // as in the local header
  view.setUint16(8, FLAGS, true);
  view.setUint16(10, 0, true);
  writeDosTime(view, 12, entry.modified);
  view.setUint32(16, entry.crc32 >>> 0, true);
  view.setUint32(20, bigSize ? MAX_32 : entry.size, true);
  view.setUint32(24, bigSize ? MAX_32 : entry.size, true);
  view.setUint16(28, entry.name.length, true);
  view.setUint16(30, extraLength, true);
  // comment length, disk number, internal attributes: 0
  view.setUint32(38, FILE_MODE * 0x10000, true);
  view.setUint32(42, bigOffset ? MAX_32 : entry.offset, true);
  bytes.set(entry.name, 46);
  if (extraLength) {
    let at = 46 + entry.name.length;
    view.setUint16(at, 0x0001, true);
    view.setUint16(at + 2, extraLength - 4, true);
    at += 4;
    // The order is fixed by the spec: sizes, then the offset, each only when its field is 0xFFFFFFFF.
    if (bigSize) {
      view.setBigUint64(at, BigInt(entry.size), true);
      view.setBigUint64(at + 8, BigInt(entry.size), true);
      at += 16;
    }
    if (bigOffset) view.setBigUint64(at, BigInt(entry.offset), true);
  }
  return bytes;
}

/**
 * What ends the archive, once the central directory (`count` records,
 * `size` bytes) has been written at `offset`: the classic end record,
 * preceded by the ZIP64 end record and locator when any field overflows.
 */
export function endOfArchive(count: number, offset: number, size: number): Uint8Array {
  const zip64 = count >= MAX_16 || offset >= MAX_32 || size >= MAX_32;
  const bytes = new Uint8Array((zip64 ? 56 + 20 : 0) + 22);
  const view = new DataView(bytes.buffer);
  let at = 0;
  if (zip64) {
    view.setUint32(0, 0x06064b50, true);
    view.setBigUint64(4, 44n, true); // size of the rest of this record
    view.setUint16(12, MADE_BY, true);
    view.setUint16(14, VERSION_ZIP64, true);
    // this disk, the directory's disk: 0
    view.setBigUint64(24, BigInt(count), true);
    view.setBigUint64(32, BigInt(count), true);
    view.setBigUint64(40, BigInt(size), true);
    view.setBigUint64(48, BigInt(offset), true);
    view.setUint32(56, 0x07064b50, true);
    view.setUint32(60, 0, true);
    view.setBigUint64(64, BigInt(offset + size), true); // where the ZIP64 end record starts
    view.setUint32(72, 1, true); // disks
    at = 76;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, Math.min(count, MAX_16), true);
  view.setUint16(at + 10, Math.min(count, MAX_16), true);
  view.setUint32(at + 12, Math.min(size, MAX_32), true);
  view.setUint32(at + 16, Math.min(offset, MAX_32), true);
  return bytes;
}

const FIRST_DOS_DAY = new Date(1980, 0, 1).getTime();
const LAST_DOS_DAY = new Date(2107, 11, 31, 23, 59, 58).getTime();

/** MS-DOS date and time (local, 2-second steps, 1980–2107), as ZIP readers expect. */
function writeDosTime(view: DataView, at: number, modified: Date): void {
  const date = new Date(Math.min(LAST_DOS_DAY, Math.max(FIRST_DOS_DAY, modified.getTime())));
  view.setUint16(at, (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1), true);
  view.setUint16(at + 2, ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(), true);
}
