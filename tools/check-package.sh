#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a built ScaleLab .deb the way a school's IT department would use it
# (docs/packaging.md):
#   tools/check-package.sh DEB
# 1. the control fields: computed Depends (Qt libraries among them), Section, Maintainer;
# 2. lintian on the .deb with no error (the warnings it may print are listed, with their
#    reasons, in docs/packaging.md; any other tag fails the check);
# 3. installs it: into a scratch root (dpkg -x, the default) or, with PKG_INSTALL=system,
#    on this machine with apt-get (pulling in its Depends; CI on a clean bookworm);
# 4. desktop-file-validate and appstreamcli validate on the installed files;
# 5. the installed scalelab-cli: --version, validate and run on an installed example;
# 6. the installed GUI under Xvfb in German (LANGUAGE=de) with an installed lesson: it
#    must read its lessons from <prefix>/share/scalelab (no build tree, no variable) and
#    write a screenshot ($PKG_SHOT, default <folder of DEB>/installed-de.png).
set -eu
DEB=${1:?usage: tools/check-package.sh DEB}
[ -f "$DEB" ] || { echo "check-package: $DEB: no such file" >&2; exit 1; }
DEB=$(cd "$(dirname "$DEB")" && pwd)/$(basename "$DEB")
cd "$(dirname "$0")/.."
HERE=$(pwd)
SHOT=${PKG_SHOT:-$(dirname "$DEB")/installed-de.png}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 700 "$tmp"
fail() { echo "check-package: $*" >&2; exit 1; }
step() { echo "-- $*" >&2; }

for tool in dpkg-deb lintian desktop-file-validate appstreamcli xvfb-run; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool not found (run tools/install-deps.sh)"
done

step "control fields"
field() { dpkg-deb -f "$DEB" "$1"; }
depends=$(field Depends)
echo "Depends: $depends" >&2
for lib in libqt6widgets6 libqt6charts6 libqt6svg6 libgif7 libc6; do
  echo "$depends" | grep -q "$lib" || fail "Depends lacks $lib (is dpkg-shlibdeps working?)"
done
[ "$(field Section)" = education ] || fail "Section is '$(field Section)', not education"
field Maintainer | grep -q '<.*@.*>' || fail "Maintainer '$(field Maintainer)' has no address"
dpkg-deb -c "$DEB" >"$tmp/contents.txt"
grep ' ./usr/share/doc/scalelab/copyright$' "$tmp/contents.txt" >/dev/null || fail "no copyright file"

step "lintian"
# The tags this package is known to raise, each explained in docs/packaging.md
# ("lintian"); any other tag, and any error, fails the check.
ALLOWED="initial-upload-closes-no-bugs binary-has-unneeded-section spelling-error-in-binary"
lintian --tag-display-limit 0 --display-info "$DEB" >"$tmp/lintian.txt" 2>/dev/null || true
cat "$tmp/lintian.txt" >&2
if grep -q '^E: ' "$tmp/lintian.txt"; then fail "lintian reports errors"; fi
unexpected=""
for tag in $(sed -n 's/^[WIPX]: scalelab[^:]*: \([a-z0-9.+-]*\).*/\1/p' "$tmp/lintian.txt" | sort -u); do
  case " $ALLOWED " in
    *" $tag "*) ;;
    *) unexpected="$unexpected $tag" ;;
  esac
done
[ -z "$unexpected" ] || fail "lintian tags not explained in docs/packaging.md:$unexpected"

step "install"
if [ "${PKG_INSTALL:-scratch}" = system ]; then
  export DEBIAN_FRONTEND=noninteractive
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get install -y -qq --no-install-recommends "$DEB" >&2
  ROOT=""
else
  ROOT=$tmp/root
  dpkg -x "$DEB" "$ROOT"
