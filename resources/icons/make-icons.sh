#!/bin/sh
# Regenerates the PNG toolbar icons (committed; run by hand after a change).
# Plain shapes drawn by ImageMagick so they look the same on every platform, unlike
# freedesktop theme icons, which Windows and macOS do not have.
set -eu
cd "$(dirname "$0")"
draw() { # name size draw-args... (coordinates are on a 64 x 64 grid)
    name=$1 size=$2; shift 2
    convert -size ${size}x${size} xc:none "$@" "$name"
}
for size in 32 64; do
    suffix=$([ "$size" = 64 ] && echo "@2x" || echo "")
    # connect: a green play-like arrow into a bar
    draw connect$suffix.png $size -fill '#2e7d32' -stroke none \
        -draw "scale $(echo "$size/64" | bc -l),$(echo "$size/64" | bc -l) polygon 14,10 50,32 14,54"
    draw disconnect$suffix.png $size -fill '#c62828' -stroke none \
        -draw "scale $(echo "$size/64" | bc -l),$(echo "$size/64" | bc -l) roundrectangle 12,12 52,52 6,6"
    draw close$suffix.png $size -fill none -stroke '#ef6c00' \
        -draw "scale $(echo "$size/64" | bc -l),$(echo "$size/64" | bc -l) stroke-width 7 line 16,16 48,48 line 48,16 16,48"
    draw ping$suffix.png $size -fill '#1565c0' -stroke none \
        -draw "scale $(echo "$size/64" | bc -l),$(echo "$size/64" | bc -l) polygon 4,22 28,8 28,18 40,18 40,26 28,26 28,36 polygon 60,42 36,28 36,38 24,38 24,46 36,46 36,56"
    draw clear$suffix.png $size -fill '#616161' -stroke none \
        -draw "scale $(echo "$size/64" | bc -l),$(echo "$size/64" | bc -l) rectangle 16,18 48,22 rectangle 26,12 38,18 polygon 19,26 45,26 42,56 22,56"
    draw demo$suffix.png $size -fill '#6a1b9a' -stroke none \
        -draw "scale $(echo "$size/64" | bc -l),$(echo "$size/64" | bc -l) polygon 26,6 38,6 38,24 54,54 10,54 26,24"
done
# The application icon (wsprobe*.png, .ico, .icns) comes from wsprobe.svg: make-app-icons.sh.
