#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the kiosk needs; quiet when all are present.
set -euo pipefail
packages=(
  python3-venv            # ensurepip for the virtual environment
  libzbar0                # pyzbar's decoder
  xvfb xauth              # headless screen for tests and screenshots
  poppler-utils           # pdftoppm, to look at printed badges
  postgresql              # initdb/pg_ctl: the tests' throwaway site server (tests/support/postgres_server.py)
  fonts-noto-core fonts-dejavu-core   # Arabic and Latin glyphs
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libpulse0  # Qt's xcb platform and QtMultimedia
)
if ! command -v dpkg >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu machine; install the equivalents of: ${packages[*]}" >&2
  exit 0
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# python3-venv is only needed when the chosen python lacks ensurepip
if [ "${#missing[@]}" -gt 0 ] && "${PYTHON:-python3}" -c 'import ensurepip' 2>/dev/null; then
  missing=("${missing[@]/python3-venv}")
  read -r -a missing <<<"${missing[*]}"
fi
[ "${#missing[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1; then
  run=(sudo)
else
  echo "system-deps: please install these packages as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
