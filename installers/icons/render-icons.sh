#!/usr/bin/env bash
# Regenerates the raster icons from the SVG sources. The build does not run this: the results are committed.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert (for the ICO) and python3 (to pack the ICNS).
#   Debian/Ubuntu: apt-get install librsvg2-bin imagemagick
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for name in breachdesk breachcase; do
  for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" "$name.svg" --output "$work/$name-$size.png"
  done
  # Linux: the app icon (jpackage --icon) at 256 px; the file-type icon at 128 px, the largest size jpackage's
  # postinst registers with the icon theme (it files any bigger image under 128x128).
  if [[ "$name" == breachcase ]]; then cp "$work/$name-128.png" "$name.png"; else cp "$work/$name-256.png" "$name.png"; fi
  # Windows: the sizes Explorer and the taskbar draw; other sizes are scaled from 256 (stored as PNG by ImageMagick).
  convert "$work/$name"-{16,24,32,48,256}.png "$name.ico"
  # macOS: an ICNS of PNG entries (icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512 px); PNG entries are
  # far smaller than the JPEG 2000/RLE ones png2icns writes. Layout: "icns", total length, then type+length+data.
  python3 - "$name.icns" "$work/$name" <<'PY'
import struct, sys
out, stem = sys.argv[1], sys.argv[2]
entries = b""
for kind, size in ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512)):
    data = open(f"{stem}-{size}.png", "rb").read()
    entries += kind + struct.pack(">I", 8 + len(data)) + data
open(out, "wb").write(b"icns" + struct.pack(">I", 8 + len(entries)) + entries)
PY
done

# Window icons the app puts on its stage (title bar, task switcher).
resources=../../src/main/resources/com/breachdesk/app/icons
mkdir -p "$resources"
for size in 16 32 48 256; do
  cp "$work/breachdesk-$size.png" "$resources/breachdesk-$size.png"
done
du -ch breachdesk.png breachdesk.ico breachdesk.icns breachcase.png breachcase.ico breachcase.icns "$resources"/*.png
