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
echo "newsgraph: needs a JDK 21 or newer; none found (set JAVA_HOME to one)" >&2
exit 1
