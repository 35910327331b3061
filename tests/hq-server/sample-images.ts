// Tiny but genuinely decodable PNG, JPEG, GIF and WebP files, encoded here
// rather than pasted as base64 so every demo picture is a recognisable image
// (the extension shows them full size) and can be regenerated at will.
import { crc32, deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

/** An RGB pixel grid that the encoders below turn into files. */
export class Raster {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = new Uint8Array(width * height * 3);
    this.fillRect(0, 0, width, height, background);
  }

  fillRect(x: number, y: number, w: number, h: number, color: Rgb): this {
    const x1 = Math.min(this.width, x + w);
    const y1 = Math.min(this.height, y + h);
    for (let row = Math.max(0, y); row < y1; row++) {
      for (let col = Math.max(0, x); col < x1; col++) this.pixels.set(color, (row * this.width + col) * 3);
    }
    return this;
  }

  get(x: number, y: number): Rgb {
    const i = (y * this.width + x) * 3;
    return [this.pixels[i] ?? 0, this.pixels[i + 1] ?? 0, this.pixels[i + 2] ?? 0];
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function u32be(n: number): Uint8Array {
  return new Uint8Array([(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
}

function u32le(n: number): Uint8Array {
  return new Uint8Array([n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255]);
}

function u16le(n: number): Uint8Array {
  return new Uint8Array([n & 255, (n >>> 8) & 255]);
}

function ascii(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** Packs variable-width codes least-significant bit first (GIF LZW, WebP VP8L). */
class LsbBitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  write(value: number, bits: number): void {
    for (let i = 0; i < bits; i++) {
      this.current |= ((value >>> i) & 1) << this.used;
      if (++this.used === 8) this.flushByte();
    }
  }

  finish(): Uint8Array {
    if (this.used > 0) this.flushByte();
    return new Uint8Array(this.bytes);
  }

  private flushByte(): void {
    this.bytes.push(this.current);
    this.current = 0;
    this.used = 0;
  }
}

// ---------------------------------------------------------------- PNG

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typeAndData = concat([ascii(type), data]);
  return concat([u32be(data.length), typeAndData, u32be(crc32(typeAndData))]);
}

export function encodePng(raster: Raster): Uint8Array {
  const header = concat([u32be(raster.width), u32be(raster.height), new Uint8Array([8, 2, 0, 0, 0])]);
  const stride = raster.width * 3;
  const scanlines = new Uint8Array((stride + 1) * raster.height);
  for (let y = 0; y < raster.height; y++) {
    // Filter byte 0 (None) keeps the encoder trivial; zlib still compresses flat areas well.
    scanlines.set(raster.pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', new Uint8Array(deflateSync(scanlines))),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

// ---------------------------------------------------------------- GIF

/**
 * A single-frame GIF89a. The LZW stream resets its dictionary often enough that
 * the code width never grows, which every decoder accepts and keeps this short.
 */
export function encodeGif(raster: Raster): Uint8Array {
  const palette: Rgb[] = [];
  const indexOf = new Map<string, number>();
  const indices = new Uint8Array(raster.width * raster.height);
  for (let y = 0; y < raster.height; y++) {
    for (let x = 0; x < raster.width; x++) {
      const color = raster.get(x, y);
      const key = color.join(',');
      let index = indexOf.get(key);
      if (index === undefined) {
        index = palette.length;
        palette.push(color);
        indexOf.set(key, index);
      }
      indices[y * raster.width + x] = index;
    }
  }
  if (palette.length > 256) throw new Error('GIF encoder: more than 256 colours');
  const minCodeSize = Math.max(2, Math.ceil(Math.log2(palette.length)));
  const tableSize = 1 << minCodeSize;
  while (palette.length < tableSize) palette.push([0, 0, 0]);

  const clear = tableSize;
  const end = tableSize + 1;
  const width = minCodeSize + 1;
  const literalsPerClear = tableSize - 2;
  const bits = new LsbBitWriter();
  indices.forEach((index, i) => {
    if (i % literalsPerClear === 0) bits.write(clear, width);
    bits.write(index, width);
  });
  bits.write(end, width);
  const lzw = bits.finish();

  const blocks: Uint8Array[] = [new Uint8Array([minCodeSize])];
  for (let i = 0; i < lzw.length; i += 255) {
    const block = lzw.subarray(i, i + 255);
    blocks.push(new Uint8Array([block.length]), block);
  }
  blocks.push(new Uint8Array([0]));

  const sizeBits = minCodeSize - 1; // the colour table holds 2^(sizeBits+1) entries
  return concat([
    ascii('GIF89a'),
    u16le(raster.width),
    u16le(raster.height),
    new Uint8Array([0x80 | 0x70 | sizeBits, 0, 0]),
    new Uint8Array(palette.flatMap((c) => [...c])),
    new Uint8Array([0x2c]),
    u16le(0),
    u16le(0),
    u16le(raster.width),
    u16le(raster.height),
    new Uint8Array([0]),
    ...blocks,
    new Uint8Array([0x3b]),
  ]);
}

// ---------------------------------------------------------------- JPEG

/** Packs Huffman codes most-significant bit first, with JPEG's 0xFF byte stuffing. */
class JpegBitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  write(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.current = (this.current << 1) | ((code >>> i) & 1);
      if (++this.used === 8) this.flushByte();
    }
  }

  finish(): Uint8Array {
    while (this.used > 0) this.write(1, 1); // pad with 1-bits, as the standard asks
    return new Uint8Array(this.bytes);
  }

  private flushByte(): void {
    this.bytes.push(this.current);
    if (this.current === 0xff) this.bytes.push(0);
    this.current = 0;
    this.used = 0;
  }
}

// The standard luminance DC table (ITU T.81 Annex K.3): code counts per length 1..16.
const DC_COUNTS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_SYMBOLS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

function canonicalCodes(
  counts: readonly number[],
  symbols: readonly number[],
): Map<number, { code: number; length: number }> {
  const codes = new Map<number, { code: number; length: number }>();
  let code = 0;
  let k = 0;
  counts.forEach((count, i) => {
    for (let n = 0; n < count; n++) codes.set(symbols[k++] ?? 0, { code: code++, length: i + 1 });
    code <<= 1;
  });
  return codes;
}

function segment(marker: number, body: Uint8Array): Uint8Array {
  const length = body.length + 2;
  return concat([new Uint8Array([0xff, marker, length >> 8, length & 255]), body]);
}

/**
 * A baseline JPEG in which every 8×8 block is one flat colour: only DC
 * coefficients are coded, so no DCT is needed, yet any decoder reads it.
 * Each block shows the average colour of the raster's pixels under it.
 */
export function encodeJpeg(raster: Raster): Uint8Array {
  if (raster.width % 8 !== 0 || raster.height % 8 !== 0) throw new Error('JPEG encoder: size must be a multiple of 8');
  const dcCodes = canonicalCodes(DC_COUNTS, DC_SYMBOLS);
  const bits = new JpegBitWriter();
  const previous = [0, 0, 0];

  for (let by = 0; by < raster.height; by += 8) {
    for (let bx = 0; bx < raster.width; bx += 8) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let y = by; y < by + 8; y++) {
        for (let x = bx; x < bx + 8; x++) {
          const [pr, pg, pb] = raster.get(x, y);
          r += pr / 64;
          g += pg / 64;
          b += pb / 64;
        }
      }
      const ycc = [
        0.299 * r + 0.587 * g + 0.114 * b,
        -0.168736 * r - 0.331264 * g + 0.5 * b + 128,
        0.5 * r - 0.418688 * g - 0.081312 * b + 128,
      ];
      ycc.forEach((value, component) => {
        // With an all-ones quantisation table the DC term of a flat block is 8 × (level − 128).
        const dc = Math.round(8 * (value - 128));
        const diff = dc - (previous[component] ?? 0);
        previous[component] = dc;
        const category = diff === 0 ? 0 : Math.floor(Math.log2(Math.abs(diff))) + 1;
        const huffman = dcCodes.get(category);
        if (!huffman) throw new Error('JPEG encoder: DC difference out of range');
        bits.write(huffman.code, huffman.length);
        if (category > 0) bits.write(diff > 0 ? diff : diff + (1 << category) - 1, category);
        bits.write(0, 1); // end-of-block: the only AC symbol, coded as a single 0 bit
      });
    }
  }

  const w = raster.width;
  const h = raster.height;
  return concat([
    new Uint8Array([0xff, 0xd8]),
    segment(0xe0, concat([ascii('JFIF\0'), new Uint8Array([1, 1, 0, 0, 1, 0, 1, 0, 0])])),
    segment(0xdb, concat([new Uint8Array([0]), new Uint8Array(64).fill(1)])),
    segment(0xc0, new Uint8Array([8, h >> 8, h & 255, w >> 8, w & 255, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0])),
    segment(0xc4, new Uint8Array([0x00, ...DC_COUNTS, ...DC_SYMBOLS, 0x10, 1, ...new Array<number>(15).fill(0), 0x00])),
    segment(0xda, new Uint8Array([3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0])),
    bits.finish(),
    new Uint8Array([0xff, 0xd9]),
  ]);
}

// ---------------------------------------------------------------- WebP

/**
 * A lossless (VP8L) WebP using only "simple" prefix codes: each of red, green
 * and blue may take at most two values across the picture, so a pixel costs
 * at most three bits. Enough for two-tone pictures, with no compressor needed.
 */
export function encodeWebp(raster: Raster): Uint8Array {
  const channelValues = [1, 0, 2].map((channel) => {
    const seen = new Set<number>();
    for (let i = channel; i < raster.pixels.length; i += 3) seen.add(raster.pixels[i] ?? 0);
    if (seen.size > 2) throw new Error('WebP encoder: each channel may take at most two values');
    return [...seen].sort((a, b) => a - b);
  }); // in VP8L's reading order: green, red, blue

  const bits = new LsbBitWriter();
  bits.write(raster.width - 1, 14);
  bits.write(raster.height - 1, 14);
  bits.write(0, 1); // alpha_is_used
  bits.write(0, 3); // version
  bits.write(0, 1); // no transforms
  bits.write(0, 1); // no colour cache
  bits.write(0, 1); // no meta prefix codes

  const simpleCode = (symbols: readonly number[]): void => {
    const [first = 0, second] = symbols;
    bits.write(1, 1); // simple code
    bits.write(symbols.length - 1, 1);
    bits.write(1, 1); // first symbol stored in 8 bits
    bits.write(first, 8);
    if (second !== undefined) bits.write(second, 8);
  };
  channelValues.forEach(simpleCode);
  simpleCode([255]); // alpha: always opaque
  bits.write(1, 1); // distance code: simple,
  bits.write(0, 1); // one symbol,
  bits.write(0, 1); // stored in 1 bit,
  bits.write(0, 1); // symbol 0 (never used: no back-references)

  for (let p = 0; p < raster.width * raster.height; p++) {
    [1, 0, 2].forEach((channel, order) => {
      const values = channelValues[order] ?? [];
      // A one-symbol code costs zero bits; with two, the smaller value is code 0.
      if (values.length === 2) bits.write(raster.pixels[p * 3 + channel] === values[1] ? 1 : 0, 1);
    });
  }

  const vp8l = concat([new Uint8Array([0x2f]), bits.finish()]);
  const padded = vp8l.length % 2 === 1 ? concat([vp8l, new Uint8Array([0])]) : vp8l;
  return concat([
    ascii('RIFF'),
    u32le(4 + 8 + padded.length),
    ascii('WEBP'),
    ascii('VP8L'),
    u32le(vp8l.length),
    padded,
  ]);
}
