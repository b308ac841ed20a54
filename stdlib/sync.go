// Package sync: mutual exclusion and waiting, as in Go. Every type works
// as a zero value and may be embedded in structs. Waiting parks the
// goroutine (natives in stdlib/sync.c over the runtime's wait queues).
package sync

import "sync/atomic"

// Parks the goroutine while *addr == val (re-checked under the wait
// queue's lock), as a futex does; wakers change *addr first.
func wait32(addr *int32, val int32)
func condWait(addr *int32, val int32)
func wake32(addr *int32, n int)

// Counting semaphores with hand-off (RWMutex's reader and writer queues,
// WaitGroup's waiters); kind says which, for the deadlock report
// (runtime's RtWaitKind).
func semacquire(addr *uint32, kind int)

const (
	waitRLock     = 2
	waitWLock     = 3
	waitWaitGroup = 4
)
func semrelease(addr *uint32)

func fatal(msg string)
func canSpin() bool

// Whether this program was compiled for the runtime's event stream (gosh
// --trace): the locks, WaitGroups and Conds below then say what they
// did, for the trace's arrows and names. A constant, so that a program
// compiled without it pays nothing.
const tracing = goshEvents

// kind: 0 Lock, 1 RLock, 2 Unlock, 3 RUnlock; RWMutex: 4 Lock got its readers out, 5 Unlock begins.
func lockEvent(state *int32, kind int)

// An Add (delta, the counter after it) or, with wait, a Wait that returned.
func wgEvent(sema *uint32, delta int, after int64, wait bool)

// A Signal or (all) a Broadcast of the Cond whose sequence is seq.
func condEvent(seq *int32, all bool)

type Locker interface {
	Lock()
	Unlock()
}

// Who holds a locked Mutex and where the program locked it, for the
// deadlock report's wait-for graph (runtime/waitfor.c): a native writes
// holder, line and file, so locking costs no more than a call. Unlock
// leaves them: they mean something only while state says locked.
func held(m *Mutex)

// A Mutex's state: 0 unlocked, 1 locked, 2 locked and maybe waited on.
type Mutex struct {
	state  int32
	holder int32
	line   int32
	file   uintptr
}

func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, 1) {
		held(m)
		if tracing {
			lockEvent(&m.state, 0)
		}
		return
	}
	m.lockSlow()
	held(m)
	if tracing {
		lockEvent(&m.state, 0)
	}
}

func (m *Mutex) lockSlow() {
	// a short spin first: the holder is likely running on another thread
	for i := 0; i < 30 && canSpin(); i++ {
		if atomic.LoadInt32(&m.state) == 0 && atomic.CompareAndSwapInt32(&m.state, 0, 1) {
			return
		}
	}
	for atomic.SwapInt32(&m.state, 2) != 0 {
		wait32(&m.state, 2)
	}
}

func (m *Mutex) TryLock() bool {
	if atomic.CompareAndSwapInt32(&m.state, 0, 1) {
		held(m)
		if tracing {
			lockEvent(&m.state, 0)
		}
		return true
	}
	return false
}

func (m *Mutex) Unlock() {
	if tracing {
		lockEvent(&m.state, 2)
	}
	switch atomic.AddInt32(&m.state, -1) {
	case 0:
		return
	case 1:
		atomic.StoreInt32(&m.state, 0)
		wake32(&m.state, 1)
	default:
		atomic.StoreInt32(&m.state, 0)
		fatal("sync: unlock of unlocked mutex")
	}
}

// RWMutex: Go's algorithm. readerCount counts readers; a writer
// subtracts rwmutexMaxReaders from it so that new readers queue, and
// waits for readerWait (the readers it found) to drain.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

const rwmutexMaxReaders = 1 << 30

func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.readerCount, 1) < 0 {
		semacquire(&rw.readerSem, waitRLock)
	}
	if tracing {
		lockEvent(&rw.w.state, 1)
	}
}

func (rw *RWMutex) TryRLock() bool {
	for {
		c := atomic.LoadInt32(&rw.readerCount)
		if c < 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&rw.readerCount, c, c+1) {
			if tracing {
				lockEvent(&rw.w.state, 1)
			}
			return true
		}
	}
}

func (rw *RWMutex) RUnlock() {
	if tracing {
		lockEvent(&rw.w.state, 3)
	}
	if r := atomic.AddInt32(&rw.readerCount, -1); r < 0 {
		if r+1 == 0 || r+1 == -rwmutexMaxReaders {
			fatal("sync: RUnlock of unlocked RWMutex")
		}
		if atomic.AddInt32(&rw.readerWait, -1) == 0 {
			semrelease(&rw.writerSem)
		}
	}
}

