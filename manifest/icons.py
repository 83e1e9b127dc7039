"""Draw Accord's Teams icons: two overlapping rings whose shared ground is filled, on the brand colour.

    .venv/bin/python -m manifest.icons      # rewrites manifest/color.png and manifest/outline.png

The PNGs are committed; run this only when the design changes (it needs Pillow, a dev dependency).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

HERE = Path(__file__).resolve().parent
BRAND = "#1F5F7A"  # also the manifest's accentColor
SCALE = 8  # drawn this many times larger, then scaled down, for smooth edges


def emblem(size: int, box: float, stroke: float, gap: float = 0.0) -> Image.Image:
    """A white mark on transparency: two rings side by side across a centred `box`, their shared ground filled."""
    big = size * SCALE
    apart = 0.9  # distance between the centres, in radii
    radius = box * big / (2 + apart)
    left, right, middle = big / 2 - radius * apart / 2, big / 2 + radius * apart / 2, big / 2
    width = max(1, round(stroke * SCALE))

    def circle(x: float, r: float, **style) -> Image.Image:
        mask = Image.new("L", (big, big), 0)
        ImageDraw.Draw(mask).ellipse((x - r, middle - r, x + r, middle + r), **style)
        return mask

    inner = radius - width - gap * SCALE  # the overlap keeps `gap` clear of both rings
    lens = ImageChops.multiply(circle(left, inner, fill=255), circle(right, inner, fill=255))
    rings = ImageChops.lighter(circle(left, radius, outline=255, width=width),
                               circle(right, radius, outline=255, width=width))
    mark = Image.new("RGBA", (big, big), (255, 255, 255, 0))
    mark.putalpha(ImageChops.lighter(rings, lens))
    return mark.resize((size, size), Image.Resampling.LANCZOS)


def color_icon() -> Image.Image:
    """192x192, the mark in white on the brand colour (Teams rounds the corners itself)."""
    icon = Image.new("RGBA", (192, 192), BRAND)
    icon.alpha_composite(emblem(192, box=0.66, stroke=9, gap=5))
    return icon.convert("RGB")


def outline_icon() -> Image.Image:
    """32x32, the mark in white on a transparent background, as Teams requires."""
    icon = emblem(32, box=0.97, stroke=2, gap=1)
    # Keep the colour pure white everywhere; only the alpha carries the shape and its smooth edges.
    white = Image.new("RGBA", icon.size, (255, 255, 255, 0))
    white.putalpha(icon.getchannel("A"))
    return white


def main() -> None:
    """Write both icons next to this script."""
    color_icon().save(HERE / "color.png", optimize=True)
    outline_icon().save(HERE / "outline.png", optimize=True)
    print(f"wrote {HERE / 'color.png'} and {HERE / 'outline.png'}")


if __name__ == "__main__":
    main()
