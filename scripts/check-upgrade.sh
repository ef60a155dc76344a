#!/usr/bin/env bash
# The upgrade test: a store's data survives a package upgrade that migrates its database.
#   1. Builds the package of this tree (version N, scripts/package.sh), unpacks it into root A,
#      and with A's CLI makes a store in the default database of a fresh home: the demo store,
#      a new customer, and scans for customer 1 on a card the location is enrolled in.
#   2. Copies this tree to a temporary folder, adds a migration to core/storage/Migrations.cpp
#      (a column on customers), bumps the project version to N+1, builds that package and
#      unpacks it into root B.
#   3. Runs B's CLI on the same database and checks: the schema is one version newer, the new
#      column exists, customer 1's cards and the event log are unchanged, the new customer is
#      there, B can keep recording; and A's CLI now refuses the newer database, leaving it as is.
# Slow (two Release builds): not run by CI. Prints one line per check and "N passed, N failed".
#   ASTRO_PKG_JOBS=N   parallel compile jobs (default: the number of cores)
#   KEEP=1             keep the temporary folder (its path is printed)
set -uo pipefail
cd "$(dirname "$0")/.."
src="$PWD"

passed=0
failed=0
pass() { echo "PASS  $*"; passed=$((passed + 1)); }
fail() { echo "FAIL  $*"; failed=$((failed + 1)); }
die() { echo "FAIL  $*"; echo "$passed passed, $((failed + 1)) failed"; exit 1; }

tmp="$(mktemp -d /tmp/astro-check-upgrade.XXXXXX)"
if [ "${KEEP:-0}" = 1 ]; then
    echo "Working in $tmp (kept)"
else
    trap 'rm -rf "$tmp"' EXIT
fi
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3

# --- 1. Version N -----------------------------------------------------------------------------
echo "== Building the package of this tree (version N)"
bash scripts/package.sh > "$tmp/build-n.log" 2>&1 || { tail -30 "$tmp/build-n.log"; die "build of version N"; }
deb_a="$(ls build-pkg/astro-counter_*.deb | head -1)"
version_a="$(dpkg-deb -f "$deb_a" Version)"
pass "built $(basename "$deb_a")"
mkdir -p "$tmp/a" && dpkg -x "$deb_a" "$tmp/a" || die "dpkg -x $deb_a"
cli_a="$tmp/a/usr/bin/astro-counter-cli"

# One fresh home for both versions: the database is at its default place, as for a real user.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache"
unset XDG_DATA_HOME LD_LIBRARY_PATH QT_PLUGIN_PATH ASTRO_USER ASTRO_PIN
export LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
db="$HOME/.local/share/Astro Loyalty/astro-counter/astro-counter.sqlite"

schema_version() {
    "$py" -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT max(version) FROM schema_version").fetchone()[0])' "$db"
}

"$cli_a" init --demo > "$tmp/init.log" 2>&1 || { cat "$tmp/init.log"; die "version N: init --demo"; }
[ -f "$db" ] && pass "version $version_a made the demo store at the default path: $db" \
    || die "no database at the default path $db"
schema_a="$(schema_version)"

# Two products of the first card of a Northwind program LOC-TORONTO is enrolled in (demo data).
read -r upc1 upc2 < <("$py" - resources/demo/catalog.json resources/demo/store.json <<'EOF'
import json, sys
catalog = json.load(open(sys.argv[1]))
store = json.load(open(sys.argv[2]))
enrolled = {e["subject"] for e in store["enrollments"]
            if e["location"] == "LOC-TORONTO" and e["distributor"] != "TEMP-HOLDING"}
for program in catalog["programs"]:
    if program["id"] in enrolled and program["id"] == "PRG-NORTHWIND-FB":
        for card in program["cards"]:
            if "084721100287" in card["products"] and "084721100218" in card["products"]:
                print("084721100287 084721100218")
                sys.exit(0)
sys.exit("the demo catalog changed: pick two UPCs of an enrolled card in scripts/check-upgrade.sh")
EOF
)
[ -n "${upc1:-}" ] || die "no UPC on an enrolled card in resources/demo/catalog.json"

export ASTRO_USER="Alex Martin" ASTRO_PIN=1111
"$cli_a" customer add --first Owen --last Fraser --phone 4165550190 > /dev/null 2>"$tmp/err" \
    && pass "version N: added customer Owen Fraser" || fail "version N: customer add: $(cat "$tmp/err")"
for items in "$upc1" "$upc2" "${upc1}x2 --reason Converting-paper-card"; do
    # shellcheck disable=SC2086 # items holds the item and its options
    "$cli_a" scan --customer 1 $items > /dev/null 2>"$tmp/err" \
        && pass "version N: scan --customer 1 $items" || fail "version N: scan $items: $(cat "$tmp/err")"
done
unset ASTRO_USER ASTRO_PIN
"$cli_a" --json cards --customer 1 > "$tmp/cards-before.json" || fail "version N: cards"
"$cli_a" --json events --limit 1000000 > "$tmp/events-before.json" || fail "version N: events"
"$cli_a" --json customer show 1 > "$tmp/customer-before.json" || fail "version N: customer show"
echo "      customer 1's cards at version N:"
"$cli_a" cards --customer 1 | sed 's/^/        /'
cp "$db" "$tmp/db-version-n.sqlite"

# --- 2. Version N+1: one more migration -------------------------------------------------------
echo "== Building version N+1 with one more migration (a copy of the tree in $tmp/src)"
mkdir -p "$tmp/src"
# The tree as it is now (tracked and new files, not the ignored build folders).
git ls-files -z --cached --others --exclude-standard \
    | tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$tmp/src" \
    || die "copying the tree"
