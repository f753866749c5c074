#!/usr/bin/env bash
# Runs every test: the whole suite on SQLite, then the data tests (Category=Database) on a throwaway
# PostgreSQL cluster this script starts and removes. On a fresh Debian machine it first installs what
# the tests drive: chromium (browser tests) with Thai and Chinese fonts, openssl (pass signature checks),
# postgresql, and Node.js with npm for the pages' lint and unit tests (packages from the committed
# lockfile). The browser tests drive that chromium through Playwright, whose driver comes in the NuGet
# package: no browser is downloaded.
#
#   scripts/test.sh                     both engines
#   scripts/test.sh --engine sqlite     SQLite only (every test)
#   scripts/test.sh --engine postgres   PostgreSQL only (the data tests)
# Further arguments go to dotnet test, e.g. --filter "FullyQualifiedName~Till".
set -euo pipefail
cd "$(dirname "$0")/.."

engine=both
if [ "${1:-}" = "--engine" ]; then engine=${2:?"--engine takes sqlite, postgres or both"}; shift 2; fi
case "$engine" in sqlite|postgres|both) ;; *) echo "--engine takes sqlite, postgres or both" >&2; exit 2 ;; esac

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
fc-list 2>/dev/null | grep -qi "thai\|loma\|garuda" || missing+=(fonts-thai-tlwg)
fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || missing+=(fonts-wqy-microhei)
if [ "$engine" != sqlite ] && [ -z "$(pg_bin)" ]; then missing+=(postgresql); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

work=$(mktemp -d)
pg_data="$work/pg"
cleanup() {
  if [ -f "$pg_data/postmaster.pid" ]; then as_pg "$(pg_bin)/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# initdb refuses root: as root the cluster belongs to the postgres user the package created.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() {
  local bin port
  bin=$(pg_bin)
  port=$(( 20000 + RANDOM % 20000 ))
  mkdir -p "$pg_data"
  [ "$(id -u)" -ne 0 ] || chown postgres "$work" "$pg_data"
  as_pg "$bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
  # A throwaway cluster: durability is not what the tests check, so fsync is off to spare the disk.
  as_pg "$bin/pg_ctl" -D "$pg_data" -l "$work/pg.log" -w -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  export WALLETLOYALTY_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port"
}

log="$work/test.log"
status=0
echo "== Pages: lint and unit tests of the ES modules"
[ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund --loglevel=error
npm run --silent lint || status=1
set +e
npm test --silent > "$work/pages.log" 2>&1
pages=$?
set -e
{ grep -E "^# (tests|pass|fail) " "$work/pages.log" || true; } | tr '\n' ' '; echo
[ "$pages" -eq 0 ] || { cat "$work/pages.log"; status=1; }

dotnet build WalletLoyalty.sln --nologo -v q
if [ "$engine" != postgres ]; then
  echo "== SQLite: every test"
  set +e
  env -u WALLETLOYALTY_TEST_POSTGRES dotnet test WalletLoyalty.sln --nologo --no-build "$@" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  set -e
fi
if [ "$engine" != sqlite ]; then
  echo "== PostgreSQL: the data tests"
  start_postgres
  set +e
  dotnet test WalletLoyalty.sln --nologo --no-build --filter "Category=Database" "$@" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  set -e
fi

# One plain summary line over every test assembly and engine.
awk '/(Passed|Failed)! +- Failed:/ {
       for (i = 1; i <= NF; i++) { g = $(i+1); gsub(",", "", g)
         if ($i == "Failed:") f += g; if ($i == "Passed:") p += g; if ($i == "Skipped:") s += g }
     } END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
