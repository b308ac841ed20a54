// Package exec (os/exec): running other programs, over os.StartProcess.
// A Stdin, Stdout or Stderr that is an *os.File is given to the child as
// it is; any other Reader or Writer is connected through a pipe and a
// goroutine that copies, as Go's does.
package exec

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// Error is an error in finding or starting a program.
type Error struct {
	Name string
	Err  error
}

func (e *Error) Error() string { return "exec: " + strconv.Quote(e.Name) + ": " + e.Err.Error() }

func (e *Error) Unwrap() error { return e.Err }

// ErrNotFound: LookPath found no executable file of that name.
var ErrNotFound = errors.New("executable file not found in $PATH")

// ErrDot: the file LookPath found is in the current folder by way of a
// relative PATH entry (Go 1.19).
var ErrDot = errors.New("cannot run executable found relative to current directory")

// An ExitError is a command that ran and did not exit with status 0.
type ExitError struct {
	*os.ProcessState
	Stderr []byte // what it wrote on stderr, for Output
}

func (e *ExitError) Error() string { return e.ProcessState.String() }

func executable(file string) error {
	fi, err := os.Stat(file)
	if err != nil {
		return err
	}
	if m := fi.Mode(); !m.IsDir() && m&0111 != 0 {
		return nil
	}
	return os.ErrPermission
}

// LookPath finds an executable named file in the folders of $PATH; a
// name with a slash is tried as it is.
func LookPath(file string) (string, error) {
	if strings.Contains(file, "/") {
		if err := executable(file); err != nil {
			return "", &Error{file, err}
		}
		return file, nil
	}
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		if dir == "" {
			dir = "." // the Unix shell's meaning
		}
		path := filepath.Join(dir, file)
		if err := executable(path); err == nil {
			if !filepath.IsAbs(path) {
				return path, &Error{file, ErrDot}
			}
			return path, nil
		}
	}
	return "", &Error{file, ErrNotFound}
}

// A Cmd is a program to run (or running).
type Cmd struct {
	Path         string
	Args         []string
	Env          []string
	Dir          string
	Stdin        io.Reader
	Stdout       io.Writer
	Stderr       io.Writer
	ExtraFiles   []*os.File
	SysProcAttr  *syscall.SysProcAttr
	Process      *os.Process
	ProcessState *os.ProcessState
	Err          error // from LookPath, when Command could not find Path

	ctx         context.Context
	childFiles  []*os.File // the child's 0, 1, 2, closed here after Start
	closeAfter  []io.Closer
	copies      []func() error
	copyErrs    chan error
	waitDone    chan struct{}
	started     bool
	finished    bool
	ownPipeRead []*os.File // StdoutPipe/StderrPipe ends, closed by Wait
}

// Command returns the Cmd to run name with the arguments; a name without
// a slash is looked up in $PATH.
func Command(name string, arg ...string) *Cmd {
	cmd := &Cmd{Path: name, Args: append([]string{name}, arg...)}
	if filepath.Base(name) == name {
		lp, err := LookPath(name)
		if lp != "" {
			cmd.Path = lp
		}
		if err != nil {
			cmd.Err = err
		}
	}
	return cmd
}

// CommandContext is Command, and the process is killed if ctx is done
// before it ends.
func CommandContext(ctx context.Context, name string, arg ...string) *Cmd {
	if ctx == nil {
		panic("nil Context")
	}
	cmd := Command(name, arg...)
	cmd.ctx = ctx
	return cmd
}

// String is the command line, for people to read: the path found, or
// the name asked for when it was not found.
func (c *Cmd) String() string {
	if c.Err != nil {
		return strings.Join(c.Args, " ")
	}
	parts := []string{c.Path}
	if len(c.Args) > 1 {
		parts = append(parts, c.Args[1:]...)
	}
	return strings.Join(parts, " ")
}

// Environ is the environment the command will run with.
func (c *Cmd) Environ() []string {
	if c.Env != nil {
		return append([]string(nil), c.Env...)
	}
	return os.Environ()
}

func (c *Cmd) closeAll(files []*os.File) {
	for _, f := range files {
		if f != nil {
			f.Close()
		}
	}
}

