#!/usr/bin/env bash
# Writes a PNG of each main view of the workstation (overview, affinity graph, heat maps, health, what-if) to
# docs/screenshots/ or the folder given, running the real window under Xvfb with JavaFX's GTK glass and
# software rendering. Needs xvfb (xvfb-run), GTK 3 and the DejaVu fonts; builds what it runs, offline.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"

mvn -q -B -o -pl app -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/screenshots-classpath.txt
classpath="app/target/test-classes:app/target/classes:$(cat app/target/screenshots-classpath.txt)"

xvfb-run -a -s "-screen 0 1600x1000x24" \
    java -Dprism.order=sw -Djava.awt.headless=true -cp "$classpath" \
    dev.harmony.app.workstation.WorkstationScreenshots "$out"
