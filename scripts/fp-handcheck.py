#!/usr/bin/env python3
"""Derives the hand-checked golden files of the fp_* programs from QEMU's recorded output,
applying only the corrections where QEMU 7.2 contradicts the Power ISA (each rule cites the ISA;
the program sources repeat them). Run after scripts/rebuild-tests.sh has recorded fp_*.
Usage: python3 scripts/fp-handcheck.py   (from the repository root)"""
import os

EXC_BITS = set(range(3, 13)) | {21, 23}   # FPSCR bits 35:44, 53, 55 as mtfsb BT numbers


def blocks(lines):
    hdr, idx = '', 0
    for ln in lines:
        if ln.startswith('#'):
            hdr, idx = ln, -1
        yield hdr, (idx if ln.strip() and not ln.startswith('#') else -1), ln
        idx += 1


def fix_fma(lines):
    # 0 x inf + SNaN (grid positions 62 and 494): the ISA sets VXSNAN for any SNaN operand
    # (Book I 4.4.1) as well as VXIMZ; QEMU sets only VXIMZ.
    out = []
    for hdr, idx, ln in blocks(lines):
        if idx in (62, 494):
            r, f, c = ln.split()
            v = int(f, 16)
            assert v & 0x00100000, ln
            ln = f'{r} {v | 0x01000000:08x} {c}'
        out.append(ln)
    return out


def fix_unary(lines):
    # fcmpo with a NaN operand (VXVC, VE=0): the ISA sets only FPCC, FPRF[C] is not altered
    # (Book I 4.4.1, fcmpo); QEMU also sets C.
    out = []
    for hdr, idx, ln in blocks(lines):
        if hdr.startswith('# fcmpo') and idx >= 0:
            r, f, c = ln.split()
            v = int(f, 16)
            if v & 0x00080000:
                ln = f'{r} {v & ~0x00010000:08x} {c}'
        out.append(ln)
    return out


def fprf(bits):
    neg = bits >> 63
    if bits & 0x7fffffffffffffff == 0:
        return 0x12000 if neg else 0x2000
    return 0x8000 if neg else 0x4000


def fix_est(lines):
    out = []
    for hdr, idx, ln in blocks(lines):
        name = hdr.split()[1] if hdr else ''
        if idx >= 0 and name in ('fre', 'fres') and idx in (0, 1):
            # fre/fres(+-0) = +-inf with ZX (Book I 4.6.6.1); QEMU gives +-0.5
            r, f, c = ln.split()
            v = (int(f, 16) & ~0x0001f000) | (0x5000 if idx == 0 else 0x9000)
            ln = f'{"7ff0000000000000" if idx == 0 else "fff0000000000000"} {v:08x} {c}'
        elif idx >= 0 and name in ('fcfids', 'fcfidu', 'fcfidus'):
            # FPRF is set to the class of the result (Book I 4.6.7.2); QEMU leaves it unchanged
            r, f, c = ln.split()
            v = (int(f, 16) & ~0x0001f000) | fprf(int(r, 16))
            ln = f'{r} {v:08x} {c}'
        out.append(ln)
    return out


def fix_fpscr(lines):
    # mtfsb1 of an exception bit sets FX (Book I 4.6.10: mtfsb1 alters FPSCR bits FX and BT+32)
    out = []
    for ln in lines:
        p = ln.split()
        if len(p) == 4 and p[0] == 'mtfsb1' and int(p[1], 16) in EXC_BITS:
            p[2] = f'{int(p[2], 16) | 0x80000000:016x}'
            ln = ' '.join(p)
        out.append(ln)
    return out


def fix_fenv(lines):
    # si_code as Linux's __parse_fpscr picks it (INV, OVF, UND, DIV, RES in that order);
    # QEMU reports the exception it raised last (see test/programs/glibc/fenv.c)
    want = {'invalid': 7, 'sqrtinv': 7, 'ovf+inex': 4}
    out = []
    for ln in lines:
        p = ln.split()
        if len(p) == 3 and p[0] in want and p[1] == 'SIGFPE':
            ln = ln[:ln.index('si_code=')] + f'si_code={want[p[0]]}'
        out.append(ln)
    return out


FIX = {'glibc-fenv': fix_fenv, 'fp_fma': fix_fma, 'fp_fnm': fix_fma, 'fp_unary': fix_unary, 'fp_est': fix_est,
       'fp_fpscr': fix_fpscr}

for t in ('ppc32', 'ppc64', 'ppc64le'):
    for name, fn in FIX.items():
        src = f'test/golden/{t}/{name}.stdout'
        if not os.path.exists(src):
            continue
        with open(src) as f:
            text = f.read()
        if not text:
            # QEMU could not run it (ppc32 glibc-fenv: its CPUs reject mffsl); that expectation
            # is written by hand, see test/programs/glibc/fenv.c.
            print(f'{t} {name}: no QEMU output, hand-written expectation left alone')
            continue
        lines = text.split('\n')
        fixed = '\n'.join(fn(lines))
        with open(src + '.handchecked', 'w') as f:
            f.write(fixed)
        n = sum(1 for a, b in zip(lines, fixed.split('\n')) if a != b)
        print(f'{t} {name}: {n} lines corrected')
