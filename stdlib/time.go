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

// FixedZone is a location always [offset] seconds east of UTC.
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, offset: offset}
}

// zone is the time's zone abbreviation and offset (Local is UTC here).
func (t Time) zone() (string, int) {
	if t.loc == nil || t.loc == Local || t.loc == UTC {
		return "UTC", 0
	}
	if t.loc.name == "" {
		return offsetName(t.loc.offset, false), t.loc.offset
	}
	return t.loc.name, t.loc.offset
}

func (t Time) Zone() (name string, offset int) { return t.zone() }

// offsetName is "+0200" (or "+02:00" with colon).
func offsetName(off int, colon bool) string {
	sign := "+"
	if off < 0 {
		sign = "-"
		off = -off
	}
	sep := ""
	if colon {
		sep = ":"
	}
	return sign + pad(off/3600, 2) + sep + pad(off/60%60, 2)
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
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	secs := ((days*24+int64(hour))*60+int64(min))*60 + int64(sec)
	_, off := Time{loc: loc}.zone()
	t := Time{sec: secs + unixToInternal - int64(off), loc: loc}
	return t.Add(Duration(nsec))
}

// local is the Unix time as the clock on the wall of t's zone reads it.
func (t Time) local() int64 {
	_, off := t.zone()
	return t.Unix() + int64(off)
}

// days since 1970-01-01, in t's zone
func (t Time) days() int64 { return floorDiv(t.local(), 86400) }

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
	s := t.local() - t.days()*86400
	return int(s / 3600), int(s / 60 % 60), int(s % 60)
}

func (t Time) Hour() int   { return int((t.local() - t.days()*86400) / 3600) }
func (t Time) Minute() int { return int((t.local() - t.days()*86400) / 60 % 60) }
func (t Time) Second() int { return int((t.local() - t.days()*86400) % 60) }

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
	name, off := t.zone()
	out += " " + offsetName(off, false) + " " + name
	if t.mono != 0 {
		m := t.mono - 1
		out += " m=+" + pad(int(m/1e9), 1) + "." + pad(int(m%1e9), 9)
	}
	return out
}

// ---- formatting and parsing with Go's reference time ----

// The reference time is Mon Jan 2 15:04:05 MST 2006; a layout spells a
// time by showing how that one would look. Zones: every Time here is
// UTC, so MST prints "UTC" and the offsets "+0000" or "Z".
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// The elements a layout can hold, longest spellings first where one is a
// prefix of another.
var layoutTokens = []string{
	"January", "Jan", "Monday", "Mon", "MST",
	"2006", "002", "01", "02", "03", "04", "05", "06", "_2", "__2",
	"15", "1", "2", "3", "4", "5",
	"PM", "pm",
	"Z07:00:00", "-07:00:00", "Z0700", "Z07:00", "Z07", "-0700", "-07:00", "-07",
}

// nextToken finds the first layout element in s: what precedes it, the
// element ("" at the end), and what follows.
func nextToken(s string) (prefix, tok, rest string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c == '.' || c == ',') && i+1 < len(s) && (s[i+1] == '0' || s[i+1] == '9') {
			// a fractional second: .000 or .999 (a run of one digit)
			j := i + 1
			for j < len(s) && s[j] == s[i+1] {
				j++
			}
			if j == len(s) || s[j] < '0' || s[j] > '9' {
				return s[:i], s[i:j], s[j:]
			}
		}
		for _, t := range layoutTokens {
			if len(s)-i >= len(t) && s[i:i+len(t)] == t {
				if t == "Jan" || t == "Mon" {
					// "Janx" is not the month unless the word ends
					if len(s) > i+len(t) && s[i+len(t)] >= 'a' && s[i+len(t)] <= 'z' && !(t == "Jan" && len(s) >= i+7 && s[i:i+7] == "January") && !(t == "Mon" && len(s) >= i+6 && s[i:i+6] == "Monday") {
						continue
					}
				}
				return s[:i], t, s[i+len(t):]
			}
		}
	}
	return s, "", ""
}

