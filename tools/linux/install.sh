#!/bin/sh
# Install Declaration Viewer from the unpacked tar.gz (for distributions without dpkg).
#
#   ./install.sh              for you:      ~/.local/opt/declaration-viewer, ~/.local/bin,
#                                           menu entry and icons in ~/.local/share
#   sudo ./install.sh --system  for everyone: /opt/declaration-viewer, /usr/local/bin,
#                                           /usr/local/share
#
# Uninstall: ./uninstall.sh [--system] here, or <program folder>/uninstall.sh.
# Your annotations and settings (~/.local/share/declaration-viewer, ~/.config/declaration-viewer)
# are never touched by either script.
set -eu

NAME=declaration-viewer
HERE=$(cd "$(dirname "$0")" && pwd)

usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "install.sh: $*" >&2; exit 1; }

mode=user
case "${1:-}" in
  ""|--user) ;;
  --system) mode=system ;;
  -h|--help) usage; exit 0 ;;
  *) echo "install.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
esac

if [ "$mode" = system ]; then
  [ "$(id -u)" = 0 ] || die "--system needs root (sudo ./install.sh --system)"
  PROG=/opt/$NAME BIN=/usr/local/bin SHARE=/usr/local/share
  if command -v dpkg >/dev/null 2>&1 && dpkg -S "$PROG" >/dev/null 2>&1; then
    die "$PROG belongs to the installed .deb package; remove it first (dpkg -r $NAME)"
  fi
else
  PROG=$HOME/.local/opt/$NAME BIN=$HOME/.local/bin SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
fi

[ -x "$HERE/$NAME/$NAME" ] && [ -d "$HERE/share" ] || die "run me from the unpacked archive"
case "$PROG" in
  *[\"\`\$\\\|\&]*) die "cannot write a menu entry for a path with \" \` \$ \\ | or & in it: $PROG" ;;
esac
if [ -e "$BIN/$NAME" ] || [ -L "$BIN/$NAME" ]; then
  [ "$(readlink "$BIN/$NAME" || true)" = "$PROG/$NAME" ] \
    || die "$BIN/$NAME exists and is not ours (a pip install?); remove it first"
fi

# An earlier installation here is removed first, by its own uninstaller.
if [ -f "$PROG/installed-files" ]; then
  echo "Replacing the installation in $PROG"
  sh "$PROG/uninstall.sh" --quiet
fi
[ ! -e "$PROG" ] || die "$PROG exists and is not an installation of ours; remove it first"

# Folders we create are remembered, so uninstall.sh removes exactly them (if still empty).
created=""
make_dir() {
  d=$1 missing=""
  while [ ! -d "$d" ]; do missing="$d
$missing"; d=$(dirname "$d"); done
  while IFS= read -r m; do
    [ -z "$m" ] || { mkdir "$m"; created="${created}dir $m
"; }
  done <<EOF_DIRS
$missing
EOF_DIRS
}

# Copy into a temporary folder beside the target, then rename: never half a program. If
# anything fails, what was already copied is removed again (by the uninstaller, from its list).
tmp="$PROG.installing.$$"
rollback() {
  echo "install.sh: failed; removing what was copied, nothing stays installed" >&2
  if [ -f "$tmp/uninstall.sh" ]; then
    printf '%s' "$created" >> "$tmp/installed-files"
    sh "$tmp/uninstall.sh" --quiet
  fi
  rm -rf "$tmp"
}
make_dir "$(dirname "$PROG")"
trap rollback EXIT
trap 'exit 1' INT TERM
cp -R "$HERE/$NAME" "$tmp"
cp "$HERE/uninstall.sh" "$tmp/uninstall.sh"
: > "$tmp/installed-files"

while IFS= read -r rel; do
  rel=${rel#./}
  dest=$SHARE/$rel
  make_dir "$(dirname "$dest")"
  echo "file $dest" >> "$tmp/installed-files"
  case "$rel" in
    applications/*.desktop)  # the menu's PATH may lack $BIN: name the program in full
      sed -e "s|^Exec=$NAME|Exec=\"$PROG/$NAME\"|" -e "s|^TryExec=$NAME|TryExec=$PROG/$NAME|" \
        "$HERE/share/$rel" > "$dest" ;;
    *) cp "$HERE/share/$rel" "$dest" ;;
  esac
  chmod 644 "$dest"
done <<EOF_FILES
$(cd "$HERE/share" && find . -type f | sort)
EOF_FILES
make_dir "$BIN"
echo "file $BIN/$NAME" >> "$tmp/installed-files"
ln -sf "$PROG/$NAME" "$BIN/$NAME"

printf '%s' "$created" >> "$tmp/installed-files"
mv "$tmp" "$PROG"
trap - EXIT INT TERM
touch "$SHARE/icons/hicolor" 2>/dev/null || true  # tells icon caches to look again

echo "Installed Declaration Viewer in $PROG"
echo "  command: $BIN/$NAME   menu entry: $SHARE/applications/$NAME.desktop"
case ":$PATH:" in *":$BIN:"*) ;; *) echo "  ($BIN is not on your PATH; the menu entry works anyway)" ;; esac
echo "  uninstall: $PROG/uninstall.sh"
