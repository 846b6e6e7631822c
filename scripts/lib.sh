# Shared by the scripts in this folder: where the tree is, and how to configure and build
# a preset once and quickly when nothing changed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# build_preset PRESET [TARGET...]: configure if needed, then build.
build_preset() {
  local preset=$1
  shift
  bash "$root/scripts/setup"
  if [[ ! -f "$root/build/$preset/build.ninja" ]]; then
    cmake --preset "$preset" -S "$root" >/dev/null
  fi
  if (($# > 0)); then
    cmake --build --preset "$preset" --target "$@"
  else
    cmake --build --preset "$preset"
  fi
}