"$py" - "$tmp/src" <<'EOF' || die "patching the copy"
import datetime, pathlib, re, sys
root = pathlib.Path(sys.argv[1])

# A new migration: the next number, appended to the list, as a developer would add one.
path = root / "core/storage/Migrations.cpp"
text = path.read_text()
m = re.search(r"const char\* const migrations\[\] = \{([^}]*)\};", text)
names = [n.strip() for n in m.group(1).split(",") if n.strip()]
n = len(names) + 1
migration = (f'const char* const migration{n} = R"SQL(\n'
             f"ALTER TABLE customers ADD COLUMN upgrade_test_note TEXT NOT NULL DEFAULT '';\n"
             f')SQL";\n\n')
names.append(f"migration{n}")
text = text[:m.start()] + migration + f"const char* const migrations[] = {{{', '.join(names)}}};" + text[m.end():]
path.write_text(text)

# The version: N+1.
path = root / "CMakeLists.txt"
text = path.read_text()
m = re.search(r"(project\(AstroCounter VERSION )(\d+)\.(\d+)\.(\d+)", text)
new = f"{m.group(2)}.{m.group(3)}.{int(m.group(4)) + 1}"
path.write_text(text[:m.start()] + m.group(1) + new + text[m.end():])

# Its release in the metainfo, as the release checklist asks.
path = root / "installer/com.astroloyalty.AstroCounter.metainfo.xml"
text = path.read_text()
today = datetime.date.today().isoformat()
path.write_text(text.replace("<releases>", f'<releases>\n    <release version="{new}" date="{today}"/>', 1))
print(f"migration{n} added, version {new}")
EOF
(cd "$tmp/src" && bash scripts/package.sh) > "$tmp/build-n1.log" 2>&1 \
    || { tail -30 "$tmp/build-n1.log"; die "build of version N+1"; }
deb_b="$(ls "$tmp"/src/build-pkg/astro-counter_*.deb | head -1)"
version_b="$(dpkg-deb -f "$deb_b" Version)"
[ "$version_b" != "$version_a" ] && pass "built $(basename "$deb_b")" \
    || fail "version N+1 has the same version as N: $version_b"
mkdir -p "$tmp/b" && dpkg -x "$deb_b" "$tmp/b" || die "dpkg -x $deb_b"
cli_b="$tmp/b/usr/bin/astro-counter-cli"

# --- 3. Version N+1 on version N's database ---------------------------------------------------
out="$("$cli_b" --version)"
[ "$out" = "astro-counter-cli $version_b" ] && pass "new CLI: $out" || fail "new CLI --version: $out"
"$cli_b" --json cards --customer 1 > "$tmp/cards-after.json" 2>"$tmp/err" \
    && pass "version N+1 opened version N's database" || fail "version N+1 cards: $(cat "$tmp/err")"
schema_b="$(schema_version)"
[ "$schema_b" = "$((schema_a + 1))" ] && pass "schema_version $schema_a -> $schema_b" \
    || fail "schema_version is $schema_b, expected $((schema_a + 1))"
"$py" -c 'import sqlite3,sys; cols=[r[1] for r in sqlite3.connect(sys.argv[1]).execute("PRAGMA table_info(customers)")]; sys.exit("upgrade_test_note" not in cols)' "$db" \
    && pass "the new migration's column customers.upgrade_test_note exists" \
    || fail "customers has no column upgrade_test_note"
"$cli_b" --json events --limit 1000000 > "$tmp/events-after.json" || fail "version N+1: events"
"$cli_b" --json customer show 1 > "$tmp/customer-after.json" || fail "version N+1: customer show"
same_json() { "$py" -c 'import json,sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))' "$1" "$2"; }
same_json "$tmp/cards-before.json" "$tmp/cards-after.json" \
    && pass "customer 1's cards are identical" || fail "customer 1's cards changed: see $tmp/cards-*.json"
same_json "$tmp/customer-before.json" "$tmp/customer-after.json" \
    && pass "customer 1 (record, cards, redemptions) is identical" || fail "customer 1 changed"
same_json "$tmp/events-before.json" "$tmp/events-after.json" \
    && pass "the event log is identical ($("$py" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$tmp/events-after.json") events)" \
    || fail "the event log changed: see $tmp/events-*.json"
"$cli_b" customer find fraser | grep -q "Owen" && pass "customer Owen Fraser is still there" \
    || fail "customer Owen Fraser is gone"
echo "      customer 1's cards at version N+1:"
"$cli_b" cards --customer 1 | sed 's/^/        /'
"$cli_b" --user "Sam Tremblay" --pin 3333 scan --customer 1 "$upc2" > /dev/null 2>"$tmp/err" \
    && pass "version N+1 records a scan on the migrated database" || fail "version N+1 scan: $(cat "$tmp/err")"

# Going back is refused: version N does not open a database of version N+1, nor changes it.
before="$(sha256sum "$db" | cut -d' ' -f1)"
if "$cli_a" cards --customer 1 > "$tmp/old.log" 2>&1; then
    fail "version N opened the database of version N+1"
else
    pass "version N refuses the newer database: $(head -1 "$tmp/old.log")"
fi
[ "$(schema_version)" = "$schema_b" ] && [ "$(sha256sum "$db" | cut -d' ' -f1)" = "$before" ] \
    && pass "the newer database is left untouched" || fail "version N changed the newer database"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
