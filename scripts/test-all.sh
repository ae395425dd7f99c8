#!/usr/bin/env bash
# The one command that sets up a fresh machine and runs every check: type-check, lint, build, unit
# tests (in three time zones), browser tests in Debian's Chromium, and the security scan.
# It ends with one line "N passed, N failed". .ci/run calls exactly this (through `npm test`).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results artifacts/screenshots

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- set-up (skipped when already done) ---------------------------------------------------
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
    || { echo "Could not install ${missing[*]} with apt-get"; echo "0 passed, 1 failed"; exit 1; }
fi
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  echo "== npm ci"
  # No ELECTRON_SKIP_BINARY_DOWNLOAD: package.json's allowScripts keeps Electron's download out of the
  # install (it happens at first `npm start`), so this proves a fresh clone installs anywhere.
  npm ci --no-audit --no-fund --loglevel=error || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
  [ -f node_modules/electron/electron.d.ts ] || { echo "npm ci left no node_modules/electron"; echo "0 passed, 1 failed"; exit 1; }
  echo "$lock_hash" > node_modules/.lock-hash
fi

# --- checks -------------------------------------------------------------------------------
passed=0
failed=0
skipped=0
failures=()
count() { passed=$((passed + $1)); failed=$((failed + $2)); }

# A step that is not a test runner counts as one check.
step() {
  local name=$1; shift
  echo "== $name"
  if "$@"; then count 1 0; else count 0 1; failures+=("$name"); fi
}

# Reads vitest's JSON report: passed and failed test counts.
vitest_counts() {
  node -e "const r=require('./$1');console.log(r.numPassedTests, r.numFailedTests + (r.numFailedTestSuites||0) + (r.numTotalTests===0?1:0))" 2>/dev/null || echo "0 1"
}

unit() {
  local tz=$1; shift
  local report="test-results/unit-${tz//\//_}.json"
  echo "== unit tests (TZ=$tz) $*"
  TZ=$tz npx vitest run --reporter=default --reporter=json --outputFile="$report" "$@"
  local rc=$?
  read -r p f < <(vitest_counts "$report")
  [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
  count "$p" "$f"
  [ "$f" -gt 0 ] && failures+=("unit tests TZ=$tz")
}

step "type-check" npm run -s typecheck
step "lint and format" npm run -s lint
step "build" npm run -s build
unit Asia/Ho_Chi_Minh
# Calendar, time and calendar-file code must not depend on the machine's zone: those suites run
# again in two more zones (the roster's property tests are zone-free and slow, so they run once).
zone_dirs=()
for d in tests/shared/calendar tests/shared/plan tests/shared/export tests/shared/reminders tests/services/exports tests/services/reminders; do
  [ -d "$d" ] && zone_dirs+=("$d")
done
for tz in UTC America/New_York; do unit "$tz" "${zone_dirs[@]}"; done

echo "== browser tests (Debian Chromium)"
npx playwright test
e2e_rc=$?
read -r p f k < <(node -e "const s=require('./test-results/e2e-report.json').stats;console.log(s.expected+s.flaky, s.unexpected + (s.expected+s.flaky+s.unexpected===0?1:0), s.skipped)" 2>/dev/null || echo "0 1 0")
skipped=$((skipped + k))
[ "$e2e_rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
count "$p" "$f"
[ "$f" -gt 0 ] && failures+=("browser tests")

if [ -f scripts/security-scan.mjs ]; then step "security scan" node scripts/security-scan.mjs; fi

echo
[ ${#failures[@]} -gt 0 ] && echo "Failed: ${failures[*]}"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
