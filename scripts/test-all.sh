#!/usr/bin/env bash
# The one command that sets up a fresh machine and runs every check: type-check, lint, build, unit
# tests (the calendar and export suites again in two more time zones), browser tests in Debian's
# Chromium, and the security scan. .ci/run calls exactly this (through `npm test`).
# It ends with one line "N passed, N failed, N skipped" that counts each test once (see README).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results artifacts/screenshots

bash scripts/test-setup.sh || { echo "Set-up failed (scripts/test-setup.sh)"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }

passed=0
failed=0
skipped=0
failures=()

# A step that is not a test runner counts as one check.
step() {
  local name=$1; shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

# Runs vitest in a zone, writing its JSON report, and notes the zones whose run exited non-zero (a run
# can fail without a failing test: an unhandled error, a crash).
unit() {
  local tz=$1; shift
  local report="test-results/unit-${tz//\//_}.json"
  rm -f "$report"
  echo "== unit tests (TZ=$tz) $*"
  TZ=$tz npx vitest run --reporter=default --reporter=json --outputFile="$report" "$@" || unit_rc+=("$tz")
}

step "type-check" npm run -s typecheck
step "lint and format" npm run -s lint
step "build" npm run -s build

unit_rc=()
unit Asia/Ho_Chi_Minh
# Calendar, time and calendar-file code must not depend on the machine's zone: those suites run
# again in two more zones (the roster's property tests are zone-free and slow, so they run once).
zone_dirs=()
for d in tests/shared/calendar tests/shared/plan tests/shared/export tests/shared/reminders tests/services/exports tests/services/reminders; do
  [ -d "$d" ] && zone_dirs+=("$d")
done
rerun_zones=(UTC America/New_York)
for tz in "${rerun_zones[@]}"; do unit "$tz" "${zone_dirs[@]}"; done
read -r p f k zp zf < <(npx tsx scripts/test-counts.ts test-results/unit-Asia_Ho_Chi_Minh.json test-results/unit-UTC.json test-results/unit-America_New_York.json 2>/dev/null || echo "0 1 0 0 1")
# vitest failed yet reported no failing test: count the run itself as a failure.
for tz in "${unit_rc[@]}"; do
  if [ "$tz" = Asia/Ho_Chi_Minh ]; then [ "$f" -eq 0 ] && f=1; else [ "$zf" -eq 0 ] && { zf=1; f=$((f + 1)); }; fi
done
passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + k))
[ "${#unit_rc[@]}" -gt 0 ] || [ "$f" -gt 0 ] && failures+=("unit tests")

echo "== browser tests (Debian Chromium)"
rm -f test-results/e2e-report.json
npx playwright test
e2e_rc=$?
read -r p f k < <(node -e "const s=require('./test-results/e2e-report.json').stats;console.log(s.expected+s.flaky, s.unexpected + (s.expected+s.flaky+s.unexpected===0?1:0), s.skipped)" 2>/dev/null || echo "0 1 0")
[ "$e2e_rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + k))
[ "$f" -gt 0 ] && failures+=("browser tests")

if [ -f scripts/security-scan.mjs ]; then step "security scan" node scripts/security-scan.mjs; fi

echo
[ ${#failures[@]} -gt 0 ] && echo "Failed: ${failures[*]}"
echo "zone re-runs (${rerun_zones[*]}): $zp passed, $zf failed"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
