// Linux/powerpc ABI constants: system call numbers (identical for 32- and 64-bit processes
// except where noted), errno values, signals and flags. From the kernel's uapi headers.

export const NR = {
  exit: 1, read: 3, write: 4, open: 5, close: 6, creat: 8, link: 9, unlink: 10, chdir: 12, time: 13,
  chmod: 15, lseek: 19, getpid: 20, getuid: 24, access: 33, sync: 36, kill: 37, rename: 38,
  mkdir: 39, rmdir: 40, dup: 41, pipe: 42, times: 43, brk: 45, getgid: 47, geteuid: 49,
  getegid: 50, ioctl: 54, fcntl: 55, setpgid: 57, umask: 60, dup2: 63, getppid: 64, getpgrp: 65,
  setrlimit: 75, getrlimit: 76, getrusage: 77, gettimeofday: 78, symlink: 83, readlink: 85, mmap: 90,
  munmap: 91, truncate: 92, ftruncate: 93, fchmod: 94, stat: 106, lstat: 107, fstat: 108,
  sysinfo: 116, fsync: 118, clone: 120, uname: 122, mprotect: 125, fchdir: 133,
  _llseek: 140, readv: 145, writev: 146, fdatasync: 148, sched_yield: 158, nanosleep: 162, mremap: 163,
  prctl: 171, rt_sigreturn: 172, rt_sigaction: 173, rt_sigprocmask: 174, rt_sigpending: 175,
  rt_sigtimedwait: 176, rt_sigsuspend: 178, pread64: 179, pwrite64: 180, getcwd: 182,
  sigaltstack: 185, ugetrlimit: 190, mmap2: 192,
  /** 32-bit processes only (64-bit length in a register pair). */
  truncate64: 193, ftruncate64: 194,
  stat64: 195, lstat64: 196, fstat64: 197,
  getdents64: 202, fcntl64: 204, madvise: 205, gettid: 207, tkill: 208, futex: 221,
  sched_getaffinity: 223, set_tid_address: 232, exit_group: 234, clock_gettime: 246,
  clock_getres: 247, clock_nanosleep: 248, tgkill: 250, openat: 286, mkdirat: 287,
  /** newfstatat on 64-bit processes, fstatat64 on 32-bit ones. */
  fstatat: 291, unlinkat: 292, renameat: 293, linkat: 294, symlinkat: 295,
  readlinkat: 296, fchmodat: 297, faccessat: 298, set_robust_list: 300, dup3: 316, pipe2: 317,
  prlimit64: 325, syncfs: 348, renameat2: 357, getrandom: 359, memfd_create: 360, statx: 383, rseq: 387,
  clock_gettime64: 403, clock_getres_time64: 406, clock_nanosleep_time64: 407,
  rt_sigtimedwait_time64: 421, futex_time64: 422, clone3: 435, faccessat2: 439,
  fork: 2, waitpid: 7, execve: 11, setsid: 66, getpgid: 132, getsid: 147, vfork: 189, wait4: 114, waitid: 272,
  lchown: 16, utime: 30, fchown: 95, chown: 181, utimes: 251, fchownat: 289, futimesat: 290, utimensat: 304,
  /** 32-bit processes only (64-bit time_t). */
  utimensat_time64: 412,
} as const;

export const SYSCALL_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(NR).map(([k, v]) => [v, k === 'fstatat' ? 'newfstatat' : k]),
);

/**
 * How --strace prints each call's arguments, one letter per argument: d signed decimal,
 * u unsigned decimal, x hex, s a guest string. Calls not listed print six hex arguments.
 */
