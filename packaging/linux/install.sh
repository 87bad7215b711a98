#!/bin/sh
# Install the built one-folder app for the current user (no root needed):
#   sh packaging/linux/install.sh [dist/nihongoku]
# The app goes to ~/.local/lib/nihongoku, a `nihongoku` command to ~/.local/bin, and the
# menu entry and icon where desktop environments look for them. Learners' data stays in
# ~/.local/share/nihongoku, which this script never touches: reinstalling keeps it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
app=${1:-"$root/dist/nihongoku"}
[ -x "$app/nihongoku" ] || { echo "no built app in $app (run: python tools/build_bundle.py)" >&2; exit 1; }
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
rm -rf "$HOME/.local/lib/nihongoku.new"
mkdir -p "$HOME/.local/lib" "$HOME/.local/bin" "$data/applications" "$data/icons/hicolor/scalable/apps" "$data/icons/hicolor/256x256/apps"
cp -R "$app" "$HOME/.local/lib/nihongoku.new"
rm -rf "$HOME/.local/lib/nihongoku"
mv "$HOME/.local/lib/nihongoku.new" "$HOME/.local/lib/nihongoku"
ln -sf "$HOME/.local/lib/nihongoku/nihongoku" "$HOME/.local/bin/nihongoku"
cp "$root/resources/icons/nihongoku.svg" "$data/icons/hicolor/scalable/apps/nihongoku.svg"
cp "$root/resources/icons/nihongoku-256.png" "$data/icons/hicolor/256x256/apps/nihongoku.png"
sed "s|^Exec=nihongoku|Exec=$HOME/.local/bin/nihongoku|" "$here/nihongoku.desktop" > "$data/applications/nihongoku.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "installed: $HOME/.local/bin/nihongoku (menu: Nihongoku)"
