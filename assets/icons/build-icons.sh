#!/usr/bin/env bash
# Regenerates Kip's icon files from kip.svg (the only hand-made source):
#   kip-256.png, kip-512.png   Linux desktop entry / README
#   kip.ico                    Windows installer and launcher (16–256 px)
#   kip.icns                   macOS app bundle and dmg (16–512 px)
# Needs Debian's librsvg2-bin, imagemagick and icnsutils:
#   apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"

# /usr/local/bin may hold something else called convert; ImageMagick 6 ships it under /usr/bin.
convert=$(command -v magick || echo /usr/bin/convert)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { rsvg-convert --width "$1" --height "$1" kip.svg --output "$work/kip-$1.png"; }
for size in 16 24 32 48 64 128 256 512; do render "$size"; done

cp "$work/kip-256.png" kip-256.png
cp "$work/kip-512.png" kip-512.png
# Each size is rendered from the vector, not scaled down from 256, so small sizes stay sharp.
"$convert" "$work"/kip-{16,24,32,48,64,128,256}.png kip.ico
png2icns kip.icns "$work"/kip-{16,32,48,128,256,512}.png >/dev/null
ls -l kip-256.png kip-512.png kip.ico kip.icns
