// Package os: files, the environment, the program's arguments and exit,
// as in Go. The system calls are natives (stdlib/os.c) that return an
// error number, 0 for success; this file turns those into Go's errors.
package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
)

var Args []string = runtimeArgs()

func runtimeArgs() []string
func Exit(code int)

// DevNull is the name of the operating system's null device.
const DevNull = "/dev/null"

// The generic file-system errors, as in io/fs.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// A Signal is an operating system signal (os/signal delivers them).
type Signal interface {
	String() string
	Signal() // to tell it from other Stringers
}

// The signals every system has.
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

type PathError = fs.PathError
type FileMode = fs.FileMode
type FileInfo = fs.FileInfo

const (
	ModeDir  = fs.ModeDir
	ModePerm = fs.ModePerm
)

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Whence values for Seek.
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// The system calls: each returns its result and an error number.
func sysOpen(name string, flag int, perm uint32) (int, int)
func sysRead(fd int, b []byte) (int, int)
func sysReadAll(fd int) ([]byte, int)
func sysWrite(fd int, b []byte) (int, int)
func sysWriteString(fd int, s string) (int, int)
func sysSeek(fd int, offset int64, whence int) (int64, int)
func sysClose(fd int) int
func sysRemove(name string) int
func sysMkdir(name string, perm uint32) int
func sysRemoveAll(path string) (int, string)
func sysStat(name string, follow bool) (size int64, mode uint32, errno int)
func sysFstat(fd int) (size int64, mode uint32, errno int)
func sysRename(from, to string) int
func tempName(prefix, suffix string) string

// File is an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
	dir    *dirInfo // the directory's entries, read at the first ReadDir
}

// DirEntry is an entry read from a directory.
type DirEntry = fs.DirEntry

// The separators of paths and of lists of paths.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return PathSeparator == c }

func sysReadDir(fd int) (names []string, modes []int, errno int)
func sysReadlink(name string) (string, int)

// dirInfo is a directory's entries and how many have been handed out.
type dirInfo struct {
	names []string
	modes []int
	pos   int
}

// readDir reads the directory's entries (once) and returns the next n of
// them (n <= 0: all that are left), with io.EOF at the end when n > 0.
func (f *File) readDir(n int) (names []string, modes []int, err error) {
	if f == nil {
		return nil, nil, ErrInvalid
	}
	if f.closed {
		return nil, nil, &PathError{Op: "readdirent", Path: f.name, Err: errUseOfClosedFile}
	}
	if f.dir == nil {
		ns, ms, errno := sysReadDir(f.fd)
		if errno != 0 {
			return nil, nil, &PathError{Op: "readdirent", Path: f.name, Err: syscall.Errno(errno)}
		}
		f.dir = &dirInfo{names: ns, modes: ms}
	}
	d := f.dir
	left := len(d.names) - d.pos
	if n > 0 && left == 0 {
		return nil, nil, io.EOF
	}
	if n <= 0 || n > left {
		n = left
	}
	names = d.names[d.pos : d.pos+n]
	modes = d.modes[d.pos : d.pos+n]
	d.pos += n
	return names, modes, nil
}

// unixDirent is the DirEntry of a name read from a directory.
type unixDirent struct {
	parent string
	name   string
	typ    FileMode
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }
func (d *unixDirent) Info() (FileInfo, error) {
	return Lstat(d.parent + "/" + d.name)
}

// ReadDir returns the next n entries of the directory (n <= 0: all).
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, modes, err := f.readDir(n)
	var out []DirEntry
	if len(names) > 0 || n <= 0 && err == nil {
		out = make([]DirEntry, len(names))
	}
	for i, name := range names {
		out[i] = &unixDirent{f.name, name, FileMode(modes[i])}
	}
	return out, err
}

// Readdirnames returns the next n names in the directory (n <= 0: all).
func (f *File) Readdirnames(n int) (names []string, err error) {
	ns, _, err := f.readDir(n)
	if ns != nil {
		names = append([]string{}, ns...)
	} else if n <= 0 && err == nil {
		names = []string{}
	}
	return names, err
}

