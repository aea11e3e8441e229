#!/usr/bin/env bash
# The cost of keys per capability, through the binary as users run it: a demo register of
# CALLS calls, each role's login (the KDF, opening the key slot and the capability keys, the
# catch-ups a login runs), the first administrator's handover (a rotation of the identifier,
# lookup and recordings keys) and the privacy officer's next login, which seals every value
# again to the new versions.
#
#   bash bench/keys.sh BUILD_DIR [CALLS]      e.g. bash bench/keys.sh build 100000
#
# Registers are made with --no-bind in a scratch folder, so no keychain is needed; the KDF is
# the real one.
set -euo pipefail
build=$(cd "$1" && pwd)
calls=${2:-100000}
admin="$build/src/app/tallenne-admin"
scratch=$(mktemp -d /tmp/tallenne-bench.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
reg="$scratch/register"

start=$(date +%s.%N)
"$admin" --register "$reg" demo --calls "$calls" --chats $((calls / 20)) --no-bind \
    > "$scratch/users" 2> "$scratch/demo.log"
echo "demo: $(tail -1 "$scratch/demo.log"); $(echo "$(date +%s.%N) - $start" | bc) s in all"
password() { awk -v u="$1" '$1 == "user" && $2 == u { print $6 }' "$scratch/users"; }

# One timed command as a user; prints the wall time in seconds.
timed() { # user, command…
    local user=$1; shift
    local t0 t1
    t0=$(date +%s.%N)
    password "$user" | "$admin" --register "$reg" --user "$user" --password-stdin "$@" > /dev/null
    t1=$(date +%s.%N)
    printf '%.2f' "$(echo "$t1 - $t0" | bc)"
}

for user in admin laura teemu pirjo; do
    case $user in admin) cmd=(user list) ;; *) cmd=(calls list --limit 1) ;; esac
    echo "login + ${cmd[*]} as $user: $(timed "$user" "${cmd[@]}") s"
done
echo "user handover as admin (rotation of three keys): $(timed admin user handover) s"
echo "pirjo's first login after it (every value sealed again): $(timed pirjo calls list --limit 1) s"
echo "pirjo's next login: $(timed pirjo calls list --limit 1) s"
# A number that is in the register: the first call's caller, in full, as the officer sees it.
number=$(password pirjo | "$admin" --register "$reg" --user pirjo --password-stdin --json \
    calls list --limit 1 2> /dev/null | sed -n 's/.*"caller": *"\(+[0-9]*\)".*/\1/p' | head -1)
echo "searching for a number of the register (${#number} characters)"
echo "laura's phone search after the lookup rotation: $(timed laura calls list --phone "$number" --limit 5) s"
echo "pirjo's phone search (indexes what waits first): $(timed pirjo calls list --phone "$number" --limit 5) s"
echo "pirjo's next phone search: $(timed pirjo calls list --phone "$number" --limit 5) s"
