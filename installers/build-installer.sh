#!/usr/bin/env bash
# Builds a Harmony installer with jpackage and a jlink-trimmed runtime.
#   installers/build-installer.sh app-image|deb|rpm|msi|dmg [OUTPUT_DIR]
# Run after `mvn -DskipTests install` (the app's jar and its runtime libraries in app/target/lib);
# the Maven profiles in installers/pom.xml call it. Each OS builds its own type with its own native
# libraries: JavaFX and ND4J pick the classifier of the OS that runs the build.
set -euo pipefail
type="${1:?usage: build-installer.sh app-image|deb|rpm|msi|dmg [OUTPUT_DIR]}"
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
inst="$root/installers"
out="${2:-$inst/target/installer}"
work="$inst/target/jpackage-work"
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\).*-SNAPSHOT</version>.*:\1:p' "$root/pom.xml" | head -1)"
version="${version:-0.1.0}"

[ -f "$root/app/target/harmony-app.jar" ] || { echo "build-installer: build the app first (mvn -DskipTests install)" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work/input" "$out"
cp "$root/app/target/harmony-app.jar" "$root"/app/target/lib/*.jar "$work/input/"

modules="$(grep -v '^#' "$inst/common/jlink-modules.txt" | grep -v '^$' | paste -sd, -)"
echo "build-installer: jlink runtime ($modules)"
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$work/runtime"

common=(--name Harmony --app-version "$version" --vendor "Harmony" --description "Capacity planning workstation: VM affinity and predictive migration planning"
  --input "$work/input" --main-jar harmony-app.jar --main-class dev.harmony.app.Main
  --runtime-image "$work/runtime" --dest "$out"
  --java-options "-Xmx2g" --java-options "-Dorg.bytedeco.javacpp.maxphysicalbytes=4g" --java-options "--add-opens=java.base/java.lang=ALL-UNNAMED"
  --add-launcher "harmony=$inst/common/harmony-cli.properties")

case "$type" in
  app-image)
    jpackage --type app-image "${common[@]}" --icon "$inst/linux/harmony.png" ;;
  deb|rpm)
    deps="libgtk-3-0, libxtst6, libxxf86vm1, libgl1, fonts-dejavu-core, xdg-utils"
    [ "$type" = rpm ] && deps="gtk3, libXtst, libXxf86vm, mesa-libGL, dejavu-sans-fonts, xdg-utils"
    jpackage --type "$type" "${common[@]}" --icon "$inst/linux/harmony.png" \
      --linux-package-name harmony --linux-app-category Office --linux-shortcut \
      --linux-menu-group "Office;Science" --linux-package-deps "$deps" \
      --resource-dir "$inst/linux/resources" \
      --file-associations "$inst/common/harmony-plan.properties" \
      --file-associations "$inst/common/harmony-scenario.properties" ;;
  msi)
    jpackage --type msi "${common[@]}" --icon "$inst/windows/harmony.ico" --win-menu --win-shortcut \
      --win-dir-chooser --win-menu-group Harmony \
      --file-associations "$inst/common/harmony-plan.properties" \
      --file-associations "$inst/common/harmony-scenario.properties" ;;
  dmg)
    jpackage --type dmg "${common[@]}" --icon "$inst/macos/harmony.icns" --mac-package-name Harmony \
      --file-associations "$inst/common/harmony-plan.properties" \
      --file-associations "$inst/common/harmony-scenario.properties" ;;
  *) echo "build-installer: unknown type '$type'" >&2; exit 2 ;;
esac
echo "build-installer: built $(ls "$out")"
du -sh "$out"/* 2>/dev/null || true
