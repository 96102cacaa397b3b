#!/usr/bin/env bash
set -euo pipefail
echo "e2e: not yet"