// Readdir returns the FileInfo of the next n entries (n <= 0: all).
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, _, err := f.readDir(n)
	var out []FileInfo
	if len(names) > 0 || n <= 0 && err == nil {
		out = make([]FileInfo, 0, len(names))
	}
	for _, name := range names {
		info, lerr := Lstat(f.name + "/" + name)
		if IsNotExist(lerr) {
			continue
		}
		if lerr != nil {
			return out, lerr
		}
		out = append(out, info)
	}
	return out, err
}

// ReadDir reads the named directory and returns its entries sorted by
// file name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	names, modes, err := f.readDir(-1)
	sortDirNames(names, modes)
	dirs := make([]DirEntry, len(names))
	for i, n := range names {
		dirs[i] = &unixDirent{f.name, n, FileMode(modes[i])}
	}
	return dirs, err
}

// sortDirNames sorts names by byte order, and modes with them.
func sortDirNames(names []string, modes []int)

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	s, errno := sysReadlink(name)
	if errno != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: syscall.Errno(errno)}
	}
	return s, nil
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a File for the open descriptor fd.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// check reports why f cannot be used for [op], if it cannot.
func (f *File) check(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) wrapErr(op string, errno int) error {
	if errno == 0 {
		return nil
	}
	return &PathError{Op: op, Path: f.name, Err: syscall.Errno(errno)}
}

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := sysRead(f.fd, b)
	if errno != 0 {
		return 0, f.wrapErr("read", errno)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) Write(b []byte) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	n, errno := sysWrite(f.fd, b)
	if errno != 0 {
		return n, f.wrapErr("write", errno)
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	n, errno := sysWriteString(f.fd, s)
	if errno != 0 {
		return n, f.wrapErr("write", errno)
	}
	if n != len(s) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// Seek sets the offset for the next Read or Write.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.check("seek"); err != nil {
		return 0, err
	}
	ret, errno := sysSeek(f.fd, offset, whence)
	return ret, f.wrapErr("seek", errno)
}

// Close closes the file; closing it again is an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return f.wrapErr("close", sysClose(f.fd))
}

// OpenFile opens the named file with the given flags and, when it creates
// the file, permission bits.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, errno := sysOpen(name, flag, uint32(perm.Perm()))
	if errno != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: syscall.Errno(errno)}
	}
	return NewFile(uintptr(fd), name), nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file, for reading and writing.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// ReadFile returns the whole contents of the named file.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, errno := sysReadAll(f.fd)
	return data, f.wrapErr("read", errno)
}

// WriteFile writes data to the named file, creating it with perm if
// needed and truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or empty directory.
func Remove(name string) error {
	if errno := sysRemove(name); errno != 0 {
		return &PathError{Op: "remove", Path: name, Err: syscall.Errno(errno)}
	}
	return nil
}

// RemoveAll removes path and everything it contains; a path that does
// not exist is no error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	if errno, failed := sysRemoveAll(path); errno != 0 {
		return &PathError{Op: "unlinkat", Path: failed, Err: syscall.Errno(errno)}
	}
	return nil
}

// fileStat is the FileInfo that Stat returns.
type fileStat struct {
	name string
	size int64
	mode FileMode
}

func (fs *fileStat) Name() string   { return fs.name }
func (fs *fileStat) Size() int64    { return fs.size }
func (fs *fileStat) Mode() FileMode { return fs.mode }
func (fs *fileStat) IsDir() bool    { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any       { return nil }

// basename is the last element of a path, without trailing slashes.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func stat(op, name string, follow bool) (FileInfo, error) {
	size, mode, errno := sysStat(name, follow)
	if errno != 0 {
		return nil, &PathError{Op: op, Path: name, Err: syscall.Errno(errno)}
	}
	return &fileStat{basename(name), size, FileMode(mode)}, nil
}

// Stat describes the named file. (FileInfo has no ModTime in gosh: there
// is no package time.)
func Stat(name string) (FileInfo, error) { return stat("stat", name, true) }

// Lstat describes the named file without following a symbolic link.
func Lstat(name string) (FileInfo, error) { return stat("lstat", name, false) }

