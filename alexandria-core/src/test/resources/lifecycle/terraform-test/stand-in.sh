#!/bin/sh
# A stand-in for terraform: records its arguments, fails init when FAIL_INIT is set, and prints the recorded
# output of a real `terraform test -json` run (FIXTURE) with the exit code EXIT.
echo "$*" >> "$ARGS_LOG"
case "$1" in
  init)
    if [ -n "$FAIL_INIT" ]; then
      echo "Error: Failed to query available provider packages"
      echo "Could not retrieve the list of available versions for provider hashicorp/aws: could not connect to registry.terraform.io"
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
