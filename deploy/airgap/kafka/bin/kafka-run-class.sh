#!/bin/bash
# Runs a Kafka class on the image's jars: kafka-run-class.sh <main class> [args]
# Honours KAFKA_HEAP_OPTS, KAFKA_JVM_PERFORMANCE_OPTS, KAFKA_LOG4J_OPTS and KAFKA_OPTS.
set -eo pipefail
base="$(cd "$(dirname "$0")/.." && pwd)"
exec java ${KAFKA_HEAP_OPTS:--Xmx256M} \
  ${KAFKA_JVM_PERFORMANCE_OPTS:--server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true} \
  ${KAFKA_LOG4J_OPTS:--Dlog4j2.configurationFile=$base/config/tools-log4j2.xml} \
  ${KAFKA_OPTS:-} -cp "$base/libs/*" "$@"
