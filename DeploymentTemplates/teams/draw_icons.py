#!/usr/bin/env python3
"""Draws CrampBot's two Teams icons with the standard library only (zlib + struct).

color.png   192x192, full colour: a white "C" ring with a cramp zigzag on a full-bleed teal square
            (Teams rounds the corners itself, so the background is solid to the edge).
outline.png  32x32, the same mark in pure white on a fully transparent background, as Teams requires.

Shapes are signed-distance functions sampled 4x4 per pixel, so edges are antialiased through alpha
(for the outline, partial alpha keeps the pixel white, which Teams accepts).

Run from anywhere: python3 draw_icons.py  (writes next to this script).
"""
import math
import os
import struct
import zlib

TEAL = (0x1F, 0x6F, 0x8B)
WHITE = (255, 255, 255)
SUPERSAMPLING = 4


def segment_distance(px, py, ax, ay, bx, by):
    """Distance from point P to the segment AB."""
    abx, aby = bx - ax, by - ay
    t = ((px - ax) * abx + (py - ay) * aby) / (abx * abx + aby * aby)
    t = max(0.0, min(1.0, t))
    dx, dy = px - (ax + t * abx), py - (ay + t * aby)
    return math.hypot(dx, dy)


# The zigzag: a cramp "spasm" line across the middle of the C, in unit coordinates.
ZIGZAG = [(0.30, 0.52), (0.40, 0.40), (0.50, 0.62), (0.60, 0.40), (0.70, 0.52)]


def in_mark(x, y, stroke):
    """Whether (x, y) in unit coordinates lies on the CrampBot mark: an open ring plus a zigzag."""
    dx, dy = x - 0.5, y - 0.5
    radius = math.hypot(dx, dy)
    angle = math.degrees(math.atan2(dy, dx))
    # The ring is open on the right (|angle| < 40 degrees) so it reads as a "C".
    on_ring = abs(radius - 0.34) <= stroke / 2 and abs(angle) >= 40
    on_zigzag = any(
        segment_distance(x, y, *ZIGZAG[i], *ZIGZAG[i + 1]) <= stroke / 2 for i in range(len(ZIGZAG) - 1)
    )
    return on_ring or on_zigzag


def coverage(size, px, py, inside):
    """Fraction of the pixel (px, py) covered by the shape, from SUPERSAMPLING^2 samples."""
    hits = 0
    for sy in range(SUPERSAMPLING):
        for sx in range(SUPERSAMPLING):
            x = (px + (sx + 0.5) / SUPERSAMPLING) / size
            y = (py + (sy + 0.5) / SUPERSAMPLING) / size
            hits += inside(x, y)
    return hits / (SUPERSAMPLING * SUPERSAMPLING)


def draw(size, stroke, pixel):
    """Rows of RGBA bytes: each pixel is pixel(mark), mark being how much of it the mark covers (0 to 1)."""
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            row += pixel(coverage(size, px, py, lambda x, y: in_mark(x, y, stroke)))
        rows.append(bytes(row))
    return rows


def color_pixel(mark):
    # White mark blended over an opaque teal background.
    return bytes([round(t * (1 - mark) + w * mark) for t, w in zip(TEAL, WHITE)] + [255])


def outline_pixel(mark):
    alpha = round(255 * mark)
    # Fully transparent pixels are written as 0,0,0,0; any visible pixel is pure white.
    return bytes(WHITE + (alpha,)) if alpha else bytes((0, 0, 0, 0))


def draw_color(size):
    return draw(size, 0.085, color_pixel)


def draw_outline(size):
    return draw(size, 0.11, outline_pixel)


def png_chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def write_png(path, size, rows):
    """Writes 8-bit RGBA (colour type 6), filter type 0 on every row."""
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    raw = b"".join(b"\x00" + row for row in rows)
    with open(path, "wb") as png:
        png.write(b"\x89PNG\r\n\x1a\n")
        png.write(png_chunk(b"IHDR", header))
        png.write(png_chunk(b"IDAT", zlib.compress(raw, 9)))
        png.write(png_chunk(b"IEND", b""))


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    write_png(os.path.join(here, "color.png"), 192, draw_color(192))
    write_png(os.path.join(here, "outline.png"), 32, draw_outline(32))
    print("wrote color.png (192x192) and outline.png (32x32)")
