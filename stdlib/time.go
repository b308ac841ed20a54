// Package time: durations, the clock, sleeping, timers and tickers, as in
// Go. Waiting parks the goroutine; in deterministic mode (--seed) the
// clock is virtual and starts at the Go playground's 2009-11-10 23:00 UTC.
// Natives: stdlib/time.c.
package time

import "errors"

// now returns the wall clock (ns since the Unix epoch) and the monotonic
// clock (ns since the program started, plus one, so never 0).
func now() (wall int64, mono int64)
func sleep(ns int64)

// A runtime timer: at d ns from now (then every period ns if period > 0)
// it sends the time on c (without blocking) or starts f in a goroutine.
type rtimer struct {
	handle *byte
}

func startTimer(d int64, period int64, c chan Time, f func()) *rtimer
func stopTimer(t *rtimer) bool
func resetTimer(t *rtimer, d int64, period int64) bool

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func itoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	return string(b[i:])
}

// frac formats v / 10^prec with the fraction's trailing zeros dropped.
func frac(v uint64, prec int) string {
	p := uint64(1)
	for i := 0; i < prec; i++ {
		p *= 10
	}
	s := itoa(v / p)
	f := v % p
	if f == 0 {
		return s
	}
	digits := make([]byte, prec)
	for i := prec - 1; i >= 0; i-- {
		digits[i] = byte('0' + f%10)
		f /= 10
	}
	n := prec
	for n > 0 && digits[n-1] == '0' {
		n--
	}
	return s + "." + string(digits[:n])
}

// String formats the duration as Go does: "1h2m3.5s", "1.5µs", "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	sign := ""
	u := uint64(d)
	if d < 0 {
		sign = "-"
		u = -u
	}
	switch {
	case u < uint64(Microsecond):
		return sign + itoa(u) + "ns"
	case u < uint64(Millisecond):
		return sign + frac(u, 3) + "µs"
	case u < uint64(Second):
		return sign + frac(u, 6) + "ms"
	}
	secs := u / uint64(Second)
	s := frac(secs%60*uint64(Second)+u%uint64(Second), 9) + "s"
	mins := secs / 60
	if mins > 0 {
		s = itoa(mins%60) + "m" + s
		if hours := mins / 60; hours > 0 {
			s = itoa(hours) + "h" + s
		}
	}
	return sign + s
}

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return -1 << 63
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return 1<<63 - 1
}

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == -1<<63:
		return 1<<63 - 1
	default:
		return -d
	}
}

// ---- instants ----

type Location struct {
	name   string
	offset int
}

var UTC *Location = &Location{name: "UTC"}
var Local *Location = &Location{name: "Local"}

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// A Time is an instant: seconds since January 1, year 1 UTC (so the zero
// Time is that day, as in Go) and nanoseconds, with a monotonic clock
// reading (0 when none) when it came from Now.
type Time struct {
	sec  int64
	nsec int64
	mono int64
	loc  *Location
}

// Seconds from year 1 to the Unix epoch.
const unixToInternal int64 = 62135596800

func fromUnixNano(ns int64) Time {
	return Time{sec: floorDiv(ns, 1e9) + unixToInternal, nsec: ns - floorDiv(ns, 1e9)*1e9, loc: Local}
}

func Now() Time {
	w, m := now()
	t := fromUnixNano(w)
	t.mono = m
	return t
}

func Unix(sec int64, nsec int64) Time {
	sec += floorDiv(nsec, 1e9)
	nsec -= floorDiv(nsec, 1e9) * 1e9
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: Local}
}

func UnixMilli(msec int64) Time { return Unix(floorDiv(msec, 1e3), (msec-floorDiv(msec, 1e3)*1e3)*1e6) }
func UnixMicro(usec int64) Time { return Unix(floorDiv(usec, 1e6), (usec-floorDiv(usec, 1e6)*1e6)*1e3) }

func Since(t Time) Duration { return Now().Sub(t) }
func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	ds := t.sec - u.sec
	const maxSec int64 = (1<<63 - 1) / 1000000000
	if ds > maxSec {
		return 1<<63 - 1
	}
	if ds < -maxSec {
		return -1 << 63
	}
	return Duration(ds*1e9 + t.nsec - u.nsec)
}

func (t Time) Add(d Duration) Time {
	ds := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		ds++
		nsec -= 1e9
	} else if nsec < 0 {
		ds--
		nsec += 1e9
	}
	t.sec += ds
	t.nsec = nsec
	if t.mono != 0 {
		t.mono += int64(d)
		if t.mono == 0 {
			t.mono = 1
		}
	}
	return t
}

func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return Date(y+years, m+Month(months), d+days, h, mi, s, t.Nanosecond(), t.Location())
}

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return 1
	}
	return 0
}

func (t Time) IsZero() bool     { return t.sec == 0 && t.nsec == 0 }
func (t Time) Unix() int64      { return t.sec - unixToInternal }
func (t Time) UnixNano() int64  { return (t.sec-unixToInternal)*1e9 + t.nsec }
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }
func (t Time) Nanosecond() int  { return int(t.nsec) }

