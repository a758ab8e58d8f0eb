#!/usr/bin/env bash
# Runs Valgrind's PowerPC instruction tests under ppcemu and compares their stdout with Valgrind's
# expected files, which were recorded on POWER hardware: a second oracle beside QEMU, for the
# cases where QEMU is wrong (it found drdpq's register pair, plq/pstq in little-endian mode, lvsl
# above 2^53, missing ISA 3.0 rows). Nothing of Valgrind is copied into ppcemu; this only reads a
# Valgrind source tree given on the command line.
#
# Usage: scripts/valgrind-oracle.sh VALGRIND_SRC [OUTDIR]
#   VALGRIND_SRC  a Valgrind source tree (its none/tests/ppc32 and none/tests/ppc64)
#   OUTDIR        where binaries, outputs and diffs go (default: a new directory under /tmp)
# Needs the oracle toolchain (../shared/oracle/install-toolchain.sh) and `npm run build`.
# Prints one line per test and endianness: "same" or the number of differing lines against the
# closest expected variant (Valgrind accepts any of NAME.stdout.exp*). Differences are not all
# ppcemu's: some expected files show Valgrind's own model or an older chip where the ISA leaves a
# result undefined; docs/cpu-models.md ("Cross-checked against POWER hardware") lists them.
set -uo pipefail
src=${1:?usage: scripts/valgrind-oracle.sh VALGRIND_SRC [OUTDIR]}
out=${2:-$(mktemp -d /tmp/valgrind-oracle.XXXXXX)}
root=$(cd "$(dirname "$0")/.." && pwd)
ppcemu=(node "$root/bin/ppcemu.js" run)
mkdir -p "$out/inc"
: > "$out/inc/config.h" # the tests' malloc.h includes it

# name|sources|flags|cpu|args|endians (be, le, 32)
tests=(
  "jm-int|jm-insns.c|-DHAS_ALTIVEC -maltivec -Wl,-z,norelro|power8|-i|be le 32"
  "jm-int_other|jm-insns.c|-DHAS_ALTIVEC -maltivec -Wl,-z,norelro|power8|-l -L -c|be le 32"
  "jm-fp|jm-insns.c|-DHAS_ALTIVEC -maltivec -Wl,-z,norelro|power8|-f|be le"
  "jm-vmx|jm-insns.c|-DHAS_ALTIVEC -maltivec -Wl,-z,norelro|power8|-a|be le"
  "jm-misc|jm-insns.c|-DHAS_ALTIVEC -maltivec -Wl,-z,norelro|power8|-m|be le 32"
  "test_isa_2_06_part1|test_isa_2_06_part1.c|-DHAS_VSX -mvsx -mcpu=power7|power8||be le"
  "test_isa_2_06_part2|test_isa_2_06_part2.c|-DHAS_VSX -mvsx -mcpu=power7|power8|-o|be le"
  "test_isa_2_06_part3|test_isa_2_06_part3.c|-DHAS_VSX -mvsx -mcpu=power7|power8|-o|be le"
  "test_isa_2_07_part2|test_isa_2_07_part2.c|-DHAS_ISA_2_07 -mcpu=power8|power8||be le"
  "jm_vec_isa_2_07|test_isa_2_07_part1.c|-DHAS_ISA_2_07 -mcpu=power8|power8|-a|be le"
  "jm_int_isa_2_07|test_isa_2_07_part1.c|-DHAS_ISA_2_07 -mcpu=power8|power8|-i|be le"
  "jm_fp_isa_2_07|test_isa_2_07_part1.c|-DHAS_ISA_2_07 -mcpu=power8|power8|-f|be le"
  "test_isa_3_0_other|test_isa_3_0.c|-DHAS_ISA_3_00 -mcpu=power9|power9|-i -m -D -B -N -P -M|le"
  "test_dfp1|test_dfp1.c|-DHAS_DFP -mhard-dfp -mcpu=power7|power8||be le"
  "test_dfp2|test_dfp2.c|-DHAS_DFP -mhard-dfp -mcpu=power7|power8||be le"
  "test_dfp3|test_dfp3.c|-DHAS_DFP -mhard-dfp -mcpu=power7|power8||be le"
  "test_dfp4|test_dfp4.c|-DHAS_DFP -mhard-dfp -mcpu=power7|power8||be"
  "test_dfp5|test_dfp5.c|-DHAS_DFP -mhard-dfp -mcpu=power7|power8||be"
  "test_tm|test_tm.c|-mhtm -DSUPPORTS_HTM -DHAS_ISA_2_07 -mcpu=power8|power8||be le"
  "test_copy_paste|test_copy_paste.c|-DHAS_ISA_3_1 -mcpu=power10|power10||le"
  "test_isa_3_1_RT|test_isa_3_1_RT.c test_isa_3_1_common.c|-DHAS_ISA_3_1 -mcpu=power10|power10||le"
  "test_isa_3_1_XT|test_isa_3_1_XT.c test_isa_3_1_common.c|-DHAS_ISA_3_1 -mcpu=power10|power10||le"
  "test_isa_3_1_VRT|test_isa_3_1_VRT.c test_isa_3_1_common.c|-DHAS_ISA_3_1 -mcpu=power10|power10||le"
  "test_isa_3_1_Misc|test_isa_3_1_Misc.c test_isa_3_1_common.c|-DHAS_ISA_3_1 -mcpu=power10|power10||le"
  "test_isa_3_1_AT|test_isa_3_1_AT.c test_isa_3_1_common.c|-DHAS_ISA_3_1 -mcpu=power10|power10||le"
  "test_isa_3_1_R1_RT|test_isa_3_1_R1_RT.c test_isa_3_1_common.c|-DHAS_ISA_3_1 -mcpu=power10 -Wl,-Tbss,0x20000 -Wl,-Ttext,0x40000|power10||le"
  "test_isa_3_1_R1_XT|test_isa_3_1_R1_XT.c test_isa_3_1_common.c|-DHAS_ISA_3_1 -mcpu=power10 -Wl,-Tbss,0x20000 -Wl,-Ttext,0x40000|power10||le"
)

