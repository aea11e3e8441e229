#!/usr/bin/env bash
# Static checks CI runs: formatting against .clang-format, and translations that lupdate
# would not change and that have no unfinished Finnish entry.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

status=0
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if ! clang-format --dry-run --Werror "${files[@]}"; then
    echo "check: formatting differs from .clang-format (run clang-format -i on the files above)" >&2
    status=1
fi

lupdate=/usr/lib/qt6/bin/lupdate
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for lang in fi en; do
    cp "translations/tallenne_$lang.ts" "$scratch/"
    "$lupdate" -silent -no-obsolete -locations none src ui -ts "$scratch/tallenne_$lang.ts"
    if ! cmp -s "$scratch/tallenne_$lang.ts" "translations/tallenne_$lang.ts"; then
        echo "check: lupdate would change translations/tallenne_$lang.ts; run" >&2
        echo "  cmake --build build --target update_translations, translate, and commit" >&2
        diff "translations/tallenne_$lang.ts" "$scratch/tallenne_$lang.ts" | head -20 >&2 || true
        status=1
    fi
done
unfinished=$(grep -c 'type="unfinished"' translations/tallenne_fi.ts || true)
if [ "$unfinished" != "0" ]; then
    echo "check: translations/tallenne_fi.ts has $unfinished unfinished entries" >&2
    status=1
fi
# English needs its plural forms written out ("1 recording has", not "1 recording(s) have"):
# a message with %n whose English translation is unfinished shows its source text.
plurals=$(python3 - translations/tallenne_en.ts <<'PY'
import sys, xml.etree.ElementTree as ET
for m in ET.parse(sys.argv[1]).getroot().iter("message"):
    t = m.find("translation")
    if m.get("numerus") == "yes" and t.get("type") == "unfinished":
        print(m.find("source").text)
PY
)
if [ -n "$plurals" ]; then
    echo "check: translations/tallenne_en.ts lacks the English plural forms of:" >&2
    echo "$plurals" >&2
    status=1
fi
[ $status -eq 0 ] && echo "check: formatting and translations are clean"
exit $status
