#!/usr/bin/env bash
# Checks that the clientele-cli man page documents every command and option the program offers:
# the commands 'clientele-cli --help' lists and the options each 'clientele-cli COMMAND --help' lists.
#
#   check-man-page.sh CLIENTELE_CLI MAN_PAGE
set -euo pipefail
cli=$1
page=$2

# troff spells a hyphen '\-'.
troff() { sed 's/-/\\-/g' <<<"$1"; }

failures=0
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF {print $1}')
[ -n "$commands" ] || { echo "FAIL: no commands in '$cli --help'" >&2; exit 1; }
for command in $commands; do
    # The section line starts with the command as troff spells it; its backslashes are literal.
    if ! grep -q "^\.SS $(troff "$command" | sed 's/\\/\\\\/g')\( \|\$\)" "$page"; then
        echo "FAIL: $page has no '.SS $(troff "$command")' section for the command '$command'" >&2
        failures=$((failures + 1))
    fi
    options=$("$cli" "$command" --help | grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z-]+' |
        grep -vxE -- '--(db|help)' || true)
    for option in $options; do
        if ! grep -qF -- "$(troff "$option")" "$page"; then
            echo "FAIL: $page does not document '$command $option'" >&2
            failures=$((failures + 1))
        fi
    done
    echo "$command: $(wc -w <<<"$options") options documented"
done
[ "$failures" -eq 0 ] || exit 1
echo "every command and option of clientele-cli is in the man page"