const ARG_KINDS: Partial<Record<keyof typeof NR, string>> = {
  exit: 'd', exit_group: 'd', read: 'dxu', write: 'dxu', close: 'd', open: 'sxx', openat: 'dsxx',
  lseek: 'ddd', brk: 'x', mmap: 'xuxxdx', mmap2: 'xuxxdx', munmap: 'xu', mprotect: 'xux',
  mremap: 'xuux', readv: 'dxd', writev: 'dxd', pread64: 'dxuu', pwrite64: 'dxuu', ioctl: 'dxx',
  fcntl: 'ddx', fcntl64: 'ddx', dup: 'd', dup2: 'dd', dup3: 'ddx', pipe: 'x', pipe2: 'xx',
  fstat: 'dx', fstat64: 'dx', fstatat: 'dsxx', statx: 'dsxxx', readlink: 'sxu', readlinkat: 'dsxu',
  kill: 'dd', tkill: 'dd', tgkill: 'ddd', rt_sigaction: 'dxxu', rt_sigprocmask: 'dxxu',
  sigaltstack: 'xx', rt_sigreturn: '', getpid: '', gettid: '', getppid: '', getuid: '', geteuid: '',
  getgid: '', getegid: '', set_tid_address: 'x', set_robust_list: 'xu', uname: 'x',
  clock_gettime: 'dx', clock_gettime64: 'dx', clock_getres: 'dx', gettimeofday: 'xx', time: 'x',
  nanosleep: 'xx', getrandom: 'xux', prlimit64: 'ddxx', getrlimit: 'dx', ugetrlimit: 'dx',
  memfd_create: 'sx', getdents64: 'dxu', futex: 'xdxxxx', sched_getaffinity: 'dux', prctl: 'dxxxx',
  access: 'sx', faccessat: 'dsx', faccessat2: 'dsxx', getcwd: 'xu', madvise: 'xud', sched_yield: '',
  creat: 'sx', link: 'ss', linkat: 'dsdsx', unlink: 's', unlinkat: 'dsx', chdir: 's', fchdir: 'd',
  chmod: 'sx', fchmod: 'dx', fchmodat: 'dsxx', rename: 'ss', renameat: 'dsds', renameat2: 'dsdsx',
  mkdir: 'sx', mkdirat: 'dsx', rmdir: 's', umask: 'x', symlink: 'ss', symlinkat: 'sds',
  truncate: 'su', ftruncate: 'du', fsync: 'd', fdatasync: 'd', stat: 'sx', lstat: 'sx',
  stat64: 'sx', lstat64: 'sx', chown: 'sdd', lchown: 'sdd', fchown: 'ddd', fchownat: 'dsddx',
  utimensat: 'dsxx', utimensat_time64: 'dsxx', utimes: 'sx', futimesat: 'dsx', utime: 'sx', clone: 'xxxxx', fork: '', vfork: '', execve: 'sxx', wait4: 'dxxx', waitpid: 'dxx', waitid: 'ddxxx', setsid: '', getpgid: 'd', getsid: 'd',
};

/** ARG_KINDS by system call number. */
export const SYSCALL_ARGS: Record<number, string> = Object.fromEntries(
  Object.entries(ARG_KINDS).map(([k, v]) => [NR[k as keyof typeof NR], v]),
);

export const E = {
  PERM: 1, NOENT: 2, SRCH: 3, INTR: 4, IO: 5, NXIO: 6, '2BIG': 7, NOEXEC: 8, BADF: 9, CHILD: 10, AGAIN: 11,
  NOMEM: 12, ACCES: 13, FAULT: 14, BUSY: 16, EXIST: 17, XDEV: 18, NODEV: 19, NOTDIR: 20,
  ISDIR: 21, INVAL: 22, NFILE: 23, MFILE: 24, NOTTY: 25, TXTBSY: 26, FBIG: 27, NOSPC: 28,
  SPIPE: 29, ROFS: 30, MLINK: 31, PIPE: 32, RANGE: 34, DEADLK: 35, NAMETOOLONG: 36, NOSYS: 38, NOTEMPTY: 39,
  LOOP: 40, OVERFLOW: 75, OPNOTSUPP: 95, TIMEDOUT: 110, DQUOT: 122,
} as const;

