#!/usr/bin/env bash
# program_vs_cli.sh GOSH REPLAY ROOT: every sample and tests/conc program
# prints the same stdout run in-process (rt_run_program, through the fuzz
# target's replay driver with budgets out of the way) as `gosh --seed N`,
# for seeds 1 and 2. The conc/signal_* programs signal their own process,
# which an in-process run does not own: they are left out.
gosh=$1 replay=$2 root=$3
bad=0 n=0
for f in "$root"/samples/*.gosh "$root"/tests/conc/*.go; do
  case $(basename "$f") in signal_*) continue ;; esac
  for seed in 1 2; do
    a=$("$gosh" --seed $seed "$f" 2>/dev/null </dev/null | md5sum)
    b=$(GOSH_FUZZ_SEED=$seed GOSH_FUZZ_STEPS=4000000000 GOSH_FUZZ_ALLOC=4000000000 \
        "$replay" "$f" 2>/dev/null </dev/null | md5sum)
    n=$((n + 1))
    if [ "$a" != "$b" ]; then
      echo "DIFF: $f --seed $seed"
      bad=1
    fi
  done
done
echo "$n runs compared"
exit $bad
