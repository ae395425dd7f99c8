#!/usr/bin/env bash
# Sets up a machine for `npm test`: the Debian packages the tests need and node_modules matching
# package-lock.json. Does nothing that is already done, so every `npm test` may call it; a fresh CI
# machine gets everything from here. Run it alone (`bash scripts/test-setup.sh`) to prepare a machine.
set -uo pipefail
cd "$(dirname "$0")/.."

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
[ -d /usr/share/fonts/truetype/liberation ] || missing+=(fonts-liberation)
# A virtual display for the Electron launch test, where Electron's binary can be had.
[ -x /usr/bin/Xvfb ] || missing+=(xvfb)
# Independent readers of what the app writes (iTIP mails, .ics files, workbooks, Word files, a CalDAV
# server), and the real Radicale the CalDAV tests publish to; openssl makes their TLS certificates.
# khal and vdirsyncer subscribe to the feed folder as a phone does; zbarimg decodes its QR codes.
/usr/bin/python3 -c 'import icalendar' 2>/dev/null || missing+=(python3-icalendar)
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || missing+=(python3-openpyxl)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
/usr/bin/python3 -c 'import radicale' 2>/dev/null || missing+=(radicale)
/usr/bin/python3 -c 'import caldav' 2>/dev/null || missing+=(python3-caldav)
command -v openssl >/dev/null || missing+=(openssl)
command -v khal >/dev/null || missing+=(khal)
command -v vdirsyncer >/dev/null || missing+=(vdirsyncer)
command -v zbarimg >/dev/null || missing+=(zbar-tools)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== apt-get install ${missing[*]}"
  sudo_if_needed apt-get update -qq && sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || { echo "Could not install ${missing[*]} with apt-get"; exit 1; }
fi

# node_modules is reinstalled only when package-lock.json changed since the last install here.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  echo "== npm ci"
  # No ELECTRON_SKIP_BINARY_DOWNLOAD: package.json's allowScripts keeps Electron's download out of the
  # install (it happens at first `npm start`), so this proves a fresh clone installs anywhere.
  npm ci --no-audit --no-fund --loglevel=error || { echo "npm ci failed"; exit 1; }
  [ -f node_modules/electron/electron.d.ts ] || { echo "npm ci left no node_modules/electron"; exit 1; }
  echo "$lock_hash" > node_modules/.lock-hash
fi
