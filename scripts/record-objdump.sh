#!/bin/bash
# Records GNU objdump's disassembly of every committed test binary, for test/disasm-objdump.test.ts:
#   test/bin/<target>/<name>  ->  test/golden/<target>/<name>.objdump.gz
# One line per instruction: address<TAB>word<TAB>text, where word is the instruction as a
# big-endian hex number (little-endian targets' bytes are reversed) and text is objdump's
# mnemonic and operands without the "<symbol+off>" annotation or a trailing "# comment".
# gzip -n keeps the output byte-identical from run to run.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A TOOL=([ppc32]=powerpc-linux-gnu [ppc64]=powerpc64-linux-gnu [ppc64le]=powerpc64le-linux-gnu)
count=0
for target in ppc32 ppc64 ppc64le; do
  dir=test/bin/$target
  [ -d "$dir" ] || continue
  objdump=${TOOL[$target]}-objdump
  command -v "$objdump" >/dev/null || { echo "record-objdump: $objdump not installed" >&2; exit 1; }
  mkdir -p "test/golden/$target"
  for bin in "$dir"/*; do
    [ -f "$bin" ] || continue
    head -c 4 "$bin" | grep -q $'\x7fELF' || continue
    name=$(basename "$bin")
    LC_ALL=C "$objdump" -d "$bin" | awk -F'\t' -v le=$([ $target = ppc64le ] && echo 1 || echo 0) '
      /^ *[0-9a-f]+:\t/ {
        addr = $1; sub(/^ */, "", addr); sub(/:$/, "", addr)
        n = split($2, b, " ")
        if (n != 4) next
        w = le ? b[4] b[3] b[2] b[1] : b[1] b[2] b[3] b[4]
        text = $3
        for (i = 4; i <= NF; i++) text = text "\t" $i
        sub(/ *<[^>]*>$/, "", text)
        sub(/[ \t]*#.*$/, "", text)
        sub(/[ \t]+$/, "", text)
        print addr "\t" w "\t" text
      }' | gzip -n -9 > "test/golden/$target/$name.objdump.gz"
    count=$((count + 1))
  done
done
echo "record-objdump: wrote $count files"
