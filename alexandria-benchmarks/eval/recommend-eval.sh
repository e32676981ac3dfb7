#!/usr/bin/env bash
# alexandria-benchmarks/eval/recommend-eval.sh: the recommendation evaluation (--for and --based-on cases).
#
#   alexandria-benchmarks/eval/recommend-eval.sh              # the sample library's cases
#   alexandria-benchmarks/eval/recommend-eval.sh --real       # also the real-module corpus's tuning set (real-modules/README.md)
#   alexandria-benchmarks/eval/recommend-eval.sh --real --held-out  # also its held-out sets: once, after tuning
#   alexandria-benchmarks/eval/recommend-eval.sh --misses     # list each case that missed, with what was recommended
#
# Builds the benchmarks module and what it needs (the reactor, no tests), then runs RecommendEvaluation: for
# --for, the expected pattern at rank 1 and the slots covered in the top 8; for --based-on, hit@5. The real-module
# library is read from $REAL_LIBRARY (default /work/eval/real-modules/library/components/terraform).
set -euo pipefail

exec "$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)/evaluation.sh" "${BASH_SOURCE[0]}" RecommendEvaluation --cases recommend-cases.yaml "$@"