fi
PREFIX=$ROOT/usr
for f in bin/scalelab bin/scalelab-cli \
  share/applications/org.scalelab.ScaleLab.desktop \
  share/metainfo/org.scalelab.ScaleLab.metainfo.xml \
  share/mime/packages/org.scalelab.ScaleLab.xml \
  share/icons/hicolor/scalable/apps/org.scalelab.ScaleLab.svg \
  share/icons/hicolor/48x48/apps/org.scalelab.ScaleLab.png \
  share/man/man1/scalelab.1.gz share/man/man1/scalelab-cli.1.gz \
  share/scalelab/lessons/06-replication-failover/lesson.json \
  share/scalelab/lessons/06-replication-failover/lesson.de.json \
  share/scalelab/lessons/glossary.json \
  share/scalelab/examples/08-database-replication.json \
  share/scalelab/translations/scalelab_de.qm; do
  [ -e "$PREFIX/$f" ] || fail "the package installs no $f"
done
if grep -e 'CMakeCache' -e '_CPack_' -e '\.o$' "$tmp/contents.txt" >/dev/null; then
  fail "build-tree files in the package"
fi
if grep -l --binary-files=text "$HERE" "$PREFIX/bin/scalelab" "$PREFIX/bin/scalelab-cli" >/dev/null; then
  fail "an installed program names the source tree $HERE"
fi

step "validators"
desktop-file-validate "$PREFIX/share/applications/org.scalelab.ScaleLab.desktop" >&2
appstreamcli validate --no-net --explain "$PREFIX/share/metainfo/org.scalelab.ScaleLab.metainfo.xml" >&2
if command -v xmllint >/dev/null 2>&1; then
  xmllint --noout "$PREFIX/share/mime/packages/org.scalelab.ScaleLab.xml"
fi
# The man pages format without a warning (man-db checks the roff).
if command -v man >/dev/null 2>&1; then
  for page in scalelab scalelab-cli; do
    MANWIDTH=80 man --warnings -l -Tutf8 "$PREFIX/share/man/man1/$page.1.gz" >/dev/null 2>"$tmp/man.txt" || true
    [ ! -s "$tmp/man.txt" ] || { cat "$tmp/man.txt" >&2; fail "man page $page.1: warnings"; }
  done
fi

# A private home: no settings, no autosave, no recent files of this machine.
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset SCALELAB_LESSONS_DIR
# Run from a folder that holds nothing of the project.
cd "$tmp"

step "installed scalelab-cli"
cli=$PREFIX/bin/scalelab-cli
"$cli" --version | grep -q '^scalelab-cli 0\.' || fail "scalelab-cli --version: $("$cli" --version)"
ex=$PREFIX/share/scalelab/examples/08-database-replication.json
"$cli" validate "$ex" >&2
"$cli" run "$ex" --seed 3 --duration 60 --out "$tmp/run" >&2
for f in summary.json timeseries.csv events.csv; do
  [ -s "$tmp/run/$f" ] || fail "scalelab-cli run wrote no $f"
done
grep -q '"throughput' "$tmp/run/summary.json" || fail "summary.json has no throughput"

step "installed GUI under Xvfb, in German, with an installed lesson"
if ! command -v xvfb-run >/dev/null 2>&1; then fail "xvfb-run not found (Debian: xvfb)"; fi
LANGUAGE=de LANG=de_DE.UTF-8 QT_LOGGING_RULES="scalelab.data.debug=true" \
  xvfb-run -a -s "-screen 0 1280x720x24" \
  "$PREFIX/bin/scalelab" --size 1280x720 --lesson 06 --run-seconds 5 --screenshot "$SHOT" \
  >"$tmp/gui.txt" 2>&1 || { cat "$tmp/gui.txt" >&2; fail "the installed GUI failed"; }
cat "$tmp/gui.txt" >&2
grep -q "lessons from \"$PREFIX/share/scalelab/lessons\"" "$tmp/gui.txt" ||
  fail "the installed GUI did not read its lessons from $PREFIX/share/scalelab/lessons"
grep -q 'lesson language de$' "$tmp/gui.txt" || fail "the installed GUI did not start in German"
[ -s "$SHOT" ] || fail "no screenshot"
echo "installed GUI screenshot: $SHOT" >&2
step "package checked: $DEB"
