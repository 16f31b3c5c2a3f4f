#!/usr/bin/env bash
# Runs every benchmark of this module on demand (never part of `mvn verify`) and writes one results
# directory: raw JMH JSON and text, cold-start and paging figures, and results.md, the README table of
# ratios to the floor.
#
#   bash benchmarks/run.sh [results-dir]       # default: benchmarks/target/results/<UTC timestamp>
#
# Settings through the environment (defaults keep a full run near 10 minutes on 2 cores):
#   BENCH_WARMUPS=5 BENCH_ITERATIONS=5 BENCH_TIME=1s BENCH_FORKS=1 BENCH_COLD_RUNS=7
#   BENCH_CONTENDERS=floor,sdk,generated   (per-call and paging; throughput and cold start: floor,sdk)
#   BENCH_LATENCY_MS=20 BENCH_FANOUT_CALLS=5000 BENCH_IN_FLIGHT=64 BENCH_PAGES_IN_FLIGHT=8
#                                          (fan-out and walks over a socket, floor and sdk)
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-benchmarks/target/results/$(date -u +%Y%m%dT%H%M%SZ)}"
warmups="${BENCH_WARMUPS:-5}"
iterations="${BENCH_ITERATIONS:-5}"
time="${BENCH_TIME:-1s}"
forks="${BENCH_FORKS:-1}"
cold_runs="${BENCH_COLD_RUNS:-7}"
classes=benchmarks/target/classes/io/github/facilioo4j/benchmarks
contenders="${BENCH_CONTENDERS:-floor,sdk,generated}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

echo "== Building the SDK and the benchmarks (no tests)"
mvn -B -q -pl benchmarks -am package -DskipTests
mkdir -p "$out"
cp="benchmarks/target/classes:$(cat benchmarks/target/benchmark.classpath)"
pair=floor,sdk
if [ ! -f "$classes/SdkContender.class" ]; then
  # A branch without the SDK client yet: measure the other contenders only.
  echo "(no SDK contender in this build: measuring the floor and the generated client only)"
  contenders="${contenders//sdk,/}"
  pair=floor
fi
jmh=(-wi "$warmups" -w "$time" -i "$iterations" -r "$time" -f "$forks" -rf json)
cat /proc/loadavg > "$out/loadavg-start.txt" 2>/dev/null || true

echo "== Per-call time and allocation (in-memory transport): $contenders"
"$java" -cp "$cp" org.openjdk.jmh.Main '\.PerCallBenchmark\.' -p "contender=$contenders" "${jmh[@]}" \
  -prof gc -rff "$out/percall.json" | tee "$out/percall.txt"

echo "== Throughput, 32 callers over loopback: $pair"
"$java" -cp "$cp" org.openjdk.jmh.Main '\.ThroughputBenchmark\.' -p "contender=$pair" "${jmh[@]}" \
  -rff "$out/throughput.json" | tee "$out/throughput.txt"

if [ "$pair" = floor,sdk ]; then
  echo "== Throughput side by side, 16 floor + 16 sdk callers at once"
  "$java" -cp "$cp" org.openjdk.jmh.Main 'ThroughputSideBySideBenchmark' -p baseline=floor \
    -p contender=sdk "${jmh[@]}" -rff "$out/throughput-side-by-side.json" \
    | tee "$out/throughput-side-by-side.txt"
fi

loopback=sdk,generated
[ "$pair" = floor,sdk ] || loopback=generated
echo "== Per-call time over loopback, one floor caller beside one caller of: $loopback"
"$java" -cp "$cp" org.openjdk.jmh.Main '\.LoopbackPerCallBenchmark\.' -p baseline=floor \
  -p "contender=$loopback" "${jmh[@]}" -rff "$out/loopback-percall.json" \
  | tee "$out/loopback-percall.txt"

echo "== Cold start, median of $cold_runs JVMs each: $pair"
"$java" -cp "$cp" io.github.facilioo4j.benchmarks.ColdStartDriver "$cold_runs" \
  "$out/coldstart.json" ${pair//,/ } | tee "$out/coldstart.txt"

echo "== Heap while walking 100,000 processes: $contenders"
for contender in ${contenders//,/ }; do
  "$java" -Xmx256m -cp "$cp" io.github.facilioo4j.benchmarks.PagingMemoryMain "$contender" \
    "$out/paging-$contender.json" | tee -a "$out/paging.txt"
done

if [ "$pair" = floor,sdk ]; then
  latency="${BENCH_LATENCY_MS:-20}"
  fanout="${BENCH_FANOUT_CALLS:-5000}"
  in_flight="${BENCH_IN_FLIGHT:-64}"
  pages_in_flight="${BENCH_PAGES_IN_FLIGHT:-8}"
  echo "== Over a socket with ${latency} ms per answer: fan-out of $fanout async retrieves, $in_flight in flight"
  for contender in floor sdk; do
    "$java" -cp "$cp" io.github.facilioo4j.benchmarks.NetworkScenariosMain fanout "$contender" \
      "$fanout" "$latency" "$in_flight" "$out/fanout-$contender.json" | tee -a "$out/network.txt"
  done
  echo "== Over a socket with ${latency} ms per answer: walks of 100,000 processes"
  for contender in floor sdk sdk-sequential; do
    "$java" -Xmx256m -cp "$cp" io.github.facilioo4j.benchmarks.NetworkScenariosMain walk \
      "$contender" "$pages_in_flight" "$latency" "$out/walk-$contender.json" \
      | tee -a "$out/network.txt"
  done
fi

cat /proc/loadavg > "$out/loadavg-end.txt" 2>/dev/null || true
echo "== Report"
"$java" -cp "$cp" io.github.facilioo4j.benchmarks.ReportMain "$out"
echo "Results: $out/results.md"
