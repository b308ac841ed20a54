// Package trace: runtime/trace, a program's own annotations on gosh's
// execution trace (gosh --trace, docs/trace-format.md). Tasks and regions
// become slices on the goroutine's lane, Log and Logf "user" moments.
// Start and Stop record a trace from inside the program and write it, as
// the same JSON, to an io.Writer.
package trace

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
)

// Whether a trace is being recorded (gosh --trace, or Start).
func IsEnabled() bool

// The event stream's annotations (trace.c); kind 0 a region, 1 a task.
func beginSpan(kind int, name string) uint64
func endSpan(kind int, id uint64)
func userLog(category, message string)

// Start's recording into a temporary file, and its end: the file's path
// ("" when a trace cannot start).
func startTrace() string
func stopTrace() string

type Task struct {
	id uint64
}

type taskKey struct{}

func NewTask(pctx context.Context, taskType string) (ctx context.Context, task *Task) {
	t := &Task{id: beginSpan(1, taskType)}
	return context.WithValue(pctx, taskKey{}, t), t
}

func (t *Task) End() {
	if t != nil && t.id != 0 {
		endSpan(1, t.id)
	}
}

type Region struct {
	id uint64
}

func StartRegion(ctx context.Context, regionType string) *Region {
	return &Region{id: beginSpan(0, regionType)}
}

func (r *Region) End() {
	if r != nil && r.id != 0 {
		endSpan(0, r.id)
	}
}

func WithRegion(ctx context.Context, regionType string, fn func()) {
	r := StartRegion(ctx, regionType)
	defer r.End()
	fn()
}

func Log(ctx context.Context, category, message string) {
	userLog(category, message)
}

func Logf(ctx context.Context, category, format string, args ...any) {
	if IsEnabled() {
		userLog(category, fmt.Sprintf(format, args...))
	}
}

var startedTo io.Writer

// Start records a trace of the rest of the run, written to w by Stop.
func Start(w io.Writer) error {
	if IsEnabled() {
		return errors.New("runtime error: tracing is already enabled")
	}
	if startTrace() == "" {
		return errors.New("trace: cannot start: no room for a temporary file")
	}
	startedTo = w
	return nil
}

// Stop ends the trace Start began and writes it.
func Stop() {
	if startedTo == nil {
		return
	}
	w := startedTo
	startedTo = nil
	path := stopTrace()
	if path == "" {
		return
	}
	data, err := os.ReadFile(path)
	os.Remove(path)
	if err == nil {
		w.Write(data)
	}
}