func (t Time) Format(layout string) string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	out := ""
	for layout != "" {
		prefix, tok, rest := nextToken(layout)
		out += prefix
		layout = rest
		switch tok {
		case "":
		case "2006":
			out += pad(year, 4)
		case "06":
			out += pad(year%100, 2)
		case "January":
			out += month.String()
		case "Jan":
			out += month.String()[:3]
		case "01":
			out += pad(int(month), 2)
		case "1":
			out += itoa(uint64(month))
		case "Monday":
			out += t.Weekday().String()
		case "Mon":
			out += t.Weekday().String()[:3]
		case "02":
			out += pad(day, 2)
		case "_2":
			if day < 10 {
				out += " "
			}
			out += itoa(uint64(day))
		case "2":
			out += itoa(uint64(day))
		case "002":
			out += pad(t.YearDay(), 3)
		case "__2":
			yd := itoa(uint64(t.YearDay()))
			for len(yd) < 3 {
				yd = " " + yd
			}
			out += yd
		case "15":
			out += pad(hour, 2)
		case "03", "3":
			h := hour % 12
			if h == 0 {
				h = 12
			}
			if tok == "03" {
				out += pad(h, 2)
			} else {
				out += itoa(uint64(h))
			}
		case "04":
			out += pad(min, 2)
		case "4":
			out += itoa(uint64(min))
		case "05":
			out += pad(sec, 2)
		case "5":
			out += itoa(uint64(sec))
		case "PM", "pm":
			ampm := "AM"
			if hour >= 12 {
				ampm = "PM"
			}
			if tok == "pm" {
				ampm = string([]byte{ampm[0] + 32, 'm'})
			}
			out += ampm
		case "MST":
			name, _ := t.zone()
			out += name
		case "Z0700", "Z07:00", "Z07", "Z07:00:00", "-0700", "-07:00", "-07", "-07:00:00":
			_, off := t.zone()
			if off == 0 && tok[0] == 'Z' {
				out += "Z"
				break
			}
			z := offsetName(off, strings2(tok, ':'))
			if len(tok) == 3 {
				z = z[:3]
			}
			if len(tok) > 7 {
				z += ":" + pad(absInt(off)%60, 2)
			}
			out += z
		default:
			// fractional seconds: .000 keeps every digit, .999 trims zeros
			digits := pad(t.Nanosecond(), 9)[:len(tok)-1]
			if tok[1] == '9' {
				for digits != "" && digits[len(digits)-1] == '0' {
					digits = digits[:len(digits)-1]
				}
				if digits != "" {
					out += tok[:1] + digits
				}
			} else {
				out += tok[:1] + digits
			}
		}
	}
	return out
}

func strings2(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (t Time) AppendFormat(b []byte, layout string) []byte {
	return append(b, t.Format(layout)...)
}

// A ParseError says where a value did not match its layout, as Go's does.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func quoteElem(s string) string { return "\"" + s + "\"" }

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quoteElem(e.Value) + " as " + quoteElem(e.Layout) + ": cannot parse " +
			quoteElem(e.ValueElem) + " as " + quoteElem(e.LayoutElem)
	}
	return "parsing time " + quoteElem(e.Value) + e.Message
}

// number reads up to max digits (at least min) from the front of s.
func number(s string, min, max int) (int, string, bool) {
	n, i := 0, 0
	for i < len(s) && i < max && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i < min {
		return 0, s, false
	}
	return n, s[i:], true
}

// lookupName matches one of names (case-insensitively) at the front of s.
func lookupName(names []string, s string, short bool) (int, string, bool) {
	for i, name := range names {
		if short {
			name = name[:3]
		}
		if len(s) >= len(name) && equalFoldASCII(s[:len(name)], name) {
			return i, s[len(name):], true
		}
	}
	return 0, s, false
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 32
		}
		if 'A' <= y && y <= 'Z' {
			y += 32
		}
		if x != y {
			return false
		}
	}
	return true
}

func Parse(layout, value string) (Time, error) {
	return parseIn(layout, value, UTC)
}

func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parseIn(layout, value, loc)
}

