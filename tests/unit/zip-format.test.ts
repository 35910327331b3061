import { describe, expect, it } from 'vitest';
import { centralRecord, dataDescriptor, endOfArchive, localHeader, writesAsZip64 } from '@/lib/file-jobs/zip-format';

const GiB = 1024 ** 3;
const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const name = new TextEncoder().encode('big.bin');
const modified = new Date(2026, 5, 1, 12, 34, 56);

describe('ZIP records', () => {
  it('a small entry has classic fields only', () => {
    const record = view(centralRecord({ name, modified, crc32: 0xdeadbeef, size: 1000, offset: 2000 }));
    expect(record.byteLength).toBe(46 + name.length);
    expect([
      record.getUint32(16, true),
      record.getUint32(20, true),
      record.getUint32(24, true),
      record.getUint32(42, true),
    ]).toEqual([0xdeadbeef, 1000, 1000, 2000]);
    expect(record.getUint16(30, true)).toBe(0); // no extra field
    expect(view(dataDescriptor({ crc32: 1, size: 1000 })).byteLength).toBe(16);
  });

  it('a file past 4 GiB at an offset past 4 GiB gets a ZIP64 extra field with both sizes and the offset', () => {
    const size = 5 * GiB + 3;
    const offset = 6 * GiB + 7;
    const record = view(centralRecord({ name, modified, crc32: 1, size, offset }));
    expect([record.getUint32(20, true), record.getUint32(24, true), record.getUint32(42, true)]).toEqual([
      0xffffffff, 0xffffffff, 0xffffffff,
    ]);
    const extra = 46 + name.length;
    expect([record.getUint16(extra, true), record.getUint16(extra + 2, true)]).toEqual([0x0001, 24]);
    expect([
      record.getBigUint64(extra + 4, true),
      record.getBigUint64(extra + 12, true),
      record.getBigUint64(extra + 20, true),
    ]).toEqual([BigInt(size), BigInt(size), BigInt(offset)]);
    const descriptor = view(dataDescriptor({ crc32: 1, size }, true));
    expect(descriptor.byteLength).toBe(24);
    expect(descriptor.getBigUint64(8, true)).toBe(BigInt(size));
  });

  it('an entry of unknown or 4 GiB size is ZIP64 from its local header on, so header-walking readers size the descriptor right', () => {
    expect([writesAsZip64(undefined), writesAsZip64(0xffffffff), writesAsZip64(0xfffffffe), writesAsZip64(0)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const header = view(localHeader(name, modified, true));
    expect([header.getUint32(18, true), header.getUint32(22, true)]).toEqual([0xffffffff, 0xffffffff]);
    expect(header.getUint16(28, true)).toBe(20);
    const extra = 30 + name.length;
    expect([header.getUint16(extra, true), header.getUint16(extra + 2, true)]).toEqual([0x0001, 16]);
    expect(view(localHeader(name, modified, false)).byteLength).toBe(30 + name.length);
  });

  it('only the offset overflows: the extra field carries the offset alone', () => {
    const record = view(centralRecord({ name, modified, crc32: 1, size: 10, offset: 4 * GiB }));
    expect(record.getUint32(20, true)).toBe(10);
    const extra = 46 + name.length;
    expect(record.getUint16(extra + 2, true)).toBe(8);
    expect(record.getBigUint64(extra + 4, true)).toBe(BigInt(4 * GiB));
  });

  it('an archive whose central directory starts past 4 GiB ends with ZIP64 records that point at each other', () => {
    const offset = 4.5 * GiB;
    const end = view(endOfArchive(3, offset, 300));
    expect(end.byteLength).toBe(56 + 20 + 22);
    expect(end.getUint32(0, true)).toBe(0x06064b50);
    expect(end.getBigUint64(48, true)).toBe(BigInt(offset));
    expect(end.getUint32(56, true)).toBe(0x07064b50);
    expect(end.getBigUint64(64, true)).toBe(BigInt(offset + 300)); // the ZIP64 end record follows the directory
    expect(end.getUint32(76, true)).toBe(0x06054b50);
    expect(end.getUint32(76 + 16, true)).toBe(0xffffffff);
    expect(end.getUint16(76 + 10, true)).toBe(3);
  });

  it('a small archive ends with the classic record alone', () => {
    expect(view(endOfArchive(3, 1000, 300)).byteLength).toBe(22);
  });

  it('names are flagged UTF-8 and dates outside what ZIP can hold are clamped', () => {
    const header = view(localHeader(name, new Date(1970, 0, 1)));
    expect(header.getUint16(6, true) & 0x0800).toBe(0x0800);
    expect(header.getUint16(12, true)).toBe((0 << 9) | (1 << 5) | 1); // 1980-01-01
    expect(view(localHeader(name, modified)).getUint16(12, true)).toBe((46 << 9) | (6 << 5) | 1);
  });
});
