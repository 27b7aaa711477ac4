#!/bin/sh
# Throughline's host smoke test against a running Jira (and Confluence): see docs/admin-guide.md.
# Needs Java 17+. Example:
#   THROUGHLINE_SMOKE_PASSWORD=... scripts/host-smoke.sh --jira=https://jira.example.com --user=admin --project=OPS
exec "${JAVA:-java}" "$(dirname "$0")/host-smoke/HostSmoke.java" "$@"
