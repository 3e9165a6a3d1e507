#!/bin/sh
# Renders the application icon from wsprobe.svg: the PNG sizes the window, the hicolor theme
# and the packages use, wsprobe.ico for Windows and wsprobe.icns for macOS. The results are
# committed so that building needs none of these tools; run this by hand after changing the
# SVG. Needs rsvg-convert (librsvg2-bin), icotool (icoutils) and png2icns (icnsutils).
set -eu
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
    rsvg-convert -w $size -h $size wsprobe.svg -o wsprobe-$size.png
done
# The window's own icon (ui/ embeds these two names).
cp wsprobe-64.png wsprobe.png
cp wsprobe-128.png wsprobe@2x.png
# Windows: every size Explorer picks from, 256 stored as PNG as Vista and later expect.
icotool -c -o wsprobe.ico wsprobe-16.png wsprobe-32.png wsprobe-48.png wsprobe-64.png \
    wsprobe-128.png -r wsprobe-256.png
# macOS: png2icns chooses the icon type from each picture's size.
png2icns wsprobe.icns wsprobe-16.png wsprobe-32.png wsprobe-48.png wsprobe-128.png \
    wsprobe-256.png wsprobe-512.png >/dev/null
