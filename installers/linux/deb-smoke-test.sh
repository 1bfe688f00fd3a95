#!/usr/bin/env bash
# Builds Harmony's .deb, installs it with dpkg, checks the installed launchers, and removes it again.
#   - `harmony lab list --json` and `harmony lab info bitbrains-rnd --json` from /opt/harmony/bin
#   - the workstation window opens the demo lab under a virtual display and closes (harmony.smokeTest)
#   - the desktop entry and file associations are installed
#   - `dpkg -r` removes the program but leaves the user's data directory
# Needs root (dpkg), xvfb-run, and a built app (mvn -DskipTests install). Prints the artefact sizes.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)"
out="$(mktemp -d -t harmony-deb.XXXXXX)"
home="$(mktemp -d -t harmony-deb-home.XXXXXX)"
fail() { echo "deb-smoke-test: FAILED: $*" >&2; exit 1; }
installed() { dpkg-query -W -f='${Status}' harmony 2>/dev/null | grep -q "install ok installed"; }
cleanup() { installed && dpkg --purge harmony >/dev/null 2>&1 || true; rm -rf "$out"; }
trap cleanup EXIT

# The package's post-install registers the menu entry with xdg-desktop-menu, which needs the menu
# folders every desktop system has; a bare container lacks them.
mkdir -p /usr/share/applications /usr/share/desktop-directories
installed && fail "a harmony package is already installed; remove it first (dpkg --purge harmony)"
t0=$(date +%s)
"$root/installers/build-installer.sh" app-image "$out/image" >/dev/null
echo "deb-smoke-test: app image $(du -sh "$out/image/Harmony" | cut -f1) in $(( $(date +%s) - t0 )) s"
t0=$(date +%s)
"$root/installers/build-installer.sh" deb "$out" >/dev/null
deb="$(ls "$out"/harmony_*.deb)"
echo "deb-smoke-test: built $(basename "$deb"): $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes) in $(( $(date +%s) - t0 )) s"

dpkg -i "$deb" >/dev/null 2>&1 || { apt-get install -y -qq -f >/dev/null; installed || fail "dpkg -i $deb"; }
echo "deb-smoke-test: installed $(du -sh /opt/harmony | cut -f1) under /opt/harmony"

export HARMONY_HOME="$home"
list="$(/opt/harmony/bin/harmony lab list --json)" || fail "harmony lab list --json exited $?"
python3 -c 'import json,sys; d=json.loads(sys.argv[1]); names=[l["name"] for l in d["labs"]]; assert d["schema"]=="harmony.lab-list/1" and "bitbrains-rnd" in names, names' "$list" \
  || fail "lab list JSON: $list"
info="$(/opt/harmony/bin/harmony lab info bitbrains-rnd --json)" || fail "harmony lab info exited $?"
python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["vms"]==120 and d["interval_s"]==300, d' "$info" || fail "lab info JSON"
echo "deb-smoke-test: installed harmony command answers lab list/info"

window="$(xvfb-run -a -s "-screen 0 1600x1000x24" env JAVA_TOOL_OPTIONS=-Dharmony.smokeTest=true timeout 120 /opt/harmony/bin/Harmony 2>/dev/null)" \
  || fail "workstation smoke test: $window"
case "$window" in *"smoke test: Opened demo lab bitbrains-rnd"*) ;; *) fail "workstation said: $window" ;; esac
echo "deb-smoke-test: installed workstation opened the demo lab (${window##*: })"

desktop=/opt/harmony/lib/harmony-Harmony.desktop
[ -f "$desktop" ] || fail "no desktop entry $desktop"
grep -q "MimeType=.*application/x-harmony-plan" "$desktop" || fail "desktop entry lacks the plan file association"
grep -q "^Exec=/opt/harmony/bin/Harmony %F$" "$desktop" || fail "desktop entry does not hand files over: $(grep ^Exec= "$desktop")"
[ -f /usr/share/applications/harmony-Harmony.desktop ] || fail "the workstation is not in the desktop menu"
# jpackage 17 gives the added `harmony` launcher a desktop entry whatever linux-shortcut says; ours is hidden.
cli_entry=/usr/share/applications/harmony-harmony.desktop
[ ! -f "$cli_entry" ] || grep -q "^NoDisplay=true$" "$cli_entry" || fail "the command-line launcher shows in the menu"

# What a double-click on a scenario does: the desktop runs the Exec line with the file.
scenario="$home/q3-growth.hscenario"
cp "$root/examples/scenarios/bitbrains-growth.json" "$scenario"
window="$(xvfb-run -a -s "-screen 0 1600x1000x24" env JAVA_TOOL_OPTIONS=-Dharmony.smokeTest=true timeout 120 /opt/harmony/bin/Harmony "$scenario" 2>/dev/null)" \
  || fail "workstation with a scenario file: $window"
case "$window" in *"Scenario q3-growth.hscenario is open in the What-if tab"*) ;; *) fail "workstation given a scenario said: $window" ;; esac
echo "deb-smoke-test: installed workstation opened a .hscenario in the What-if tab"

dpkg --purge harmony >/dev/null
[ ! -e /opt/harmony/bin/harmony ] || fail "/opt/harmony/bin/harmony still there after dpkg -r"
[ -f "$home/store/harmony.mv.db" ] || fail "user data in $home was not kept"
echo "deb-smoke-test: removed; user data kept in $home ($(du -sh "$home" | cut -f1))"
rm -rf "$home"
echo "deb-smoke-test: OK"
