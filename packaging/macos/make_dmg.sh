#!/usr/bin/env bash
# macOS: turns the PyInstaller-built dist/CheckupDesktop.app (the BUNDLE step of
# packaging/checkup_desktop.spec, with PDF in its Info.plist document types) into a
# drag-to-Applications disk image with hdiutil. Ad-hoc signs the bundle so Gatekeeper on
# Apple silicon runs it; set CODESIGN_IDENTITY for a Developer ID signature (notarisation
# is a separate, credentialed step).
#   packaging/macos/make_dmg.sh [dist-dir]      -> dist/CheckupDesktop-<version>-macos-<arch>.dmg
set -euo pipefail
cd "$(dirname "$0")/../.."
DIST=${1:-dist}
APP="$DIST/CheckupDesktop.app"
PY=${PYTHON:-python3}
[[ -d "$APP" ]] || { echo "no $APP: run scripts/build_frozen.sh on macOS first" >&2; exit 1; }

version=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
plist() { /usr/libexec/PlistBuddy -c "Print :$1" "$APP/Contents/Info.plist"; }
[[ "$(plist CFBundleDocumentTypes:0:LSItemContentTypes:0)" == com.adobe.pdf ]] \
  || { echo "Info.plist does not declare PDF documents" >&2; exit 1; }
[[ "$(plist CFBundleExecutable)" == CheckupDesktop && "$(plist LSBackgroundOnly)" == false ]] \
  || { echo "Info.plist must start the windowed CheckupDesktop as a foreground app" >&2; exit 1; }

codesign --force --deep --sign "${CODESIGN_IDENTITY:--}" "$APP"
codesign --verify --deep --strict "$APP"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$APP" "$stage/"
ln -s /Applications "$stage/Applications"
dmg="$DIST/CheckupDesktop-$version-macos-$(uname -m).dmg"
rm -f "$dmg"
hdiutil create -volname "Checkup Desktop" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
hdiutil verify "$dmg"
echo "$dmg"
