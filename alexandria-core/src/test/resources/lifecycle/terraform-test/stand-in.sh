#!/bin/sh
# A stand-in for terraform: records its arguments, fails init when FAIL_INIT names a file (printing it: the
# recorded output of a real offline `terraform init`, init-offline.txt), and prints the recorded
# output of a real `terraform test -json` run (FIXTURE) with the exit code EXIT.
echo "$*" >> "$ARGS_LOG"
case "$1" in
  init)
    if [ -n "$FAIL_INIT" ]; then
      cat "$FAIL_INIT"
      exit 1
    fi
    echo "Terraform has been successfully initialized!"
    exit 0
    ;;
  test)
    cat "$FIXTURE"
    exit "${EXIT:-0}"
    ;;
esac
exit 2
