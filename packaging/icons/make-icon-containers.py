#!/usr/bin/env python3
"""Writes resources/icons/clientele.ico (Windows) and clientele.icns (macOS) from clientele.svg.

Run by hand after changing the SVG (needs rsvg-convert, Debian package librsvg2-bin):
    python3 packaging/icons/make-icon-containers.py
Both formats hold PNG images as they are, so no image library is needed. The results are committed
because the Windows and macOS builds have no SVG renderer.
"""
import pathlib
import struct
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "clientele.svg"


def render(size: int, directory: pathlib.Path) -> bytes:
    out = directory / f"{size}.png"
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), "-o", str(out), str(SVG)], check=True)
    return out.read_bytes()


def ico(images: dict[int, bytes]) -> bytes:
    # ICONDIR, then one ICONDIRENTRY per image (width/height 0 means 256), then the PNGs.
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        edge = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(images: dict[str, bytes]) -> bytes:
    # 'icns' + total length, then (type, length including the 8-byte header, PNG data) chunks.
    body = b"".join(kind.encode("ascii") + struct.pack(">I", len(png) + 8) + png for kind, png in images.items())
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        directory = pathlib.Path(tmp)
        png = {size: render(size, directory) for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024)}
    (SVG.parent / "clientele.ico").write_bytes(ico({s: png[s] for s in (16, 24, 32, 48, 64, 128, 256)}))
    # icp4/icp5/icp6: 16/32/64 px; ic07/ic08/ic09: 128/256/512 px; ic10: 512 px @2x (1024).
    (SVG.parent / "clientele.icns").write_bytes(
        icns({"icp4": png[16], "icp5": png[32], "icp6": png[64], "ic07": png[128], "ic08": png[256],
              "ic09": png[512], "ic10": png[1024]}))


if __name__ == "__main__":
    main()
