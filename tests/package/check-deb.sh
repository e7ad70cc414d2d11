#!/usr/bin/env bash
# Builds the .deb from a configured and built tree with cpack, then checks what is in it and what its
# control file says, validates its desktop integration files and runs its clientele-cli.
#
#   check-deb.sh BUILD_DIR APP_ID VERSION
#
# Run by CTest (label "package"); needs dpkg-deb, dpkg-shlibdeps, file, appstreamcli and
# desktop-file-validate (see packaging/debian/build-deps.txt).
set -euo pipefail
build_dir=$1
app_id=$2
version=$3

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The package, built the way a release is: cpack in the build tree, output kept out of it.
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" > "$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
}
shopt -s nullglob
debs=("$work"/out/clientele_*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    echo "FAIL: expected one clientele_*.deb, found: ${debs[*]:-none}" >&2
    exit 1
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"
[ "$(basename "$deb")" = "clientele_${version}-1_${arch}.deb" ] || fail "file name $(basename "$deb")"

# --- control file
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = clientele ] || fail "Package: $(field Package)"
[ "$(field Version)" = "${version}-1" ] || fail "Version: $(field Version), expected ${version}-1"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture: $(field Architecture), expected $arch"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"
long_lines=$(field Description | awk 'length > 80' || true)
[ -z "$long_lines" ] || fail "Description lines over 80 characters: $long_lines"
[ "$(field Section)" = misc ] || fail "Section: $(field Section)"
[ -n "$(field Installed-Size)" ] || fail "no Installed-Size"
depends=$(field Depends)
echo "Depends: $depends"
# Whether some item of the Depends list is a package whose name matches the extended regex (whole
# name; Ubuntu's 64-bit time_t libraries carry a t64 suffix, library sonames differ by release).
has_dependency() { tr ',|' '\n\n' <<<"$depends" | sed 's/^ *//; s/ .*//' | grep -Eqx "$1(t64)?"; }
# From dpkg-shlibdeps: the Qt libraries we link and the spreadsheet libraries.
for package in libc6 'libstdc\+\+6' libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 \
    libqt6printsupport6 'libquazip1-qt6-[0-9.]+' 'libfreexl[0-9]+' 'libxlsxwriter[0-9]+'; do
    has_dependency "$package" || fail "Depends lacks $package"
done
# Explicit: what Qt loads at run time, which dpkg-shlibdeps cannot see (the SVG icon engine is in
# libqt6svg6, a library we link, so shlibdeps names it).
for package in qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6; do
    has_dependency "$package" || fail "Depends lacks $package"
done
grep -q qt6-translations-l10n <<<"$(field Recommends)" || fail "Recommends lacks qt6-translations-l10n"

# --- file list
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's#^\./#/#' | grep -v '/$' | sort > "$work/files"
cat "$work/files"
expect_file() { grep -qxF "$1" "$work/files" || fail "missing $1"; }
expect_file /usr/bin/clientele
expect_file /usr/bin/clientele-cli
expect_file /usr/libexec/clientele/clientele-xls-reader
expect_file /usr/libexec/clientele/clientele-xlsx-writer
expect_file "/usr/share/applications/$app_id.desktop"
expect_file "/usr/share/metainfo/$app_id.metainfo.xml"
expect_file "/usr/share/mime/packages/$app_id.xml"
expect_file "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
expect_file /usr/share/icons/hicolor/scalable/mimetypes/application-x-clientele-database.svg
for size in 16 22 24 32 48 64 128 256 512; do
    expect_file "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
expect_file /usr/share/man/man1/clientele.1.gz
expect_file /usr/share/man/man1/clientele-cli.1.gz
# Nothing outside /usr, and none of the build's by-products (tests, static libraries, headers).
outside=$(grep -v '^/usr/' "$work/files" || true)
[ -z "$outside" ] || fail "files outside /usr: $outside"
stray=$(grep -E '\.(a|h|o)$|_tests$|/include/|screenshots' "$work/files" || true)
[ -z "$stray" ] || fail "build by-products in the package: $stray"
# Programs on the PATH: clientele and clientele-cli, nothing else; the helper processes core starts
# live in /usr/libexec/clientele.
foreign=$(grep '^/usr/bin/' "$work/files" | grep -Evx '/usr/bin/clientele(-cli)?' || true)
[ -z "$foreign" ] || fail "unexpected programs: $foreign"

# --- contents
root="$work/root"
dpkg-deb -x "$deb" "$root"
for program in bin/clientele bin/clientele-cli libexec/clientele/clientele-xls-reader \
    libexec/clientele/clientele-xlsx-writer; do
    description=$(file -b "$root/usr/$program")
    grep -q ELF <<<"$description" || fail "$program is not an ELF executable: $description"
    grep -q ', stripped' <<<"$description" || fail "$program is not stripped: $description"
done
for size in 16 22 24 32 48 64 128 256 512; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] && { grep -q "PNG image data, $size x $size" <<<"$(file -b "$png")" ||
        fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"; }
done
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
grep -qx 'Exec=clientele %f' "$root/usr/share/applications/$app_id.desktop" || fail "Exec line"
grep -qx "Icon=$app_id" "$root/usr/share/applications/$app_id.desktop" || fail "Icon line"
grep -qx 'MimeType=application/x-clientele-database;' "$root/usr/share/applications/$app_id.desktop" ||
    fail "MimeType line"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "metainfo release is not $version"
for page in clientele clientele-cli; do
    gzip -t "$root/usr/share/man/man1/$page.1.gz" || fail "$page.1.gz is not gzip"
    zcat "$root/usr/share/man/man1/$page.1.gz" | grep -q "^\.TH .* \"Clientele $version\"" ||
        fail "$page.1 lacks its .TH line with version $version"
done
# The packaged command-line tool runs (on the libraries its Depends name) and knows its version.
cli_version=$("$root/usr/bin/clientele-cli" --version)
[ "$cli_version" = "clientele-cli $version" ] || fail "clientele-cli --version printed '$cli_version'"
# It reads a legacy .xls through its packaged helper process (usr/libexec/clientele).
xls_fixture=$(dirname "$0")/../data/xls/orders-1904.xls
"$root/usr/bin/clientele-cli" --db "$work/check.db" init >/dev/null || fail "clientele-cli init"
xls_out=$("$root/usr/bin/clientele-cli" --db "$work/check.db" import "$xls_fixture" --kind orders --dry-run) ||
    fail "the packaged clientele-cli could not read $xls_fixture"
grep -q 'rows read 3, imported 3' <<<"$xls_out" || fail "packaged .xls import read: $xls_out"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package checks passed"