export const SIG = {
  HUP: 1, INT: 2, QUIT: 3, ILL: 4, TRAP: 5, ABRT: 6, BUS: 7, FPE: 8, KILL: 9, USR1: 10, SEGV: 11,
  USR2: 12, PIPE: 13, ALRM: 14, TERM: 15, STKFLT: 16, CHLD: 17, CONT: 18, STOP: 19, TSTP: 20,
  TTIN: 21, TTOU: 22, URG: 23, XCPU: 24, XFSZ: 25, VTALRM: 26, PROF: 27, WINCH: 28, IO: 29,
  PWR: 30, SYS: 31,
} as const;

export const NSIG = 64;
export const SA_SIGINFO = 0x4;
export const SA_ONSTACK = 0x08000000;
export const SA_RESTART = 0x10000000;
export const SA_NODEFER = 0x40000000;
export const SA_RESETHAND = 0x80000000;
export const SIG_DFL = 0;
export const SIG_IGN = 1;
export const SS_ONSTACK = 1;
export const SS_DISABLE = 2;
export const SI_USER = 0;
/** SIGCHLD's si_code. */
export const CLD = { EXITED: 1, KILLED: 2, DUMPED: 3 } as const;
export const SI_TKILL = -6;

/** Signals whose default action is to ignore them. */
export const DEFAULT_IGNORE = new Set<number>([SIG.CHLD, SIG.URG, SIG.WINCH, SIG.CONT]);

export const PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4;
export const MAP_SHARED = 0x01, MAP_PRIVATE = 0x02, MAP_FIXED = 0x10, MAP_ANONYMOUS = 0x20;
export const MAP_FIXED_NOREPLACE = 0x100000;
export const MREMAP_MAYMOVE = 1;

export const O_ACCMODE = 3, O_CREAT = 0o100, O_EXCL = 0o200, O_NOCTTY = 0o400, O_TRUNC = 0o1000, O_APPEND = 0o2000,
  O_NONBLOCK = 0o4000;
/** powerpc's O_DIRECTORY and O_NOFOLLOW (they differ from the generic values). */
export const O_DIRECTORY = 0o40000, O_NOFOLLOW = 0o100000, O_CLOEXEC = 0o2000000, O_PATH = 0o10000000;
export const AT_FDCWD = -100;
/** utimensat's timespec nanoseconds: the current time, or the time left as it is. */
export const UTIME_NOW = 0x3fffffff, UTIME_OMIT = 0x3ffffffe;
export const AT_SYMLINK_NOFOLLOW = 0x100, AT_REMOVEDIR = 0x200, AT_EACCESS = 0x200,
  AT_SYMLINK_FOLLOW = 0x400, AT_NO_AUTOMOUNT = 0x800, AT_EMPTY_PATH = 0x1000;
export const RENAME_NOREPLACE = 1;

export const AT = {
  NULL: 0, PHDR: 3, PHENT: 4, PHNUM: 5, PAGESZ: 6, BASE: 7, FLAGS: 8, ENTRY: 9, UID: 11,
  EUID: 12, GID: 13, EGID: 14, PLATFORM: 15, HWCAP: 16, CLKTCK: 17, SECURE: 23,
  BASE_PLATFORM: 24, RANDOM: 25, HWCAP2: 26, EXECFN: 31, DCACHEBSIZE: 19, ICACHEBSIZE: 20,
  UCACHEBSIZE: 21, IGNOREPPC: 22, MINSIGSTKSZ: 51,
} as const;

export const PR_SET_FPEXC = 12, PR_GET_FPEXC = 11;
export const PR_FP_EXC_SW_ENABLE = 0x80, PR_FP_EXC_DIV = 0x010000, PR_FP_EXC_OVF = 0x020000,
  PR_FP_EXC_UND = 0x040000, PR_FP_EXC_RES = 0x080000, PR_FP_EXC_INV = 0x100000,
  PR_FP_EXC_DISABLED = 0, PR_FP_EXC_NONRECOV = 1, PR_FP_EXC_ASYNC = 2, PR_FP_EXC_PRECISE = 3;
