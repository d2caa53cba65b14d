#!/usr/bin/env bash
# Reproduces every figure in docs/benchmarks.md: builds the benchmarks jar (-Pjmh) and runs each
# benchmark with the parameters the docs state, writing raw output to OUTDIR.
#
#   augno-sdk-benchmarks/run-benchmarks.sh [outdir]     # outdir defaults to target/benchmark-results/<UTC time>
#   SMOKE=1 augno-sdk-benchmarks/run-benchmarks.sh      # tiny parameters: checks that everything runs, no figures
#   SKIP_BUILD=1 ...                                    # reuse augno-sdk-benchmarks/target/benchmarks.jar
#   SKIP_IT=1 ...                                       # skip the (counted, untimed) StoreCallsPerHourIT step
#
# About 15-20 minutes on 2 cores (budget: under 25). Run it on a quiet machine: every other process
# competes for the same cores. Loopback only: nothing leaves the machine.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="${1:-$ROOT/augno-sdk-benchmarks/target/benchmark-results/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
JAR="$ROOT/augno-sdk-benchmarks/target/benchmarks.jar"
SMOKE="${SMOKE:-0}"
JAVA="${JAVA:-java}"

step() { printf '\n==> [%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$JAR" ]; then
  step "build $JAR"
  ./mvnw -B -q -pl augno-sdk-benchmarks -am -Pjmh package -DskipTests
fi

START=$(date +%s)
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cores: $(nproc 2>/dev/null || echo unknown)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //' || echo unknown)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
  echo "os: $(uname -srm)"
  "$JAVA" -version 2>&1 | sed 's/^/java: /'
  echo "smoke: $SMOKE"
} | tee "$OUT/machine.txt"

if [ "$SMOKE" = 1 ]; then
  JMH_TRANSPORT=(-f 1 -wi 0 -i 1 -r 1s)
  JMH_KEYCACHE=(-f 1 -wi 0 -i 1 -r 1s)
  JMH_AWS=(-f 1 -p httpClient=provider-default)
  ROTATION=(reps=2 longReps=1 threads=2 gaps=0,100,1000,3000)
  FROMENV_SAMPLES=2
  AWS_ROUNDS=1
  AWS_VARIANTS="provider-default"
  GCP_SAMPLES=1
else
  # What the docs state. Transport: 2 forks x (3 x 2 s warm-up + 5 x 2 s measurement), GC profiler.
  JMH_TRANSPORT=(-f 2 -wi 3 -w 2s -i 5 -r 2s)
  # Key cache: the class's own settings (1 fork, 1 x 2 s warm-up, 3 x 5 s measurement).
  JMH_KEYCACHE=()
  # AWS cold start: the class's own settings (10 forks per variant, SingleShotTime).
  JMH_AWS=()
  ROTATION=(reps=100 longReps=20 threads=2 gaps=0,100,1000,3000)
  FROMENV_SAMPLES=10
  AWS_ROUNDS=6
  AWS_VARIANTS="provider-default url-connection apache apache5"
  GCP_SAMPLES=7
fi

# The SDK's figures over the bare client's, next to the raw ones (goal: at most 1.2x the time and
# 1.1x the bytes), from a JMH text result. The ± of a ratio is the two relative errors added.
ratios() {
  awk -v threads="$2" '
    $1 ~ /^TransportOverheadBenchmark\./ && ($2 == "avgt") {
      name = $1; sub(/^TransportOverheadBenchmark\./, "", name)
      if (name ~ /:gc\.alloc\.rate\.norm$/) { sub(/:.*/, "", name); bytes[name] = $4; berr[name] = $6 }
      else if (name !~ /:/) { us[name] = $4; uerr[name] = $6 }
    }
    function row(sdk, bare,   rt, rb) {
      if (!(sdk in us) || !(bare in us) || us[bare] == 0) return
      rt = us[sdk] / us[bare]
      printf "| %s | %.1f ± %.1f | %.1f ± %.1f | **%.2fx** ± %.2f |", sdk, us[sdk], uerr[sdk], us[bare], uerr[bare], rt, rt * (uerr[sdk] / us[sdk] + uerr[bare] / us[bare])
      if ((sdk in bytes) && (bare in bytes) && bytes[bare] > 0) {
        rb = bytes[sdk] / bytes[bare]
        printf " %.0f ± %.0f | %.0f ± %.0f | **%.3fx** |", bytes[sdk], berr[sdk], bytes[bare], berr[bare], rb
      } else printf " - | - | - |"
      printf "\n"
    }
    END {
      printf "\nRatios, SDK / bare, %s thread(s) (goal: time at most 1.2x, bytes at most 1.1x)\n", threads
      print "| benchmark | SDK µs/op | bare µs/op | time SDK / bare | SDK B/op | bare B/op | bytes SDK / bare |"
      print "|---|---:|---:|---:|---:|---:|---:|"
      row("sdkTypedCallInMemory", "bareOkHttpJacksonInMemory")
      row("sdkServiceCallInMemory", "bareOkHttpJacksonInMemory")
      row("sdkTypedCall", "bareOkHttpJackson")
      row("sdkServiceCall", "bareOkHttpJackson")
    }' "$1"
}

