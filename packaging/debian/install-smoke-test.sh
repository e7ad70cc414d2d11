#!/usr/bin/env bash
# Installs a built clientele .deb with apt, runs both programs from /usr/bin, removes the package
# and checks that none of its files is left. Needs root; changes the system's package set, so it is
# run by hand or in the package workflow, not by CTest.
#
#   packaging/debian/install-smoke-test.sh build/release/packages/clientele_*.deb
set -euo pipefail
deb=$(realpath "$1")
export DEBIAN_FRONTEND=noninteractive
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Settings and the default database of this run stay in the scratch folder.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=offscreen

apt-get install -y "$deb"
dpkg -L clientele | sort > "$work/files"

[ "$(command -v clientele)" = /usr/bin/clientele ] || { echo "clientele is not /usr/bin/clientele" >&2; exit 1; }
# dpkg's triggers registered the file type with the system's MIME and desktop databases.
if command -v update-mime-database > /dev/null; then
    [ -f /usr/share/mime/application/x-clientele-database.xml ] ||
        { echo "the MIME database does not know application/x-clientele-database" >&2; exit 1; }
fi
if command -v update-desktop-database > /dev/null; then
    grep -q '^application/x-clientele-database=.*Clientele.desktop' /usr/share/applications/mimeinfo.cache ||
        { echo "mimeinfo.cache does not map the database type to Clientele" >&2; exit 1; }
fi
clientele-cli --version
clientele-cli --help
clientele --help
clientele --version

# The GUI from /usr/bin on a real database: --measure-startup quits once the customer list shows.
db="$work/smoke.clientele"
clientele-cli --db "$db" init
clientele-cli --db "$db" sample --customers 500 --orders 5000
clientele-cli --db "$db" stats
timeout 120 /usr/bin/clientele --measure-startup "$db"
timeout 120 /usr/bin/clientele --measure-startup --lang zh_CN --db "$db"

apt-get remove -y clientele
if dpkg-query -W -f='${Status}\n' clientele 2>/dev/null | grep -q ' installed$'; then
    echo "clientele is still installed: $(dpkg-query -W -f='${Status}' clientele)" >&2
    exit 1
fi
left=0
while read -r path; do
    # Directories such as /usr/bin belong to other packages too; files must all be gone.
    if [ -e "$path" ] && [ ! -d "$path" ]; then
        echo "left behind: $path" >&2
        left=1
    fi
done < "$work/files"
[ "$left" -eq 0 ]
echo "installed, ran and removed cleanly ($(grep -c . "$work/files") paths)"
