#!/bin/bash
# Records GNU objdump's disassembly of the committed test binaries, for
# test/disasm-objdump.test.ts, as ONE compact table per target:
#   test/bin/<target>/*  ->  test/golden/<target>/objdump-words.tsv.gz
# The table holds each distinct instruction word once, however many binaries and addresses it
# occurs at:  word<TAB>address<TAB>text
#   word     the instruction as 8 lowercase hex digits, big-endian (little-endian targets' bytes
#            are reversed back into the word); a prefixed instruction as 16 (prefix, then suffix)
#   address  the first address the word was seen at (binaries taken in name order), so that
#            PC-relative branches can be disassembled at the address objdump printed them for
#   text     objdump's mnemonic and operands, without the "<symbol+off>" annotation or a
#            trailing "# comment"; empty for a word seen only as the second word of a prefixed
#            instruction (objdump prints the whole instruction on the prefix's line)
# Lines are sorted by word; gzip -n keeps the file byte-identical from run to run.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A TOOL=([ppc32]=powerpc-linux-gnu [ppc64]=powerpc64-linux-gnu [ppc64le]=powerpc64le-linux-gnu)
declare -A DIALECT=([ppc32]="" [ppc64]="" [ppc64le]="")
for target in ppc32 ppc64 ppc64le; do
  dir=test/bin/$target
  [ -d "$dir" ] || continue
  bins=()
  for bin in "$dir"/*; do
    [[ $bin == *.tmp ]] && continue # a build in progress (scripts/rebuild-tests.sh)
    [ -f "$bin" ] && head -c 4 "$bin" | grep -q $'\x7fELF' && bins+=("$bin")
  done
  [ ${#bins[@]} -gt 0 ] || continue
  objdump=${TOOL[$target]}-objdump
  command -v "$objdump" >/dev/null || { echo "record-objdump: $objdump not installed" >&2; exit 1; }
  mkdir -p "test/golden/$target"
  rm -f "test/golden/$target"/*.objdump.gz # the old per-binary format
  out=test/golden/$target/objdump-words.tsv.gz
  # (objdump's default dialect; the test sets aside the few opcode-4 words that the default 32-bit
  # dialect prints as paired-single or SPE instructions, see test/disasm-objdump.test.ts)
  for bin in "${bins[@]}"; do LC_ALL=C "$objdump" -d ${DIALECT[$target]} "$bin"; done |
    awk -F'\t' -v le=$([ $target = ppc64le ] && echo 1 || echo 0) '
      # a prefixed instruction (ISA 3.1) is keyed by prefix and suffix together (16 hex digits):
      # the same prefix word occurs with many suffixes, and each pair is its own instruction
      function flush() { if (pw != "" && !(pw in seen)) { seen[pw] = 1; print pw "\t" pa "\t" pt }; pw = "" }
      !/^ *[0-9a-f]+:\t/ { flush(); next }
      {
        n = split($2, b, " ")
        if (n != 4) { flush(); next }
        w = le ? b[4] b[3] b[2] b[1] : b[1] b[2] b[3] b[4]
        addr = $1; sub(/^ */, "", addr); sub(/:$/, "", addr)
        text = $3
        for (i = 4; i <= NF; i++) text = text "\t" $i
        # a branch target with a symbol (binaries built with STRIP: no) is printed "10000538 <sym>";
        # without symbols objdump prints "0x10000538", the form the disassembler follows
        if (match(text, / *<[^>]*>$/)) {
          text = substr(text, 1, RSTART - 1)
          if (match(text, /[ ,][0-9a-f]+$/)) text = substr(text, 1, RSTART) "0x" substr(text, RSTART + 1)
        }
        sub(/[ \t]*#.*$/, "", text)
        sub(/[ \t]+$/, "", text)
        # No text: the second word of a prefixed instruction, printed on the line above. Such a
        # word gets an empty-text line only if it never occurs as an instruction of its own.
        if (text == "") {
          if (pw != "") { k = pw w; if (!(k in seen)) { seen[k] = 1; print k "\t" pa "\t" pt }; pw = "" }
          if (!(w in suffix)) suffix[w] = addr
          next
        }
        flush()
        # primary opcode 1: held until the next line shows whether objdump took it as a prefix
        if (w ~ /^0[4-7]/) { pw = w; pa = addr; pt = text; next }
        if (w in seen) next
        seen[w] = 1
        print w "\t" addr "\t" text
      }
      END { for (w in suffix) if (!(w in seen)) print w "\t" suffix[w] "\t" }' | LC_ALL=C sort | gzip -n -9 > "$out"
  echo "record-objdump: $out: ${#bins[@]} binaries, $(gzip -dc "$out" | wc -l) distinct words, $(stat -c %s "$out") bytes"
done
