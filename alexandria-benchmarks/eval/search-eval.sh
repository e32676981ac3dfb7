#!/usr/bin/env bash
# alexandria-benchmarks/eval/search-eval.sh: the search relevance evaluation, per backend.
#
#   alexandria-benchmarks/eval/search-eval.sh                 # the sample library's queries
#   alexandria-benchmarks/eval/search-eval.sh --real          # also the real-module corpus (see real-modules/README.md)
#   alexandria-benchmarks/eval/search-eval.sh --misses        # list each query without a hit, with its top 5
#   alexandria-benchmarks/eval/search-eval.sh --per-query     # list every query with its nDCG@5 and top 5 (search only)
#
# Builds the benchmarks module and what it needs (the reactor, no tests), then runs SearchEvaluation: hit@3,
# nDCG@5 and MRR overall and per kind of query, for alexandria-lucene and alexandria-in-memory. The real-module library
# is read from $REAL_LIBRARY (default /work/eval/real-modules/library/components/terraform).
set -euo pipefail

exec "$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)/evaluation.sh" "${BASH_SOURCE[0]}" SearchEvaluation --queries search-queries.yaml "$@"
