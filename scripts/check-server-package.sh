#!/usr/bin/env bash
# Checks a built astro-server .deb: control fields and contents, then unpacks it into a fresh
# temporary root and runs the installed server on the system's Qt: it must serve the demo store
# on a loopback port and hand out a token for the demo credentials.
#   scripts/check-server-package.sh build/astro-server_0.1.0_amd64.deb
# Prints one line per check and "N passed, N failed"; exits 1 when a check failed.
set -uo pipefail

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    echo "usage: $0 PACKAGE.deb" >&2
    exit 2
fi
deb="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"

passed=0
failed=0
pass() { echo "PASS  $*"; passed=$((passed + 1)); }
fail() { echo "FAIL  $*"; failed=$((failed + 1)); }

tmp="$(mktemp -d /tmp/astro-check-server.XXXXXX)"
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT

echo "Checking $deb"
field() { dpkg-deb -f "$deb" "$1" 2>/dev/null; }
[ "$(field Package)" = astro-server ] && pass "Package: astro-server" \
    || fail "Package is '$(field Package)', not astro-server"
[ "$(field Section)" = net ] && pass "Section: net" || fail "Section is '$(field Section)'"
depends="$(field Depends)"
echo "      Depends: $depends"
for dep in libqt6core6 libqt6httpserver6 libqt6network6 libqt6sql6-sqlite; do
    printf '%s\n' "$depends" | tr ',' '\n' | grep -Eq "^ *$dep( |$)" \
        && pass "Depends has $dep" || fail "Depends lacks $dep"
done
apt-get install --simulate -qq "$deb" >/dev/null 2>&1 \
    && pass "apt can satisfy the dependencies" || fail "apt cannot satisfy the dependencies"

# Debian's own checks: no error and no warning (informational tags are allowed).
lintian_out="$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -E '^[EW]: ')"
[ -z "$lintian_out" ] && pass "lintian: no error or warning" \
    || fail "lintian: $(printf '%s' "$lintian_out" | head -5)"

contents="$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')"
for file in /usr/bin/astro-server /usr/share/man/man1/astro-server.1.gz \
    /usr/lib/systemd/system/astro-server.service /usr/share/doc/astro-server/copyright \
    /usr/share/doc/astro-server/changelog.gz; do
    printf '%s\n' "$contents" | grep -qxF "$file" && pass "contains $file" || fail "missing $file"
done
printf '%s\n' "$contents" | grep -q astro-counter && fail "the server package holds counter files" \
    || pass "no counter files in the server package"

root="$tmp/root"
mkdir -p "$root"
if dpkg -x "$deb" "$root"; then pass "dpkg -x"; else fail "dpkg -x"; fi

# The installed server on a free port, with its database in the temporary folder.
"$root/usr/bin/astro-server" --port 0 --db "$tmp/server.sqlite" >"$tmp/out" 2>"$tmp/err" &
server_pid=$!
url=""
for _ in $(seq 1 100); do
    url="$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$tmp/out")"
    [ -n "$url" ] && break
    sleep 0.1
done
if [ -n "$url" ]; then
    pass "astro-server is listening on $url"
    token="$(curl -s --max-time 10 -d username=demo -d password=demo -d grant_type=password \
        -d client_id=demo "$url/token/")"
    printf '%s\n' "$token" | grep -q '"access_token"' && pass "the demo credentials get a token" \
        || fail "token answer: $token"
    access="$(printf '%s\n' "$token" | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')"
    catalog="$(curl -s --max-time 30 -H "Authorization: Bearer $access" \
        --data-urlencode 'jsonData={"cursor":""}' "$url/ext_downloadCatalog/")"
    printf '%s\n' "$catalog" | grep -q '"astro_status": *100' \
        && printf '%s\n' "$catalog" | grep -q 'PRG-NORTHWIND-FB' \
        && pass "it serves the demo catalog" || fail "ext_downloadCatalog: $(printf '%s' "$catalog" | head -c 300)"
    # Astro's public API, as any client sends it.
    added="$(curl -s --max-time 10 -H "Authorization: Bearer $access" \
        --data-urlencode 'jsonData={"customerID":"PKG-1","first_name":"Ann","last_name":"Lee"}' \
        "$url/addCustomer/")"
    printf '%s\n' "$added" | grep -q '"astro_customer_id"' \
        && pass "it answers Astro's public addCustomer" || fail "addCustomer: $(printf '%s' "$added" | head -c 300)"
else
    fail "astro-server did not start: $(cat "$tmp/err")"
fi
if [ -n "$server_pid" ]; then
    kill -TERM "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
    rc=$?
    server_pid=""
    [ "$rc" = 0 ] && pass "astro-server stopped cleanly on SIGTERM" || fail "astro-server exited with $rc"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
