// Package signal (os/signal): signals delivered on channels. The runtime
// passes the signals asked for to a watcher goroutine (stdlib/signal.c),
// which sends each, without blocking, on every channel that wants it, as
// Go's does. Under --seed signals are not delivered: a run is a function
// of its seed alone.
package signal

import (
	"context"
	"os"
	"sync"
	"syscall"
)

// the signals a program may ask for: every catchable one, for Notify with
// no signals named
const numSig = 65

var handlers struct {
	sync.Mutex
	m       map[chan<- os.Signal]*[numSig]bool
	ref     [numSig]int  // how many channels want each signal
	ignored [numSig]bool // Ignore was called
	started bool
}

func signum(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok && int(s) > 0 && int(s) < numSig {
		return int(s)
	}
	return -1
}

// Notify makes the package send the given signals (all of them if none)
// to c; it does not block to send, so c should be buffered.
func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic("os/signal: Notify using nil channel")
	}
	handlers.Lock()
	defer handlers.Unlock()
	if handlers.m == nil {
		handlers.m = map[chan<- os.Signal]*[numSig]bool{}
	}
	want := handlers.m[c]
	if want == nil {
		want = new([numSig]bool)
		handlers.m[c] = want
	}
	add := func(n int) {
		if n < 0 || want[n] {
			return
		}
		if !enable(n, 0) {
			return // SIGKILL, SIGSTOP: they cannot be caught
		}
		want[n] = true
		handlers.ref[n]++
		handlers.ignored[n] = false
	}
	if len(sig) == 0 {
		for n := 1; n < numSig; n++ {
			add(n)
		}
	} else {
		for _, s := range sig {
			add(signum(s))
		}
	}
	if !handlers.started && !seeded() {
		handlers.started = true
		go watch()
	}
}

// Stop makes the package send no more signals to c.
func Stop(c chan<- os.Signal) {
	handlers.Lock()
	defer handlers.Unlock()
	want := handlers.m[c]
	if want == nil {
		return
	}
	delete(handlers.m, c)
	for n := 1; n < numSig; n++ {
		if want[n] {
			handlers.ref[n]--
			if handlers.ref[n] == 0 {
				enable(n, 2)
			}
		}
	}
}

func each(sig []os.Signal, f func(n int)) {
	if len(sig) == 0 {
		for n := 1; n < numSig; n++ {
			f(n)
		}
		return
	}
	for _, s := range sig {
		if n := signum(s); n > 0 {
			f(n)
		}
	}
}

// Ignore makes the process ignore the given signals (all if none).
func Ignore(sig ...os.Signal) {
	handlers.Lock()
	defer handlers.Unlock()
	each(sig, func(n int) {
		if enable(n, 1) {
			handlers.ignored[n] = true
			handlers.ref[n] = 0
			for _, want := range handlers.m {
				want[n] = false
			}
		}
	})
}

// Ignored reports whether sig is ignored now.
func Ignored(sig os.Signal) bool {
	handlers.Lock()
	defer handlers.Unlock()
	n := signum(sig)
	return n > 0 && handlers.ignored[n]
}

// Reset undoes Notify and Ignore for the given signals (all if none).
func Reset(sig ...os.Signal) {
	handlers.Lock()
	defer handlers.Unlock()
	each(sig, func(n int) {
		enable(n, 2)
		handlers.ignored[n] = false
		handlers.ref[n] = 0
		for _, want := range handlers.m {
			want[n] = false
		}
	})
}

// NotifyContext returns a copy of parent that is cancelled when one of
// the signals arrives, when stop is called, or when parent is done.
func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	ch := make(chan os.Signal, 1)
	Notify(ch, signals...)
	done := make(chan struct{})
	var once sync.Once
	stop = func() {
		once.Do(func() {
			Stop(ch)
			close(done)
		})
		cancel()
	}
	if ctx.Err() == nil {
		go func() {
			select {
			case <-ch:
				cancel()
			case <-ctx.Done():
			case <-done:
			}
		}()
	}
	return ctx, stop
}

// watch passes each signal on to the channels that want it.
func watch() {
	for {
		n := recv()
		if n <= 0 {
			return
		}
		handlers.Lock()
		for c, want := range handlers.m {
			if want[n] {
				select {
				case c <- syscall.Signal(n):
				default: // a full channel misses it, as in Go
				}
			}
		}
		handlers.Unlock()
	}
}

// natives (stdlib/signal.c): how is 0 notify, 1 ignore, 2 reset
func enable(sig int, how int) bool
func recv() int
func seeded() bool
