#!/bin/bash
# usage: benchmarks/eval_sets.sh WORKTREE OUTDIR STOREROOT   (STOREROOT holds fk h9 h10 copies; runs 2 jobs at a time)
WT=$1; OUT=$2; S=$3
mkdir -p $OUT
B=$WT/.venv/bin/briefing
Q=$WT/benchmarks
cd /tmp
run() { "$@" ; }
( $B eval $Q/holdout9/questions-h9.jsonl --store $S/h9 --corpus h9 --json > $OUT/eval-h9.json 2>$OUT/eval-h9.err
  $B check --file $Q/holdout9/claims-h9.jsonl --store $S/h9 --corpus h9 --json > $OUT/check-h9.jsonl 2>$OUT/check-h9.err
  for n in 5 6; do $B eval $Q/holdout$n/questions-fakes.jsonl --store $S/fk --corpus fakes --json > $OUT/fk$n.json 2>$OUT/fk$n.err; done ) &
( $B eval $Q/holdout10/questions-h10.jsonl --store $S/h10 --corpus h10 --json > $OUT/eval-h10.json 2>$OUT/eval-h10.err
  $B check --file $Q/holdout10/claims-h10.jsonl --store $S/h10 --corpus h10 --json > $OUT/check-h10.jsonl 2>$OUT/check-h10.err
  for n in 7 8; do $B eval $Q/holdout$n/questions-fakes.jsonl --store $S/fk --corpus fakes --json > $OUT/fk$n.json 2>$OUT/fk$n.err; done ) &
wait
echo done > $OUT/DONE
