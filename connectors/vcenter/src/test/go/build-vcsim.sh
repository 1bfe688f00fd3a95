#!/usr/bin/env bash
# Builds the vCenter simulator the vCenter connector's tests run against, from Debian's packages
# golang-go and golang-github-vmware-govmomi-dev (./run-tests installs them), in GOPATH mode so no
# module proxy is needed. Usage: build-vcsim.sh OUTPUT_BINARY
set -euo pipefail
out="${1:?usage: build-vcsim.sh OUTPUT_BINARY}"
mkdir -p "$(dirname "$out")"
out="$(readlink -f "$out")"
src="$(dirname "$(readlink -f "$0")")/harmony-vcsim"
gocode=/usr/share/gocode
command -v go >/dev/null || { echo "build-vcsim: Go is missing; run ./run-tests, which installs golang-go" >&2; exit 3; }
[ -d "$gocode/src/github.com/vmware/govmomi/simulator" ] || {
  echo "build-vcsim: govmomi is missing; run ./run-tests, which installs golang-github-vmware-govmomi-dev" >&2; exit 3; }
mkdir -p "$(dirname "$out")/gopath"
# Go keeps its build cache under $HOME; a CI shell without HOME gets one beside the binary.
[ -n "${GOCACHE:-}${XDG_CACHE_HOME:-}${HOME:-}" ] || export GOCACHE="$(dirname "$out")/go-build-cache"
cd "$src"
GO111MODULE=off GOFLAGS= GOPATH="$(dirname "$out")/gopath:$gocode" go build -o "$out" .