func parseIn(layout, value string, loc *Location) (Time, error) {
	origLayout, origValue := layout, value
	year, month, day, hour, min, sec, nsec := 0, 1, 1, 0, 0, 0, 0
	pm, ampm := false, false
	offset := 0
	for {
		prefix, tok, rest := nextToken(layout)
		if len(value) < len(prefix) || value[:len(prefix)] != prefix {
			return Time{}, &ParseError{origLayout, origValue, prefix, value, ""}
		}
		value = value[len(prefix):]
		layout = rest
		if tok == "" {
			if value != "" {
				return Time{}, &ParseError{Layout: origLayout, Value: origValue, Message: ": extra text: " + quoteElem(value)}
			}
			break
		}
		before := value
		ok := true
		var n int
		switch tok {
		case "2006":
			year, value, ok = number(value, 4, 4)
		case "06":
			n, value, ok = number(value, 2, 2)
			year = n + 1900
			if n < 69 {
				year = n + 2000
			}
		case "January", "Jan":
			n, value, ok = lookupName(monthNames, value, tok == "Jan")
			month = n + 1
		case "Monday", "Mon":
			_, value, ok = lookupName(dayNames, value, tok == "Mon")
		case "01", "1":
			month, value, ok = number(value, len(tok), 2)
			if ok && (month < 1 || month > 12) {
				return Time{}, &ParseError{Layout: origLayout, Value: origValue, Message: ": month out of range"}
			}
		case "02", "2", "_2":
			if tok == "_2" && value != "" && value[0] == ' ' {
				value = value[1:]
			}
			least := 1
			if tok == "02" {
				least = 2
			}
			day, value, ok = number(value, least, 2)
		case "002", "__2":
			_, value, ok = number(value, 1, 3)
		case "15":
			hour, value, ok = number(value, 1, 2)
			ok = ok && hour < 24
		case "03", "3":
			hour, value, ok = number(value, len(tok), 2)
			ok = ok && hour >= 1 && hour <= 12
		case "04", "4":
			min, value, ok = number(value, len(tok), 2)
			ok = ok && min < 60
		case "05", "5":
			sec, value, ok = number(value, len(tok), 2)
			ok = ok && sec < 60
			// a fraction may follow a seconds field that the layout lacks
			if ok && len(value) > 1 && value[0] == '.' && value[1] >= '0' && value[1] <= '9' {
				if _, t2, _ := nextToken(layout); t2 == "" || t2[0] != '.' {
					nsec, value = fraction(value[1:])
				}
			}
		case "PM", "pm":
			ok = len(value) >= 2
			if ok {
				p := value[:2]
				value = value[2:]
				ampm = true
				switch {
				case equalFoldASCII(p, "PM"):
					pm = true
				case equalFoldASCII(p, "AM"):
				default:
					ok = false
				}
			}
		case "MST":
			i := 0
			for i < len(value) && value[i] >= 'A' && value[i] <= 'Z' {
				i++
			}
			ok = i >= 3
			value = value[i:]
		case "Z0700", "Z07:00", "Z07", "Z07:00:00", "-0700", "-07:00", "-07", "-07:00:00":
			if tok[0] == 'Z' && value != "" && value[0] == 'Z' {
				value = value[1:]
				break
			}
			ok = value != "" && (value[0] == '+' || value[0] == '-')
			if ok {
				sign := 1
				if value[0] == '-' {
					sign = -1
				}
				value = value[1:]
				var hh, mm, ss int
				hh, value, ok = number(value, 2, 2)
				if ok && len(tok) > 3 {
					if value != "" && value[0] == ':' {
						value = value[1:]
					}
					mm, value, ok = number(value, 2, 2)
				}
				if ok && len(tok) > 7 {
					if value != "" && value[0] == ':' {
						value = value[1:]
					}
					ss, value, ok = number(value, 2, 2)
				}
				offset = sign * (hh*3600 + mm*60 + ss)
			}
		default:
			// a fractional second
			ok = len(value) >= 2 && value[0] == tok[0]
			if ok {
				var rest2 string
				nsec, rest2 = fraction(value[1:])
				if tok[1] == '0' {
					ok = len(value)-1-len(rest2) == len(tok)-1
				}
				value = rest2
			}
		}
		if !ok {
			return Time{}, &ParseError{origLayout, origValue, tok, before, ""}
		}
	}
	if ampm {
		if pm && hour < 12 {
			hour += 12
		} else if !pm && hour == 12 {
			hour = 0
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{Layout: origLayout, Value: origValue, Message: ": day out of range"}
	}
	t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
	t.sec -= int64(offset)
	t.loc = loc
	if offset != 0 {
		t.loc = FixedZone("", offset)
	}
	return t, nil
}

// fraction reads decimal digits as nanoseconds.
func fraction(s string) (int, string) {
	ns, scale, i := 0, 100000000, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		ns += int(s[i]-'0') * scale
		scale /= 10
		i++
	}
	return ns, s[i:]
}

func daysIn(m Month, year int) int {
	if m == February {
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return 30 + int((m+m/8)%2)
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