// Stat describes the open file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errUseOfClosedFile}
	}
	size, mode, errno := sysFstat(f.fd)
	if errno != 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: syscall.Errno(errno)}
	}
	return &fileStat{basename(f.name), size, FileMode(mode)}, nil
}

// Mkdir creates a directory.
func Mkdir(name string, perm FileMode) error {
	if errno := sysMkdir(name, uint32(perm.Perm())); errno != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: syscall.Errno(errno)}
	}
	return nil
}

// LinkError records an error during a link, symlink or rename.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// Rename moves oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if errno := sysRename(oldpath, newpath); errno != 0 {
		return &LinkError{"rename", oldpath, newpath, syscall.Errno(errno)}
	}
	return nil
}

func sysSymlink(oldname, newname string) int
func sysChdir(dir string) int

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if errno := sysSymlink(oldname, newname); errno != 0 {
		return &LinkError{"symlink", oldname, newname, syscall.Errno(errno)}
	}
	return nil
}

// Chdir changes the current working directory.
func Chdir(dir string) error {
	if errno := sysChdir(dir); errno != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: syscall.Errno(errno)}
	}
	return nil
}

// MkdirAll creates a directory and any parents it needs; nothing if it
// is already a directory.
func MkdirAll(path string, perm FileMode) error {
	dir, err := Stat(path)
	if err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && IsPathSeparator(path[i-1]) {
		i--
	}
	j := i
	for j > 0 && !IsPathSeparator(path[j-1]) {
		j--
	}
	if j > 1 {
		err = MkdirAll(path[:j-1], perm)
		if err != nil {
			return err
		}
	}
	err = Mkdir(path, perm)
	if err != nil {
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// TempDir is $TMPDIR, or /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// CreateTemp creates a new file in dir (TempDir() when empty) whose name
// is pattern with its last "*" replaced by a random string (or the
// random string appended), opened for reading and writing.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 1; ; try++ {
		name := tempName(prefix, suffix)
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

// MkdirTemp creates a new directory in dir (TempDir() when empty) named
// as CreateTemp names files, and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 1; ; try++ {
		name := tempName(prefix, suffix)
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) && try < 10000 {
			continue
		}
		if IsExist(err) {
			return "", &PathError{Op: "mkdirtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return "", err
	}
}

// prefixAndSuffix splits a temporary-name pattern at its last "*".
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

var errUseOfClosedFile = errors.New("use of closed file")

var errPatternHasSeparator = errors.New("pattern contains path separator")

func underlyingError(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// IsExist reports whether err says a file already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether err says a file does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether err says permission was denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// The environment.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

func LookupEnv(key string) (string, bool)
func sysSetenv(key, value string) int
func sysUnsetenv(key string) int
func Environ() []string
func Getpid() int

// Getppid returns the process id of the caller's parent.
func Getppid() int
func Getwd() (dir string, err error) {
	dir, errno := sysGetwd()
	if errno != 0 {
		return "", &PathError{Op: "getwd", Path: ".", Err: syscall.Errno(errno)}
	}
	return dir, nil
}
func sysGetwd() (string, int)

func Setenv(key, value string) error {
	if errno := sysSetenv(key, value); errno != 0 {
		return &SyscallError{"setenv", syscall.Errno(errno)}
	}
	return nil
}

func Unsetenv(key string) error {
	if errno := sysUnsetenv(key); errno != 0 {
		return &SyscallError{"unsetenv", syscall.Errno(errno)}
	}
	return nil
}

// SyscallError records an error from a system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// ---- processes (stdlib/process.c) ----

// ErrProcessDone: the process has already finished.
var ErrProcessDone = errors.New("os: process already finished")

// A Process is a child started by StartProcess (or found by pid).
type Process struct {
	Pid  int
	done bool
}

// ProcAttr says how StartProcess starts a process: its folder, its
// environment (nil: this one's) and its first three files (nil: none).
type ProcAttr struct {
	Dir   string
	Env   []string
	Files []*File
	Sys   *syscall.SysProcAttr
}

// A ProcessState is how a process ended.
type ProcessState struct {
	pid    int
	status int // the raw wait status
}

func sysPipe() (r, w, errno int)
func sysSpawn(path string, argv, env []string, useEnv bool, dir string, stdin, stdout, stderr int) (pid, errno int)
func sysWait(pid int) (status, errno int)

// Pipe returns a connected pair of Files: what is written to w is read
// from r.
func Pipe() (r *File, w *File, err error) {
	rfd, wfd, errno := sysPipe()
	if errno != 0 {
		return nil, nil, NewSyscallError("pipe2", syscall.Errno(errno))
	}
	return NewFile(uintptr(rfd), "|0"), NewFile(uintptr(wfd), "|1"), nil
}

// StartProcess starts the program at name with the arguments argv.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	if attr == nil {
		attr = &ProcAttr{}
	}
	fds := [3]int{-1, -1, -1}
	for i := 0; i < 3 && i < len(attr.Files); i++ {
		if attr.Files[i] != nil {
			fds[i] = int(attr.Files[i].Fd())
		}
	}
	pid, errno := sysSpawn(name, argv, attr.Env, attr.Env != nil, attr.Dir, fds[0], fds[1], fds[2])
	if errno != 0 {
		return nil, &PathError{Op: "fork/exec", Path: name, Err: syscall.Errno(errno)}
	}
	return &Process{Pid: pid}, nil
}

