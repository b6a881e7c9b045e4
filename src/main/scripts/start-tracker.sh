#!/bin/sh
# Starts the production build from the folder `mvn -Pproduction package` makes (target/tracker/): the jar extracted
# (recommendation-tracker.jar and lib/) with the class-data-sharing archive of a training run (tracker.jsa), as Spring
# Boot documents for extracted jars ("Class Data Sharing"). The JVM then maps the classes the start-up needs from the
# archive instead of reading and verifying them out of the jars (docs/performance.md, "Start-up").
#
#   target/tracker/start-tracker.sh --spring.profiles.active=demo      the same arguments as java -jar takes
#   JAVA_OPTS="-Xmx2g" target/tracker/start-tracker.sh ...              more JVM options
#   target/tracker/start-tracker.sh --train                             make the archive again (see below)
#
# The working folder stays the caller's: ./data/ (H2's files) is where you start it from, as with java -jar. The JVM is
# $JAVA_HOME/bin/java, else the java on the PATH. The archive fits only this folder at this place and the JDK that made
# it: after moving the folder or changing the JDK the JVM says "Unable to use shared archive" and starts without it
# (as slowly as java -jar); run the script once with --train to make it again (about as long as one start). The
# training run starts the application on an in-memory database of its own with the demo profile and stops when its
# beans are created (-Dspring.context.exit=onRefresh): it serves nothing and touches no other database or file.
set -e
dir=$(cd "$(dirname "$0")" && pwd)
java=java
if [ -n "$JAVA_HOME" ]; then
    java="$JAVA_HOME/bin/java"
fi
if [ "$1" = "--train" ]; then
    rm -f "$dir/tracker.jsa"
    # -Xlog:cds=off: the JVM lists every class it cannot archive (generated proxies, old class files): harmless
    exec "$java" -XX:ArchiveClassesAtExit="$dir/tracker.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -Dspring.context.exit=onRefresh -jar "$dir/recommendation-tracker.jar" --spring.profiles.active=demo \
        --spring.datasource.url=jdbc:h2:mem:cds-training
fi
archive=
if [ -f "$dir/tracker.jsa" ]; then
    archive="-XX:SharedArchiveFile=$dir/tracker.jsa"
fi
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec "$java" $archive $JAVA_OPTS -jar "$dir/recommendation-tracker.jar" "$@"