func (rw *RWMutex) Lock() {
	rw.w.Lock()
	r := atomic.AddInt32(&rw.readerCount, -rwmutexMaxReaders) + rwmutexMaxReaders
	if r != 0 && atomic.AddInt32(&rw.readerWait, r) != 0 {
		semacquire(&rw.writerSem, waitWLock)
	}
	if tracing {
		lockEvent(&rw.w.state, 4)
	}
}

func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !atomic.CompareAndSwapInt32(&rw.readerCount, 0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

func (rw *RWMutex) Unlock() {
	if tracing {
		lockEvent(&rw.w.state, 5)
	}
	r := atomic.AddInt32(&rw.readerCount, rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := 0; i < int(r); i++ {
		semrelease(&rw.readerSem)
	}
	rw.w.Unlock()
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

// WaitGroup: Go's algorithm. state holds the counter in its high 32 bits
// and the number of waiters in its low 32; the Add that brings the
// counter to zero with waiters resets state to 0 and releases each of
// them on sema. So a waiter that finds state changed when it wakes knows
// the group was reused before its Wait returned, and says so, as Go does.
type WaitGroup struct {
	state int64
	sema  uint32
}

func (wg *WaitGroup) Add(delta int) {
	if tracing {
		wgEvent(&wg.sema, delta, atomic.LoadInt64(&wg.state)>>32+int64(delta), false)
	}
	state := atomic.AddInt64(&wg.state, int64(delta)<<32)
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	// the counter is zero and there are waiters: nothing else may change
	// state now (an Add would be concurrent with the Wait)
	if atomic.LoadInt64(&wg.state) != state {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	atomic.StoreInt64(&wg.state, 0)
	for ; w != 0; w-- {
		semrelease(&wg.sema)
	}
}

func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

func (wg *WaitGroup) Wait() {
	for {
		state := atomic.LoadInt64(&wg.state)
		if int32(state>>32) == 0 {
			if tracing {
				wgEvent(&wg.sema, 0, 0, true)
			}
			return
		}
		if atomic.CompareAndSwapInt64(&wg.state, state, state+1) {
			semacquire(&wg.sema, waitWaitGroup)
			if atomic.LoadInt64(&wg.state) != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			if tracing {
				wgEvent(&wg.sema, 0, 0, true)
			}
			return
		}
	}
}

// done: f has run (before done is set), or Do saw that it had.
func onceEvent(done *uint32, ran bool)

type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	} else if tracing {
		onceEvent(&o.done, false)
	}
}

// The race detector's edge from f's return to every Do that sees done.
func (o *Once) finish() {
	if tracing {
		onceEvent(&o.done, true)
	}
	atomic.StoreUint32(&o.done, 1)
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer o.finish()
		f()
	}
}

// Cond: waiters sleep on a sequence number that Signal and Broadcast
// advance (a waiter that misses the change returns at once, which Cond's
// contract allows: callers re-check their condition in a loop).
type Cond struct {
	L   Locker
	seq int32
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait() {
	t := atomic.LoadInt32(&c.seq)
	c.L.Unlock()
	condWait(&c.seq, t)
	c.L.Lock()
}

func (c *Cond) Signal() {
	if tracing {
		condEvent(&c.seq, false)
	}
	atomic.AddInt32(&c.seq, 1)
	wake32(&c.seq, 1)
}

func (c *Cond) Broadcast() {
	if tracing {
		condEvent(&c.seq, true)
	}
	atomic.AddInt32(&c.seq, 1)
	wake32(&c.seq, -1)
}

// Map: a map safe for concurrent use, guarded by a mutex.
type Map struct {
	mu   Mutex
	m    map[any]any
	keys []any
}

func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, ok = m.m[key]
	return
}

func (m *Map) Store(key, value any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.storeLocked(key, value)
}

func (m *Map) storeLocked(key, value any) {
	if m.m == nil {
		m.m = map[any]any{}
	}
	if _, ok := m.m[key]; !ok {
		m.keys = append(m.keys, key)
	}
	m.m[key] = value
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.storeLocked(key, value)
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	if loaded {
		m.deleteLocked(key)
	}
	return
}

func (m *Map) Delete(key any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.m[key]; ok {
		m.deleteLocked(key)
	}
}

func (m *Map) deleteLocked(key any) {
	delete(m.m, key)
	for i, k := range m.keys {
		if k == key {
			m.keys = append(m.keys[:i], m.keys[i+1:]...)
			break
		}
	}
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	m.storeLocked(key, value)
	return
}

// Range calls f for each key in insertion order, on a snapshot, so f
// may use the map.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := append([]any(nil), m.keys...)
	vals := make([]any, len(keys))
	for i, k := range keys {
		vals[i] = m.m[k]
	}
	m.mu.Unlock()
	for i, k := range keys {
		if !f(k, vals[i]) {
			break
		}
	}
}

// Pool: a free list; Get returns a pooled value or New's.
type Pool struct {
	mu    Mutex
	items []any
	New   func() any
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