func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if r+r < d {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

// mod is the time since the last multiple of d (counted from year 1).
func (t Time) mod(d Duration) Duration {
	if d%Second == 0 {
		s := int64(d / Second)
		return Duration(t.sec%s)*Second + Duration(t.nsec)
	}
	// small divisors: work in nanoseconds within a day-aligned window
	ns := (t.sec%86400)*1e9 + t.nsec
	return Duration(ns % int64(d))
}

func (t Time) UTC() Time {
	t.loc = UTC
	return t
}

func (t Time) Local() Time {
	t.loc = Local
	return t
}

func (t Time) In(loc *Location) Time {
	t.loc = loc
	return t
}

func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// ---- the calendar (proleptic Gregorian, UTC) ----

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func (m Month) String() string {
	if January <= m && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + itoa(uint64(m)) + ")"
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + itoa(uint64(d)) + ")"
}

// civil converts days since 1970-01-01 to a date (Howard Hinnant's
// days-to-civil algorithm).
func civil(days int64) (year int, month Month, day int) {
	z := days + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// daysFrom is civil's inverse.
func daysFrom(year int, month Month, day int) int64 {
	y := int64(year)
	m := int64(month)
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	// normalise the month, then let day arithmetic carry the rest
	m := int(month) - 1
	year += m / 12
	m %= 12
	if m < 0 {
		m += 12
		year--
	}
	days := daysFrom(year, Month(m+1), 1) + int64(day-1)
	secs := ((days*24+int64(hour))*60+int64(min))*60 + int64(sec)
	t := Time{sec: secs + unixToInternal, loc: loc}
	return t.Add(Duration(nsec))
}

// days since 1970-01-01
func (t Time) days() int64 { return floorDiv(t.Unix(), 86400) }

func (t Time) Date() (year int, month Month, day int) { return civil(t.days()) }

func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

func (t Time) Clock() (hour, min, sec int) {
	s := t.Unix() - t.days()*86400
	return int(s / 3600), int(s / 60 % 60), int(s % 60)
}

func (t Time) Hour() int   { return int((t.Unix() - t.days()*86400) / 3600) }
func (t Time) Minute() int { return int((t.Unix() - t.days()*86400) / 60 % 60) }
func (t Time) Second() int { return int((t.Unix() - t.days()*86400) % 60) }

func (t Time) Weekday() Weekday {
	// 1970-01-01 was a Thursday
	return Weekday((t.days()%7 + 11) % 7)
}

func (t Time) YearDay() int {
	y, _, _ := t.Date()
	return int(t.days()-daysFrom(y, January, 1)) + 1
}

func pad(n int, width int) string {
	s := itoa(uint64(n))
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// String: "2009-11-10 23:00:00 +0000 UTC", with Go's m=±secs suffix for a
// time that carries a monotonic reading.
func (t Time) String() string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	out := pad(y, 4) + "-" + pad(int(mo), 2) + "-" + pad(d, 2) + " " + pad(h, 2) + ":" + pad(mi, 2) + ":" + pad(s, 2)
	if ns := t.Nanosecond(); ns != 0 {
		f := pad(ns, 9)
		for f[len(f)-1] == '0' {
			f = f[:len(f)-1]
		}
		out += "." + f
	}
	out += " +0000 UTC"
	if t.mono != 0 {
		m := t.mono - 1
		out += " m=+" + pad(int(m/1e9), 1) + "." + pad(int(m%1e9), 9)
	}
	return out
}

// ---- sleeping, timers and tickers ----

func Sleep(d Duration) {
	if d <= 0 {
		return
	}
	sleep(int64(d))
}

type Timer struct {
	C <-chan Time
	r *rtimer
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, r: startTimer(int64(d), 0, c, nil)}
}

func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: startTimer(int64(d), 0, nil, f)}
}

func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, int64(d), 0)
}

func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

type Ticker struct {
	C <-chan Time
	r *rtimer
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, r: startTimer(int64(d), int64(d), c, nil)}
}

func (t *Ticker) Stop() {
	if t.r != nil {
		stopTimer(t.r)
	}
}

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, int64(d), int64(d))
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

func ParseDuration(s string) (Duration, error) {
	return parseDuration(s)
}

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond),
	"μs": uint64(Microsecond),
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

func quote(s string) string { return "\"" + s + "\"" }

// parseDuration reads Go's duration syntax: an optional sign, then one or
// more decimal numbers each with a unit ("1h30m", "-1.5s", "300ms").
func parseDuration(s string) (Duration, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	var d uint64
	for s != "" {
		var v, f, scale uint64 = 0, 0, 1
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		i := 0
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			if v > (1<<63-1)/10 {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
			v = v*10 + uint64(s[i]-'0')
			i++
		}
		pre := i != 0
		s = s[i:]
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			i = 0
			for i < len(s) && '0' <= s[i] && s[i] <= '9' {
				if scale < 1e18 {
					f = f*10 + uint64(s[i]-'0')
					scale *= 10
				}
				i++
			}
			post = i != 0
			s = s[i:]
		}
		if !pre && !post {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		i = 0
		for i < len(s) && s[i] != '.' && !('0' <= s[i] && s[i] <= '9') {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitMap[u]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > (1<<63)/unit {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / float64(scale)))
		}
		d += v
		if d > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(d), nil
}
