#!/usr/bin/env bash
# Prints the home of a JDK >= 21: $JAVA_HOME if it is one, else `java` on the PATH, else the newest
# under /usr/lib/jvm, /opt and ~/.sdkman. Exits 1 with a message when there is none.
set -u
major() {
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\)\(\.[^"]*\)\{0,1\}".*/\1/p' | head -n 1
}
ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local m; m=$(major "$1"); [ -n "$m" ] && [ "$m" -ge 21 ]
}
if [ -n "${JAVA_HOME:-}" ] && ok "$JAVA_HOME"; then echo "$JAVA_HOME"; exit 0; fi
if command -v javac >/dev/null 2>&1; then
  home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  if ok "$home"; then echo "$home"; exit 0; fi
fi
best=""; bestm=0
for d in /usr/lib/jvm/* /opt/*jdk* /opt/java/* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
  [ -d "$d" ] || continue
  if ok "$d"; then m=$(major "$d"); if [ "$m" -gt "$bestm" ]; then best="$d"; bestm=$m; fi; fi
done
if [ -n "$best" ]; then echo "$best"; exit 0; fi
cat >&2 <<'MSG'
newsgraph: needs a JDK 21 or newer, and none was found (looked at JAVA_HOME, java on the PATH, /usr/lib/jvm,
/opt, ~/.sdkman). Install one, for example:
  Debian/Ubuntu:  sudo apt install openjdk-21-jdk      (or temurin-21-jdk from packages.adoptium.net)
  Fedora/RHEL:    sudo dnf install java-21-openjdk-devel
  macOS:          brew install openjdk@21
  any system:     https://adoptium.net (Temurin 21 or newer), or SDKMAN: sdk install java 21-tem
or point JAVA_HOME at a JDK 21+ installed elsewhere.
MSG
exit 1
