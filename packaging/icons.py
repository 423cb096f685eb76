"""The app icon in every format, from the one SVG source in ``resources/icons``.

    python packaging/icons.py render        # SVG -> resources/icons/followup-gui-<N>.png
                                            # (needs rsvg-convert: apt install librsvg2-bin);
                                            # run after editing the SVG and commit the PNGs
    python packaging/icons.py bundle OUTDIR # committed PNGs -> OUTDIR/followup-gui.ico + .icns

``bundle`` runs in every build (Linux, Windows, macOS) and needs nothing but Python: both
formats are containers of PNG images, which Windows Vista+ and macOS 10.7+ read.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "followup-gui.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold a PNG, by pixel size (the @2x types reuse the bigger PNGs).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)  # fmt: skip
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_path(size: int) -> Path:
    return ICONS / f"followup-gui-{size}.png"


def png_size(data: bytes) -> tuple[int, int]:
    if not data.startswith(PNG_MAGIC) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def render() -> None:
    tool = shutil.which("rsvg-convert")
    if tool is None:
        sys.exit("rsvg-convert is missing: apt install librsvg2-bin")
    for size in SIZES:
        subprocess.run(
            [tool, "-w", str(size), "-h", str(size), str(SVG), "-o", str(png_path(size))],
            check=True,
        )
        print(f"wrote {png_path(size).relative_to(ROOT)}")


def read_pngs(sizes: tuple[int, ...]) -> dict[int, bytes]:
    pngs = {}
    for size in sizes:
        data = png_path(size).read_bytes()
        if png_size(data) != (size, size):
            raise SystemExit(f"{png_path(size)} is not {size}x{size}: run 'icons.py render'")
        pngs[size] = data
    return pngs


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose images are PNGs (a width/height byte of 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def bundle(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / "followup-gui.ico").write_bytes(ico_bytes(read_pngs(ICO_SIZES)))
    (outdir / "followup-gui.icns").write_bytes(icns_bytes(read_pngs((16, 32, 64, 128, 256, 512))))
    print(f"wrote {outdir / 'followup-gui.ico'} and {outdir / 'followup-gui.icns'}")


def main(argv: list[str]) -> None:
    if argv[:1] == ["render"]:
        render()
    elif len(argv) == 2 and argv[0] == "bundle":
        bundle(Path(argv[1]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
