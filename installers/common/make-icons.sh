#!/usr/bin/env bash
# Regenerates Harmony's icons (two overlapping VMs on a pool-blue tile) for every installer.
# Needs ImageMagick and python3. Output: linux/harmony.png, windows/harmony.ico, macos/harmony.icns.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
convert -size 512x512 xc:none -fill '#1f3a5f' -draw "roundrectangle 24,24 488,488 96,96" \
  -fill 'rgba(38,166,154,0.9)' -draw "circle 200,256 200,120" \
  -fill 'rgba(255,167,38,0.85)' -draw "circle 312,256 312,120" common/harmony-512.png
convert common/harmony-512.png -resize 256x256 linux/harmony.png
convert common/harmony-512.png -define icon:auto-resize=256,128,64,48,32,16 windows/harmony.ico
convert common/harmony-512.png -resize 128x128 /tmp/harmony-128.png
convert common/harmony-512.png -resize 256x256 /tmp/harmony-256.png
# ICNS: 'icns' + total length, then entries of type + length + PNG bytes (ic07 128, ic08 256, ic09 512).
python3 - common/harmony-512.png /tmp/harmony-256.png /tmp/harmony-128.png macos/harmony.icns <<'PY'
import struct, sys
entries = [(b"ic09", sys.argv[1]), (b"ic08", sys.argv[2]), (b"ic07", sys.argv[3])]
body = b""
for kind, path in entries:
    data = open(path, "rb").read()
    body += kind + struct.pack(">I", len(data) + 8) + data
open(sys.argv[4], "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
