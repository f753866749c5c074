#!/usr/bin/env bash
# Renders the demo program's pass images (Apple Wallet @1x/@2x/@3x and Google Wallet)
# from the SVG artwork in this folder, then losslessly shrinks every PNG.
#
# Debian packages needed:
#   librsvg2-bin        rsvg-convert (SVG -> PNG)
#   optipng             lossless PNG optimisation
#   fontconfig          fc-list, to check the fonts below are installed
#   fonts-roboto-slab   "Roboto Slab" Bold  (logo wordmark)
#   fonts-lato          "Lato" Bold         (logo tagline)
#
#   apt-get install -y librsvg2-bin optipng fontconfig fonts-roboto-slab fonts-lato
#
# Usage: bash templates/demo/artwork/render.sh
set -euo pipefail

art="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
demo="$(dirname "$art")"

for tool in rsvg-convert optipng fc-list; do
  command -v "$tool" >/dev/null 2>&1 || { echo "render.sh: '$tool' not found (see the package list at the top)" >&2; exit 1; }
done
# rsvg-convert silently substitutes a missing font, so check they are really there.
for font in "Roboto Slab:style=Bold" "Lato:style=Bold"; do
  [[ -n "$(fc-list "$font")" ]] || { echo "render.sh: font '$font' is not installed (see the package list at the top)" >&2; exit 1; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# render SVG OUTPUT WIDTH HEIGHT
render() {
  local svg="$1" out="$2" w="$3" h="$4"
  mkdir -p "$(dirname "$out")"
  rsvg-convert --format=png --width="$w" --height="$h" "$art/$svg" -o "$tmp/out.png"
  optipng -quiet -o5 -strip all "$tmp/out.png"
  mv "$tmp/out.png" "$out"
  echo "$out (${w}x${h}, $(stat -c %s "$out") bytes)"
}

# render_scaled SVG DIR NAME BASE_WIDTH BASE_HEIGHT  ->  NAME.png, NAME@2x.png, NAME@3x.png
render_scaled() {
  local svg="$1" dir="$2" name="$3" w="$4" h="$5"
  render "$svg" "$dir/$name.png"    "$w"         "$h"
  render "$svg" "$dir/$name@2x.png" "$((w * 2))" "$((h * 2))"
  render "$svg" "$dir/$name@3x.png" "$((w * 3))" "$((h * 3))"
}

# Apple Wallet
render_scaled icon.svg             "$demo/images"     icon  29  29
render_scaled logo.svg             "$demo/images"     logo  160 50
render_scaled store-card-strip.svg "$demo/store-card" strip 375 123
render_scaled coupon-strip.svg     "$demo/coupon"     strip 375 144

# Google Wallet
render google-program-logo.svg "$demo/google/program-logo.png" 660  660
render google-hero.svg         "$demo/google/hero.png"         1032 336
