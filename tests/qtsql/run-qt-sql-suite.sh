#!/usr/bin/env bash
# Qt's own SQL tests against QSQLCIPHER, with Qt's QSQLITE as the baseline.
#
#   tests/qtsql/run-qt-sql-suite.sh BUILD_DIR [WORK_DIR]
#
# BUILD_DIR is a configured Tallenne build directory; its tallenne_storage library (and the
# layers under it) is built if needed, and the headers are taken from the source tree that
# build was configured from. WORK_DIR (default: a new /tmp/tallenne-qtsql.XXXXXX) keeps the
# test build, the logs and results.txt.
#
# What it does:
#   1. installs qt6-base-private-dev if missing (the tests use QtSql's private headers);
#   2. fetches Debian's source package of the installed qt6-base, through a private apt
#      configuration in WORK_DIR (its own sources.list with deb-src lines for this suite, its
#      own lists and cache; /etc/apt is not touched), and extracts only tests/auto/sql/kernel;
#   3. applies tst_databases.patch (the harness gets a QSQLCIPHER connection) and builds
#      qsqldatabase, qsqlquery, qsqldriver, qsql and qsqlthread twice (CMakeLists.txt here):
#      against Qt's QSQLITE plugin and against QSQLCIPHER;
#   4. runs both and compares (qtsql_suite.py): it passes when every row that passes on QSQLITE
#      passes on QSQLCIPHER, except the rows in allow-list.txt, each with its reason.
#
# JOBS (default: all cores) sets the build's parallelism; DEBIAN_MIRROR and
# DEBIAN_SECURITY_MIRROR the archives (deb.debian.org). CI (.ci/run) runs it on the test
# build; it downloads the 46 MB Qt source archive each time.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ $# -lt 1 ] || [ ! -f "$1/CMakeCache.txt" ]; then
    sed -n '2,9p' "$0"
    exit 2
fi
build=$(cd "$1" && pwd)
work=${2:-$(mktemp -d /tmp/tallenne-qtsql.XXXXXX)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
jobs=${JOBS:-$(nproc)}
started=$(date +%s)
say() { echo "== $*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# 1. Packages.
missing=()
for p in qt6-base-private-dev libqt6sql6-sqlite; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "Installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
fi

# 2. Qt's tests, from Debian's source package of the installed Qt.
source_package=$(dpkg-query -W -f='${source:Package}' libqt6sql6)
version=$(dpkg-query -W -f='${source:Version}' libqt6sql6)
codename=$(. /etc/os-release && echo "${VERSION_CODENAME:?no VERSION_CODENAME in /etc/os-release}")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
apt_dir="$work/apt"
rm -rf "$apt_dir"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/parts" \
    "$apt_dir/download"
cat >"$apt_dir/sources.list" <<EOF
deb-src [signed-by=$keyring] $mirror $codename main
deb-src [signed-by=$keyring] $mirror $codename-updates main
deb-src [signed-by=$keyring] $security $codename-security main
EOF
apt_options=(
    -o "Dir::Etc::SourceList=$apt_dir/sources.list"
    -o "Dir::Etc::SourceParts=$apt_dir/parts"
    -o "Dir::State::Lists=$apt_dir/lists"
    -o "Dir::Cache=$apt_dir/cache"
)
# As root apt downloads as the user _apt, who cannot write into this private directory.
[ "$(id -u)" -eq 0 ] && apt_options+=(-o "APT::Sandbox::User=root")
say "Fetching $source_package $version (deb-src $codename from $mirror)"
apt-get "${apt_options[@]}" -qq update
(cd "$apt_dir/download" && apt-get "${apt_options[@]}" -qq source --download-only \
    "$source_package=$version")
orig=$(ls "$apt_dir/download/${source_package}_"*.orig.tar.*)
qt="$work/qt"
rm -rf "$qt"
mkdir -p "$qt"
tar -xf "$orig" -C "$qt" --strip-components=1 --wildcards '*/tests/auto/sql/kernel/*'
kernel="$qt/tests/auto/sql/kernel"
[ -f "$kernel/qsqldatabase/tst_databases.h" ] || { echo "No tests/auto/sql/kernel in $orig"; exit 1; }
# Debian's own changes to these tests, if it has any.
debian_tar=$(ls "$apt_dir/download/${source_package}_"*.debian.tar.* 2>/dev/null || true)
if [ -n "$debian_tar" ]; then
    mkdir -p "$apt_dir/debian"
    tar -xf "$debian_tar" -C "$apt_dir/debian"
    series="$apt_dir/debian/debian/patches/series"
    if [ -f "$series" ]; then
        while read -r patch _; do
            case "$patch" in '' | '#'*) continue ;; esac
            if grep -q '^+++ [^ ]*tests/auto/sql/kernel/' "$apt_dir/debian/debian/patches/$patch"; then
                say "Applying Debian's $patch"
                patch -d "$qt" -p1 --forward -s -i "$apt_dir/debian/debian/patches/$patch"
            fi
        done <"$series"
    fi
fi
say "Adding QSQLCIPHER to the harness (tst_databases.patch)"
patch -d "$kernel" -p1 -s -i "$here/tst_databases.patch"

# 3. Build: Tallenne's static libraries, then the tests.
source_dir=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$build/CMakeCache.txt")
say "Building tallenne_storage in $build (sources: $source_dir)"
cmake --build "$build" -j "$jobs" --target tallenne_storage
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
say "Building Qt's SQL tests twice (QSQLITE, QSQLCIPHER)"
cmake -S "$here" -B "$work/build" "${generator[@]}" -DQT_SQL_KERNEL_DIR="$kernel" \
    -DTALLENNE_SOURCE_DIR="$source_dir" -DTALLENNE_BUILD_DIR="$build" >/dev/null
cmake --build "$work/build" -j "$jobs"
built=$(date +%s)

# 4. Run and compare.
say "Running"
rc=0
QT_QPA_PLATFORM=offscreen python3 "$here/qtsql_suite.py" "$work/build" "$work/run" \
    "$here/allow-list.txt" || rc=$?
finished=$(date +%s)
rm -rf "$apt_dir"
echo
echo "Qt $version; fetch and build $((built - started)) s, tests $((finished - built)) s," \
    "total $((finished - started)) s. Logs and results.txt: $work/run"
exit $rc
