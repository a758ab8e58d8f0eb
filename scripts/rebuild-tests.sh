#!/usr/bin/env bash
# Rebuilds the test programs and records their expected output from QEMU (the oracle).
#
# Usage: scripts/rebuild-tests.sh [--no-run] [--count] [--targets "ppc32 ppc64 ppc64le"] [NAME...]
#   NAME     restrict to these programs: a source path (test/programs/fx_arith.c), a base name
#            (fx_arith), a glibc program as glibc-NAME / glibc/NAME, or a dynamic one as
#            dynamic/NAME. Default: everything, including the examples in examples/.
#   --no-run build only; do not record golden files.
#   --count  also report how many guest instructions each run executes (QEMU -singlestep trace;
#            slow: about a second per 10 million instructions). Nothing is written.
#
# Inputs (conventions in test/README.md):
#   test/programs/*.c, *.S        freestanding, linked with test/programs/rt/  -> NAME
#   test/programs/glibc/*.c       static glibc, -O2                            -> glibc-NAME
#   test/programs/selfcheck/{spawn,robust}.c  static glibc, -O2, not recorded -> selfcheck/NAME
#   test/programs/dynamic/*.c     dynamic glibc (PIE), -O2, recorded with
#                                 qemu -L /usr/<triple> (Debian's cross sysroot) -> dynamic/NAME
#   examples/*.c                  freestanding                                 -> examples/NAME-TARGET
# Outputs, for TARGET in ppc32 ppc64 ppc64le:
#   test/bin/TARGET/NAME                  stripped static ELF (deterministic: no build id;
#                                         `// STRIP: no` keeps symbols and adds -g, for gdb tests)
#   test/golden/TARGET/NAME.stdout        QEMU's stdout
#   test/golden/TARGET/NAME.status        QEMU's exit status (128+N when killed by signal N)
#   test/golden/TARGET/NAME.meta.json     {"cpu": "...", "args": [...]} used by the harness
# *.handchecked golden files are never touched. Nothing here ever runs ppcemu.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
oracle="${PPCEMU_ORACLE:-$root/../shared/oracle}" # the shared oracle scripts beside the repository

run=1
count=0
targets="ppc32 ppc64 ppc64le"
filters=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-run) run=0 ;;
    --count) count=1 ;;
    --targets) targets=$2; shift ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) filters+=("$1") ;;
  esac
  shift
done

prefix_of() {
  case "$1" in ppc32) echo powerpc-linux-gnu- ;; ppc64) echo powerpc64-linux-gnu- ;;
    ppc64le) echo powerpc64le-linux-gnu- ;; *) echo "unknown target $1" >&2; exit 2 ;; esac
}

for t in $targets; do
  if ! command -v "$(prefix_of "$t")gcc" >/dev/null 2>&1 || ! command -v qemu-ppc >/dev/null 2>&1; then
    "$oracle/install-toolchain.sh"
    break
  fi
done

