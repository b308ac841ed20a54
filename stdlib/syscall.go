// Package syscall: the system's error numbers, as in Go (Linux values).
// Package os reports failed system calls with these.
package syscall

import "io/fs"

// An Errno is a system error number; its text is the system's message.
type Errno uintptr

func (e Errno) Error() string { return errnoText(int(e)) }

// Is lets errors.Is match an Errno against the generic errors of io/fs.
func (e Errno) Is(target error) bool {
	switch target {
	case fs.ErrPermission:
		return e == EACCES || e == EPERM
	case fs.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case fs.ErrNotExist:
		return e == ENOENT
	}
	return false
}

func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == ETIMEDOUT
}

// errnoText is strerror with Go's lower-case first letter.
func errnoText(e int) string

// A Signal is a signal number (Linux values), as in Go.
type Signal int

func (s Signal) Signal() {}

func (s Signal) String() string {
	if s >= 1 && int(s) < len(signalNames) {
		return signalNames[s]
	}
	return "signal " + itoa(int(s))
}

// Go's names for Linux's first signals.
var signalNames = [...]string{1: "hangup", 2: "interrupt", 3: "quit", 4: "illegal instruction",
	5: "trace/breakpoint trap", 6: "aborted", 7: "bus error", 8: "floating point exception",
	9: "killed", 10: "user defined signal 1", 11: "segmentation fault",
	12: "user defined signal 2", 13: "broken pipe", 14: "alarm clock", 15: "terminated"}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

const (
	SIGHUP  Signal = 0x1
	SIGINT  Signal = 0x2
	SIGQUIT Signal = 0x3
	SIGKILL Signal = 0x9
	SIGUSR1 Signal = 0xa
	SIGUSR2 Signal = 0xc
	SIGPIPE Signal = 0xd
	SIGALRM Signal = 0xe
	SIGTERM Signal = 0xf
)

// Kill sends [sig] to the process [pid] (kill(2)).
func Kill(pid int, sig Signal) error {
	if e := kill(pid, int(sig)); e != 0 {
		return Errno(e)
	}
	return nil
}

func kill(pid int, sig int) int

// Getpid returns the process id.
func Getpid() int

// Getppid returns the process id of the caller's parent.
func Getppid() int

const (
	EPERM        Errno = 0x1
	ENOENT       Errno = 0x2
	ESRCH        Errno = 0x3
	ECHILD       Errno = 0xa
	EINTR        Errno = 0x4
	EIO          Errno = 0x5
	EBADF        Errno = 0x9
	EAGAIN       Errno = 0xb
	ENOMEM       Errno = 0xc
	EACCES       Errno = 0xd
	EEXIST       Errno = 0x11
	ENOTDIR      Errno = 0x14
	EISDIR       Errno = 0x15
	EINVAL       Errno = 0x16
	ENFILE       Errno = 0x17
	EMFILE       Errno = 0x18
	ENOSPC       Errno = 0x1c
	ESPIPE       Errno = 0x1d
	EROFS        Errno = 0x1e
	EPIPE        Errno = 0x20
	ENAMETOOLONG Errno = 0x24
	ENOTEMPTY    Errno = 0x27
	ELOOP        Errno = 0x28
	ETIMEDOUT    Errno = 0x6e
)

// SysProcAttr holds what os.StartProcess may set beyond the portable
// attributes; gosh reads none of it yet.
type SysProcAttr struct {
	Setpgid bool
	Pgid    int
	Setsid  bool
}
