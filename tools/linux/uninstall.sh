#!/bin/sh
# Uninstall Declaration Viewer installed by install.sh.
#
#   <program folder>/uninstall.sh     e.g. ~/.local/opt/declaration-viewer/uninstall.sh
#   ./uninstall.sh [--system]         from the unpacked archive: finds the installation
#
# Removes exactly what install.sh listed in <program folder>/installed-files, then the program
# folder. Your annotations and settings (~/.local/share/declaration-viewer,
# ~/.config/declaration-viewer) stay: delete those folders yourself if you want them gone.
set -eu

NAME=declaration-viewer
HERE=$(cd "$(dirname "$0")" && pwd)
die() { echo "uninstall.sh: $*" >&2; exit 1; }

quiet=no mode=user
for arg in "$@"; do
  case "$arg" in
    --quiet) quiet=yes ;;
    --system) mode=system ;;
    --user) ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $arg" ;;
  esac
done

if [ ! -f "$HERE/installed-files" ]; then
  # Run from the archive: hand over to the installed copy.
  if [ "$mode" = system ]; then PROG=/opt/$NAME; else PROG=$HOME/.local/opt/$NAME; fi
  [ -f "$PROG/installed-files" ] || die "no installation made by install.sh in $PROG"
  exec sh "$PROG/uninstall.sh" "$@"
fi

PROG=$HERE
[ -x "$PROG/$NAME" ] && [ -d "$PROG/_internal" ] || die "$PROG is not a Declaration Viewer folder"

# Newest first: files, then the program folder, then the folders install.sh made (deepest
# first), each only if nothing else now lives in it.
listed=$(sed -n '1!G;h;$p' "$PROG/installed-files")
printf '%s\n' "$listed" | while IFS= read -r line; do
  case "$line" in "file "*) rm -f "${line#file }" ;; esac
done
rm -rf "$PROG"
printf '%s\n' "$listed" | while IFS= read -r line; do
  case "$line" in "dir "*) rmdir "${line#dir }" 2>/dev/null || true ;; esac
done
[ "$quiet" = yes ] || echo "Removed Declaration Viewer from $PROG (your annotations and settings are kept)"