# directive FILE KEY TARGET: value of `KEY-TARGET:` if present, else of `KEY:`, from lines like
#   // KEY: value      /* KEY: value */      # KEY: value      * KEY: value
directive() {
  local f=$1 key=$2 t=$3 v
  v=$(sed -n -E "s@^[[:space:]]*(//|/\\*|#|\\*)[[:space:]]*(QEMU-)?${key}-${t}:[[:space:]]*(.*)\$@\\3@p" "$f" | head -1)
  if [ -z "$v" ]; then
    v=$(sed -n -E "s@^[[:space:]]*(//|/\\*|#|\\*)[[:space:]]*(QEMU-)?${key}:[[:space:]]*(.*)\$@\\3@p" "$f" | head -1)
  fi
  v=${v%%\*/*}                         # drop a closing */
  echo "$v" | sed -E 's/[[:space:]]+$//'
}

json_str() { local s=${1//\\/\\\\}; s=${s//\"/\\\"}; printf '"%s"' "$s"; }

wanted() {   # wanted SRC NAME
  [ ${#filters[@]} -eq 0 ] && return 0
  local f rel=${1#test/programs/}
  for f in "${filters[@]}"; do
    f=${f#./}
    case "$f" in "$1"|"${1%.*}"|"$2"|"$rel"|"${rel%.*}") return 0 ;; esac
  done
  return 1
}

common_free=(-nostdlib -static -no-pie -fno-pie -ffreestanding -fno-builtin -O1 -Wall -fno-stack-protector
  -fno-asynchronous-unwind-tables -fno-unwind-tables -Itest/programs/rt -s -Wl,--build-id=none -Wl,-z,norelro)
common_glibc=(-static -O2 -Wall -s -Wl,--build-id=none)
common_dynamic=(-O2 -Wall -s -Wl,--build-id=none)

nbuilt=0; nfail=0; failed=()
build_one() {   # build_one KIND SRC NAME TARGET OUT
  local kind=$1 src=$2 name=$3 t=$4 out=$5 p cflags
  p=$(prefix_of "$t")
  cflags=$(directive "$src" CFLAGS "$t")
  mkdir -p "$(dirname "$out")"
  local cmd common
  case "$kind" in glibc|selfcheck) common=("${common_glibc[@]}") ;; dynamic) common=("${common_dynamic[@]}") ;; *) common=("${common_free[@]}") ;; esac
  if [ "$(directive "$src" STRIP "$t")" = no ]; then
    # keep the symbols and debug info (gdb tests); relative source paths keep the build deterministic
    local keep=()
    for a in "${common[@]}"; do [ "$a" = -s ] || keep+=("$a"); done
    common=("${keep[@]}" -g "-fdebug-prefix-map=$root=.")
  fi
  if [ "$kind" = glibc ] || [ "$kind" = selfcheck ] || [ "$kind" = dynamic ]; then
    # shellcheck disable=SC2086
    cmd=("${p}gcc" "${common[@]}" $cflags "$src" -o "$out.tmp" -lm)
  else
    # shellcheck disable=SC2086
    cmd=("${p}gcc" "${common[@]}" $cflags "$src" test/programs/rt/rt.c test/programs/rt/start.S -o "$out.tmp")
  fi
  if ! "${cmd[@]}"; then
    echo "BUILD FAILED: $t $src" >&2; rm -f "$out.tmp"; nfail=$((nfail+1)); failed+=("$t/$name"); return 1
  fi
  mv -f "$out.tmp" "$out"
  nbuilt=$((nbuilt+1))
}

record_one() {   # record_one SRC NAME TARGET BIN
  local src=$1 name=$2 t=$3 bin=$4 g="test/golden/$3" cpu args a rc fsroot
  cpu=$(directive "$src" CPU "$t")
  args=$(directive "$src" ARGS "$t")
  fsroot=$(directive "$src" FSROOT "$t")
  case "$fsroot" in ""|fresh) ;; *) echo "$src: FSROOT must be 'fresh'" >&2; exit 2 ;; esac
  # FSROOT: fresh - the program runs in an empty directory (ppcemu: an empty --fs-root)
  local wd=$root run_bin=$bin
  if [ -n "$fsroot" ]; then wd=$(mktemp -d); run_bin=$root/$bin; fi
  mkdir -p "$(dirname "$g/$name")"
  local cpuopt=()
  [ -n "$cpu" ] && cpuopt=(-cpu "$cpu")
  # dynamic programs: QEMU finds the loader and libraries under Debian's cross sysroot
  case "$name" in dynamic/*) cpuopt+=(-L "/usr/$(prefix_of "$t" | sed 's/-$//')") ;; esac
  # shellcheck disable=SC2086
  set +e
  # An inner shell absorbs the "Segmentation fault" job report; no core files; 5-minute limit.
  (cd "$wd" && bash -c 'ulimit -c 0; timeout 300 "$@"; exit $?' _ "$oracle/qemu-run.sh" "$t" "${cpuopt[@]}" "$run_bin" $args) \
    >"$g/$name.stdout.tmp" 2>/dev/null
  rc=$?
  set -e
  mv -f "$g/$name.stdout.tmp" "$g/$name.stdout"
  echo "$rc" >"$g/$name.status"
  {
    printf '{"cpu": '; if [ -n "$cpu" ]; then json_str "$cpu"; else printf 'null'; fi
    printf ', "args": ['
    local first=1
    # shellcheck disable=SC2086
    for a in $args; do [ $first = 1 ] || printf ', '; json_str "$a"; first=0; done
    printf ']'
    if [ -n "$fsroot" ]; then printf ', "fsRoot": "%s"' "$fsroot"; fi
    printf '}\n'
  } >"$g/$name.meta.json"
  local hc=""
  [ -e "$g/$name.stdout.handchecked" ] && hc=" (stdout.handchecked overrides)"
  printf '%-8s %-28s status %3s  %6s bytes%s\n' "$t" "$name" "$rc" "$(wc -c <"$g/$name.stdout")" "$hc"
  if [ $count = 1 ]; then
    local q n
    case "$t" in ppc32) q=qemu-ppc ;; *) q=qemu-$t ;; esac
    # shellcheck disable=SC2086
    n=$(cd "$wd" && bash -c 'ulimit -c 0; env -i PATH=/usr/bin:/bin LANG=C "$@" 2>&1 >/dev/null | grep -c "^Trace"' _ \
      "$q" "${cpuopt[@]}" -singlestep -d exec,nochain -D /dev/stderr "$run_bin" $args 2>/dev/null || true)
    printf '%-8s %-28s about %s instructions\n' "$t" "$name" "$n"
  fi
  if [ -n "$fsroot" ]; then rm -rf "$wd"; fi
}

process() {   # process KIND SRC NAME
  local kind=$1 src=$2 name=$3 t allowed
  wanted "$src" "$name" || return 0
  allowed=$(directive "$src" TARGETS any)
  for t in $targets; do
    if [ -n "$allowed" ] && ! [[ " $allowed " == *" $t "* ]]; then continue; fi
    if [ "$kind" = example ]; then
      build_one free "$src" "$name" "$t" "examples/$name-$t" || true
      continue
    fi
    local bin="test/bin/$t/$name"
    build_one "$kind" "$src" "$name" "$t" "$bin" || continue
    [ $run = 1 ] && [ "$kind" != selfcheck ] && record_one "$src" "$name" "$t" "$bin"
  done
  return 0
}

shopt -s nullglob
for src in test/programs/*.c test/programs/*.S; do
  n=$(basename "$src"); process free "$src" "${n%.*}"
done
for src in test/programs/glibc/*.c; do
  n=$(basename "$src" .c); process glibc "$src" "glibc-$n"
done
for src in test/programs/selfcheck/spawn.c test/programs/selfcheck/robust.c; do   # built only: tests check their output (QEMU cannot run them)
  process selfcheck "$src" "selfcheck/$(basename "$src" .c)"
done
for src in test/programs/dynamic/*.c; do
  n=$(basename "$src" .c); process dynamic "$src" "dynamic/$n"
done
for src in examples/*.c; do
  n=$(basename "$src" .c); process example "$src" "$n"
done

echo "built $nbuilt binaries, $nfail failed${failed:+: ${failed[*]}}"
# The disassembler test compares every distinct instruction word of test/bin with objdump.
[ "$nbuilt" -gt 0 ] && scripts/record-objdump.sh
[ $nfail = 0 ]
