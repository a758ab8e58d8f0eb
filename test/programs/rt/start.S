/* Process entry for freestanding ppcemu test programs.
 * At entry (Linux ABI): r1 -> argc, argv[], 0, envp[], 0, auxv.
 * Calls main(argc, argv, envp), then rt_exit(return value). */
#ifdef __powerpc64__
/* ppc64, both ABIs: r3 = argc, r4 = argv, r5 = envp (= argv + 8 * (argc + 1)); a 16-byte
 * aligned stack with a null back chain and LR = 0; then main(), then rt_exit(its value). */
        .macro  call_main
        ld      3, 0(1)
        addi    4, 1, 8
        sldi    5, 3, 3
        add     5, 5, 4
        addi    5, 5, 8
        clrrdi  1, 1, 4
        li      0, 0
        stdu    1, -128(1)
        std     0, 0(1)
        mtlr    0
        bl      main
        nop
        bl      rt_exit
        nop
        .endm
#endif

#if defined(__powerpc64__) && defined(_CALL_ELF) && _CALL_ELF == 2
/* ---- ppc64 ELFv2 (little-endian): plain symbol entry; compute the TOC pc-relatively. */
        .abiversion 2
        .text
        .globl  _start
        .type   _start, @function
_start:
        bcl     20, 31, 1f
1:      mflr    2
        addis   2, 2, (.TOC. - 1b)@ha
        addi    2, 2, (.TOC. - 1b)@l
        call_main
        .size   _start, . - _start
#elif defined(__powerpc64__)
/* ---- ppc64 ELFv1 (big-endian): e_entry is the function descriptor in .opd; the kernel
 * loads the TOC pointer (2) from the descriptor's second doubleword. */
        .section ".opd", "aw"
        .align  3
        .globl  _start
_start:
        .quad   .L._start, .TOC.@tocbase, 0
        .text
        .type   .L._start, @function
.L._start:
        call_main
        .size   .L._start, . - .L._start
#else
/* ---- ppc32 SysV (big-endian). */
        .text
        .globl  _start
        .type   _start, @function
_start:
        lwz     3, 0(1)
        addi    4, 1, 4
        slwi    5, 3, 2
        add     5, 5, 4
        addi    5, 5, 4
        clrrwi  1, 1, 4
        li      0, 0
        stwu    1, -16(1)
        stw     0, 0(1)
        mtlr    0
        bl      main
        bl      rt_exit
        .size   _start, . - _start
#endif
        .section .note.GNU-stack, "", @progbits