// input connects the child's stdin.
func (c *Cmd) input() (*os.File, error) {
	if c.Stdin == nil {
		f, err := os.Open(os.DevNull)
		if err != nil {
			return nil, err
		}
		c.closeAfter = append(c.closeAfter, f)
		return f, nil
	}
	if f, ok := c.Stdin.(*os.File); ok {
		return f, nil
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.closeAfter = append(c.closeAfter, pr)
	c.copies = append(c.copies, func() error {
		_, err := io.Copy(pw, c.Stdin)
		if errors.Is(err, syscall.EPIPE) {
			err = nil // the child stopped reading: not an error
		}
		if cerr := pw.Close(); err == nil {
			err = cerr
		}
		return err
	})
	return pr, nil
}

// output connects the child's stdout or stderr to w.
func (c *Cmd) output(w io.Writer) (*os.File, error) {
	if w == nil {
		f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		c.closeAfter = append(c.closeAfter, f)
		return f, nil
	}
	if f, ok := w.(*os.File); ok {
		return f, nil
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.closeAfter = append(c.closeAfter, pw)
	c.copies = append(c.copies, func() error {
		_, err := io.Copy(w, pr)
		pr.Close()
		return err
	})
	return pw, nil
}

// Start starts the command without waiting for it.
func (c *Cmd) Start() error {
	if c.Path == "" && c.Err == nil {
		c.Err = errors.New("exec: no command")
	}
	if c.Err != nil {
		c.closeAll(c.ownPipeRead)
		return c.Err
	}
	if c.started {
		return errors.New("exec: already started")
	}
	if c.ctx != nil {
		select {
		case <-c.ctx.Done():
			c.closeAll(c.ownPipeRead)
			return c.ctx.Err()
		default:
		}
	}
	in, err := c.input()
	if err != nil {
		return err
	}
	out, err := c.output(c.Stdout)
	if err != nil {
		return err
	}
	errf := out
	if c.Stderr != nil && interfaceEqual(c.Stderr, c.Stdout) {
		errf = out // one pipe for both, as Go does for CombinedOutput
	} else if errf, err = c.output(c.Stderr); err != nil {
		return err
	}
	files := []*os.File{in, out, errf}
	c.Process, err = os.StartProcess(c.Path, c.argv(), &os.ProcAttr{Dir: c.Dir, Env: c.Env, Files: files, Sys: c.SysProcAttr})
	for _, f := range c.closeAfter {
		f.Close()
	}
	c.closeAfter = nil
	if err != nil {
		c.closeAll(c.ownPipeRead)
		return err
	}
	c.started = true
	c.copyErrs = make(chan error, len(c.copies))
	for _, fn := range c.copies {
		go func(fn func() error) { c.copyErrs <- fn() }(fn)
	}
	if c.ctx != nil {
		c.waitDone = make(chan struct{})
		go func() {
			select {
			case <-c.ctx.Done():
				c.Process.Kill()
			case <-c.waitDone:
			}
		}()
	}
	return nil
}

func interfaceEqual(a, b any) (eq bool) {
	defer func() { recover() }() // an incomparable writer: not the same
	return a == b
}

func (c *Cmd) argv() []string {
	if len(c.Args) > 0 {
		return c.Args
	}
	return []string{c.Path}
}

// Wait waits for the command to end and for its copying to finish.
func (c *Cmd) Wait() error {
	if c.Process == nil {
		return errors.New("exec: not started")
	}
	if c.finished {
		return errors.New("exec: Wait was already called")
	}
	c.finished = true
	state, err := c.Process.Wait()
	if c.waitDone != nil {
		close(c.waitDone)
	}
	var copyErr error
	for range c.copies {
		if e := <-c.copyErrs; e != nil && copyErr == nil {
			copyErr = e
		}
	}
	c.closeAll(c.ownPipeRead)
	c.ProcessState = state
	if err != nil {
		return err
	}
	if !state.Success() {
		return &ExitError{ProcessState: state} // "signal: killed" after a context ends it, as Go 1.19
	}
	return copyErr
}

// Run starts the command and waits for it.
func (c *Cmd) Run() error {
	if err := c.Start(); err != nil {
		return err
	}
	return c.Wait()
}

// Output runs the command and returns its standard output; an ExitError
// carries what it wrote on stderr, when Stderr was not set.
func (c *Cmd) Output() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	var stdout bytes.Buffer
	c.Stdout = &stdout
	var stderr *bytes.Buffer
	if c.Stderr == nil {
		stderr = &bytes.Buffer{}
		c.Stderr = stderr
	}
	err := c.Run()
	if ee, ok := err.(*ExitError); ok && stderr != nil {
		ee.Stderr = stderr.Bytes()
	}
	return stdout.Bytes(), err
}

// CombinedOutput runs the command and returns its stdout and stderr
// together.
func (c *Cmd) CombinedOutput() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	if c.Stderr != nil {
		return nil, errors.New("exec: Stderr already set")
	}
	var b bytes.Buffer
	c.Stdout = &b
	c.Stderr = &b
	err := c.Run()
	return b.Bytes(), err
}

// StdinPipe returns a pipe to the command's standard input; closing it
// ends the command's input.
func (c *Cmd) StdinPipe() (io.WriteCloser, error) {
	if c.Stdin != nil {
		return nil, errors.New("exec: Stdin already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: StdinPipe after process started")
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stdin = pr
	c.closeAfter = append(c.closeAfter, pr)
	return pw, nil
}

// StdoutPipe returns a pipe from the command's standard output; Wait
// closes it, so read everything before calling Wait.
func (c *Cmd) StdoutPipe() (io.ReadCloser, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: StdoutPipe after process started")
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stdout = pw
	c.closeAfter = append(c.closeAfter, pw)
	c.ownPipeRead = append(c.ownPipeRead, pr)
	return pr, nil
}

// StderrPipe returns a pipe from the command's standard error.
func (c *Cmd) StderrPipe() (io.ReadCloser, error) {
	if c.Stderr != nil {
		return nil, errors.New("exec: Stderr already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: StderrPipe after process started")
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stderr = pw
	c.closeAfter = append(c.closeAfter, pw)
	c.ownPipeRead = append(c.ownPipeRead, pr)
	return pr, nil
}
