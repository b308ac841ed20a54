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

const (
	EPERM        Errno = 0x1
	ENOENT       Errno = 0x2
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