# The fewest differing lines between OUT and any NAME.stdout.exp* in DIR.
closest() {
  local best=-1 n f
  for f in "$2"/"$3".stdout.exp*; do
    [ -f "$f" ] || continue
    n=$(diff "$1" "$f" | grep -c '^[<>]')
    if [ "$best" -lt 0 ] || [ "$n" -lt "$best" ]; then best=$n; fi
  done
  echo "$best"
}

for t in "${tests[@]}"; do
  IFS='|' read -r name srcs flags cpu args endians <<< "$t"
  for e in $endians; do
    case $e in
      be) cc=powerpc64-linux-gnu-gcc; dir=$src/none/tests/ppc64; p=ppc64be; m=-m64 ;;
      le) cc=powerpc64le-linux-gnu-gcc; dir=$src/none/tests/ppc64; p=ppc64le; m=-m64 ;;
      32) cc=powerpc-linux-gnu-gcc; dir=$src/none/tests/ppc32; p=ppc32; m=-m32 ;;
    esac
    bin=$out/$e-$name
    # shellcheck disable=SC2086
    if ! (cd "$dir" && $cc -static $m -O -g -mregnames -I"$out/inc" -I"$src" -DVGO_linux=1 \
        -DVGP_${p}_linux=1 $flags $srcs -lm -o "$bin") > "$bin.build.log" 2>&1; then
      echo "$e $name: build failed ($bin.build.log)"; continue
    fi
    run_cpu=$cpu; [ "$e" = 32 ] && run_cpu=power8
    # shellcheck disable=SC2086
    timeout 300 "${ppcemu[@]}" --cpu "$run_cpu" "$bin" $args > "$bin.out" 2> "$bin.err" < /dev/null
    n=$(closest "$bin.out" "$dir" "$name")
    if [ "$n" = -1 ]; then echo "$e $name: no expected file"; elif [ "$n" = 0 ]; then echo "$e $name: same";
    else echo "$e $name: $n lines differ ($bin.out)"; fi
  done
done
echo "outputs in $out"
