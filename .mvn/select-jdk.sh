# Sourced by mvnw and .ci/run: the build needs a JDK >= 21. When JAVA_HOME (or the java on PATH) is older,
# pick the newest JDK >= 21 installed under /usr/lib/jvm or /opt/java and export it as JAVA_HOME.
wenzheng_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}
wenzheng_current_java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
[ -n "$wenzheng_current_java" ] || wenzheng_current_java="$(command -v java || true)"
wenzheng_major=0
[ -z "$wenzheng_current_java" ] || [ ! -x "$wenzheng_current_java" ] || wenzheng_major="$(wenzheng_java_major "$wenzheng_current_java")"
if [ "${wenzheng_major:-0}" -lt 21 ] 2>/dev/null; then
  # No globs: mvnw runs with "set -f".
  for wenzheng_candidate in $( (ls /usr/lib/jvm 2>/dev/null | sed 's|^|/usr/lib/jvm/|'; ls /opt/java 2>/dev/null | sed 's|^|/opt/java/|') | sort -r); do
    if [ -x "$wenzheng_candidate/bin/javac" ] && [ "$(wenzheng_java_major "$wenzheng_candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      JAVA_HOME="$wenzheng_candidate"
      export JAVA_HOME
      break
    fi
  done
fi