for t in 1 2; do
  step "TransportOverheadBenchmark -t $t -prof gc"
  "$JAVA" -jar "$JAR" TransportOverheadBenchmark "${JMH_TRANSPORT[@]}" -t "$t" -prof gc \
    -rf json -rff "$OUT/transport-t$t.json" | tee "$OUT/transport-t$t.txt"
  ratios "$OUT/transport-t$t.txt" "$t" | tee "$OUT/transport-t$t-ratios.md"
done

step "OverheadBreakdownBenchmark -prof gc (each ingredient of the in-memory call on its own)"
"$JAVA" -jar "$JAR" OverheadBreakdownBenchmark "${JMH_TRANSPORT[@]}" -prof gc \
  -rf json -rff "$OUT/breakdown.json" | tee "$OUT/breakdown.txt"

step "KeyCacheRefreshBenchmark -t 2 (store answering in 200 ms; refresh-ahead vs blocking)"
"$JAVA" -jar "$JAR" KeyCacheRefreshBenchmark "${JMH_KEYCACHE[@]}" -t 2 \
  -rf json -rff "$OUT/keycache.json" | tee "$OUT/keycache.txt"

step "RotationRecoveryMain ${ROTATION[*]}"
"$JAVA" -cp "$JAR" com.augno.sdk.benchmarks.RotationRecoveryMain "${ROTATION[@]}" \
  out="$OUT/rotation-recovery.md" 2>"$OUT/rotation-recovery.stderr.txt"

step "FromEnvironmentColdStart $FROMENV_SAMPLES"
"$JAVA" -cp "$JAR" com.augno.sdk.benchmarks.FromEnvironmentColdStart "$FROMENV_SAMPLES" \
  2>"$OUT/fromenv-cold.stderr.txt" | tee "$OUT/fromenv-cold.txt"

# The same on one CPU (both sides, and this parent): the JSON warm-up is skipped there.
step "FromEnvironmentColdStart $FROMENV_SAMPLES, -XX:ActiveProcessorCount=1"
JAVA_TOOL_OPTIONS="-XX:ActiveProcessorCount=1" "$JAVA" -cp "$JAR" com.augno.sdk.benchmarks.FromEnvironmentColdStart \
  "$FROMENV_SAMPLES" 2>"$OUT/fromenv-cold-1cpu.stderr.txt" | tee "$OUT/fromenv-cold-1cpu.txt"

step "AwsColdStartBenchmark (JMH SingleShotTime)"
"$JAVA" -jar "$JAR" AwsColdStartBenchmark "${JMH_AWS[@]}" \
  -rf json -rff "$OUT/aws-cold.json" | tee "$OUT/aws-cold.txt"

step "AwsColdStartMain round-robin, $AWS_ROUNDS round(s)"
: >"$OUT/aws-cold-roundrobin.txt"
for r in $(seq 1 "$AWS_ROUNDS"); do
  for v in $AWS_VARIANTS; do
    "$JAVA" -Daws.disableEc2Metadata=true -cp "$JAR" com.augno.sdk.benchmarks.AwsColdStartMain "$v" \
      2>>"$OUT/aws-cold-roundrobin.stderr.txt" | tee -a "$OUT/aws-cold-roundrobin.txt"
  done
done

step "GcpColdStart $GCP_SAMPLES"
NO_GCE_CHECK=true "$JAVA" -cp "$JAR" com.augno.sdk.benchmarks.gcp.GcpColdStart "$GCP_SAMPLES" \
  2>"$OUT/gcp-cold.stderr.txt" | tee "$OUT/gcp-cold.txt"

# Counted, not timed: store calls per hour at the default refresh (augno-sdk-it, fake clock).
if [ "${SKIP_IT:-0}" != 1 ]; then
  step "StoreCallsPerHourIT (fake clock, 24 simulated hours)"
  ./mvnw -B -q -pl augno-sdk-it -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=StoreCallsPerHourIT -Dfailsafe.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
    >"$OUT/store-calls-per-hour.log" 2>&1
  cp augno-sdk-it/target/store-calls-per-hour.txt "$OUT/"
  cat "$OUT/store-calls-per-hour.txt"
fi

END=$(date +%s)
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" | tee -a "$OUT/machine.txt"
echo "total: $((END - START)) s (without the build)" | tee -a "$OUT/machine.txt"
step "done: results in $OUT"
