#!/usr/bin/env python3
"""Converts an xwd screen dump (24/32-bit TrueColor ZPixmap, as `xwd -root` writes on Xvfb) to PNG,
with the standard library only. Usage: xwd2png.py IN.xwd OUT.png"""
import struct
import sys
import zlib


def main():
    data = open(sys.argv[1], "rb").read()
    h = struct.unpack(">25I", data[:100])
    header_size, fmt, width, height, byte_order = h[0], h[2], h[4], h[5], h[7]
    bpp, bytes_per_line, ncolors = h[11], h[12], h[19]
    red_mask, green_mask, blue_mask = h[14], h[15], h[16]
    if fmt != 2 or bpp not in (24, 32):
        sys.exit(f"xwd2png: unsupported format {fmt} / {bpp} bits per pixel")
    pixels = data[header_size + 12 * ncolors:]
    step = bpp // 8
    endian = "<" if byte_order == 0 else ">"

    def shift(mask):
        return (mask & -mask).bit_length() - 1

    rs, gs, bs = shift(red_mask), shift(green_mask), shift(blue_mask)
    rows = []
    for y in range(height):
        line = pixels[y * bytes_per_line:y * bytes_per_line + width * step]
        row = bytearray(b"\0")  # PNG filter type 0
        for x in range(width):
            chunk = line[x * step:(x + 1) * step]
            v = struct.unpack(endian + "I", chunk + b"\0" * (4 - step) if endian == "<" else b"\0" * (4 - step) + chunk)[0]
            row += bytes(((v & red_mask) >> rs, (v & green_mask) >> gs, (v & blue_mask) >> bs))
        rows.append(bytes(row))

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
    open(sys.argv[2], "wb").write(png)


if __name__ == "__main__":
    main()
