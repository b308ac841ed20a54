// Package fs (io/fs): the errors and types that describe files, shared
// by package os, as in Go.
package fs

import "errors"

// The generic file-system errors; errors.Is matches a system error (a
// syscall.Errno) against them.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError records an error and the operation and file path that caused
// it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// A FileMode is a file's mode and permission bits.
type FileMode uint32

const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: is a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: Unix character device
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777
)

// String spells the mode as ls does: one letter per type bit set (or
// "-"), then rwx for each permission bit.
func (m FileMode) String() string {
	const letters = "dalTLDpSugct?"
	const rwx = "rwxrwxrwx"
	var out []byte
	for i := 0; i < len(letters); i++ {
		if m&(1<<uint(31-i)) != 0 {
			out = append(out, letters[i])
		}
	}
	if len(out) == 0 {
		out = append(out, '-')
	}
	for i := 0; i < len(rwx); i++ {
		if m&(1<<uint(8-i)) != 0 {
			out = append(out, rwx[i])
		} else {
			out = append(out, '-')
		}
	}
	return string(out)
}

func (m FileMode) IsDir() bool     { return m&ModeDir != 0 }
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }
func (m FileMode) Perm() FileMode  { return m & ModePerm }
func (m FileMode) Type() FileMode  { return m & ModeType }

// A FileInfo describes a file (gosh has no ModTime: there is no package
// time).
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	IsDir() bool
	Sys() any
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// WalkDirFunc is the function filepath.WalkDir calls for each file.
type WalkDirFunc func(path string, d DirEntry, err error) error

// SkipDir, returned by a walk function, skips the current directory (or
// the rest of the directory holding the current file).
var SkipDir = errors.New("skip this directory")

// SkipAll, returned by a walk function, ends the walk (Go 1.20).
var SkipAll = errors.New("skip everything and stop the walk")

// FileInfoToDirEntry returns a DirEntry that reports from info.
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return dirInfo{fileInfo: info}
}

type dirInfo struct {
	fileInfo FileInfo
}

func (di dirInfo) IsDir() bool             { return di.fileInfo.IsDir() }
func (di dirInfo) Type() FileMode          { return di.fileInfo.Mode().Type() }
func (di dirInfo) Info() (FileInfo, error) { return di.fileInfo, nil }
func (di dirInfo) Name() string            { return di.fileInfo.Name() }