// FindProcess returns the process of pid (on Unix it always succeeds).
func FindProcess(pid int) (*Process, error) { return &Process{Pid: pid}, nil }

// Wait waits for the process to end.
func (p *Process) Wait() (*ProcessState, error) {
	if p.Pid == -1 {
		return nil, syscall.EINVAL
	}
	status, errno := sysWait(p.Pid)
	if errno != 0 {
		return nil, NewSyscallError("wait", syscall.Errno(errno))
	}
	p.done = true
	return &ProcessState{pid: p.Pid, status: status}, nil
}

// Signal sends sig to the process.
func (p *Process) Signal(sig Signal) error {
	if p.Pid == -1 {
		return errors.New("os: process already released")
	}
	if p.done {
		return ErrProcessDone
	}
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if err := syscall.Kill(p.Pid, s); err != nil {
		if err == syscall.ESRCH {
			return ErrProcessDone
		}
		return NewSyscallError("kill", err)
	}
	return nil
}

// Kill ends the process at once (SIGKILL).
func (p *Process) Kill() error { return p.Signal(Kill) }

// Release frees what the Process holds; it may not be used after.
func (p *Process) Release() error {
	p.Pid = -1
	return nil
}

// Pid is the process's id.
func (p *ProcessState) Pid() int { return p.pid }

// NewSyscallError wraps err, naming the system call, unless err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func (p *ProcessState) exited() bool   { return p.status&0x7f == 0 }
func (p *ProcessState) signaled() bool { return p.status&0x7f != 0x7f && p.status&0x7f != 0 }

// Exited reports whether the program exited (not killed by a signal).
func (p *ProcessState) Exited() bool { return p.exited() }

// Success reports whether it exited with status 0.
func (p *ProcessState) Success() bool { return p.exited() && p.ExitCode() == 0 }

// ExitCode is the exit status, or -1 if it did not exit (-1 for nil).
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	if !p.exited() {
		return -1
	}
	return p.status >> 8 & 0xff
}

// Sys is the raw wait status (syscall.WaitStatus in Go).
func (p *ProcessState) Sys() any { return p.status }

// SysUsage is not kept (Go's is a *syscall.Rusage).
func (p *ProcessState) SysUsage() any { return nil }

func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	res := ""
	switch {
	case p.exited():
		res = "exit status " + itoa(p.ExitCode())
	case p.signaled():
		res = "signal: " + syscall.Signal(p.status&0x7f).String()
	case p.status&0xff == 0x7f:
		res = "stop signal: " + syscall.Signal(p.status>>8&0xff).String()
	}
	if p.signaled() && p.status&0x80 != 0 {
		res += " (core dumped)"
	}
	return res
}
