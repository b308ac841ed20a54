// Package log: a simple logger, as Go's. Each logging operation makes one
// Write call on the Logger's writer with a header (prefix, date, time,
// file:line, per the flags) and the message, ending in a newline.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"
)

// The flags that choose what the header holds.
const (
	Ldate         = 1 << iota     // 2009/01/23
	Ltime                         // 01:23:23
	Lmicroseconds                 // 01:23:23.123123; assumes Ltime
	Llongfile                     // /a/b/c/d.go:23
	Lshortfile                    // d.go:23; overrides Llongfile
	LUTC                          // UTC rather than the local time zone
	Lmsgprefix                    // the prefix goes before the message, not the line
	LstdFlags     = Ldate | Ltime // the standard logger's initial flags
)

// A Logger writes lines to an io.Writer; it may be used from several
// goroutines at once, each Write being made under its lock.
type Logger struct {
	mu        sync.Mutex
	prefix    string
	flag      int
	out       io.Writer
	buf       []byte
	isDiscard bool
}

// New makes a Logger writing to out, with prefix at the start of each
// line (or before the message under Lmsgprefix) and the given flags.
func New(out io.Writer, prefix string, flag int) *Logger {
	l := &Logger{out: out, prefix: prefix, flag: flag}
	l.isDiscard = out == io.Discard
	return l
}

// SetOutput sets the logger's destination.
func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
	l.isDiscard = w == io.Discard
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger the package functions use.
func Default() *Logger { return std }

// itoa appends i in decimal, zero-padded to wid digits (wid < 0: none).
func itoa(buf *[]byte, i int, wid int) {
	var b [20]byte
	bp := len(b) - 1
	for i >= 10 || wid > 1 {
		wid--
		q := i / 10
		b[bp] = byte('0' + i - q*10)
		bp--
		i = q
	}
	b[bp] = byte('0' + i)
	*buf = append(*buf, b[bp:]...)
}

// formatHeader appends the line's header, as Go's formatHeader does.
func (l *Logger) formatHeader(buf *[]byte, t time.Time, file string, line int) {
	if l.flag&Lmsgprefix == 0 {
		*buf = append(*buf, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if l.flag&LUTC != 0 {
			t = t.UTC()
		}
		if l.flag&Ldate != 0 {
			year, month, day := t.Date()
			itoa(buf, year, 4)
			*buf = append(*buf, '/')
			itoa(buf, int(month), 2)
			*buf = append(*buf, '/')
			itoa(buf, day, 2)
			*buf = append(*buf, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			hour, min, sec := t.Clock()
			itoa(buf, hour, 2)
			*buf = append(*buf, ':')
			itoa(buf, min, 2)
			*buf = append(*buf, ':')
			itoa(buf, sec, 2)
			if l.flag&Lmicroseconds != 0 {
				*buf = append(*buf, '.')
				itoa(buf, t.Nanosecond()/1e3, 6)
			}
			*buf = append(*buf, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		if l.flag&Lshortfile != 0 {
			short := file
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					short = file[i+1:]
					break
				}
			}
			file = short
		}
		*buf = append(*buf, file...)
		*buf = append(*buf, ':')
		itoa(buf, line, -1)
		*buf = append(*buf, ": "...)
	}
	if l.flag&Lmsgprefix != 0 {
		*buf = append(*buf, l.prefix...)
	}
}

// Output writes one line: the header and s, with a newline added if s
// lacks one. calldepth counts the frames to skip to find the file and
// line; 2 is the caller of a Logger's Print functions.
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now()
	var file string
	var line int
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.flag&(Lshortfile|Llongfile) != 0 {
		l.mu.Unlock()
		var ok bool
		_, file, line, ok = runtime.Caller(calldepth)
		if !ok {
			file = "???"
			line = 0
		}
		l.mu.Lock()
	}
	l.buf = l.buf[:0]
	l.formatHeader(&l.buf, now, file, line)
	l.buf = append(l.buf, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		l.buf = append(l.buf, '\n')
	}
	_, err := l.out.Write(l.buf)
	return err
}

// Printf logs fmt.Sprintf(format, v...).
func (l *Logger) Printf(format string, v ...any) {
	if l.isDiscard {
		return
	}
	l.Output(2, fmt.Sprintf(format, v...))
}

// Print logs fmt.Sprint(v...).
func (l *Logger) Print(v ...any) {
	if l.isDiscard {
		return
	}
	l.Output(2, fmt.Sprint(v...))
}

// Println logs fmt.Sprintln(v...).
func (l *Logger) Println(v ...any) {
	if l.isDiscard {
		return
	}
	l.Output(2, fmt.Sprintln(v...))
}

// Fatal is Print followed by os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by panic with the message.
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

// Panicf is Printf followed by panic with the message.
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

// Panicln is Println followed by panic with the message.
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

// Flags returns the logger's flags.
func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

// SetFlags sets the logger's flags.
func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

// Prefix returns the logger's prefix.
func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

// SetPrefix sets the logger's prefix.
func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

// Writer returns the logger's destination.
func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

// SetOutput sets the standard logger's destination.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Flags returns the standard logger's flags.
func Flags() int { return std.Flags() }

// SetFlags sets the standard logger's flags.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix returns the standard logger's prefix.
func Prefix() string { return std.Prefix() }

// SetPrefix sets the standard logger's prefix.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer returns the standard logger's destination.
func Writer() io.Writer { return std.Writer() }

// Print logs to the standard logger as fmt.Print.
func Print(v ...any) {
	if std.isDiscard {
		return
	}
	std.Output(2, fmt.Sprint(v...))
}

// Printf logs to the standard logger as fmt.Printf.
func Printf(format string, v ...any) {
	if std.isDiscard {
		return
	}
	std.Output(2, fmt.Sprintf(format, v...))
}

// Println logs to the standard logger as fmt.Println.
func Println(v ...any) {
	if std.isDiscard {
		return
	}
	std.Output(2, fmt.Sprintln(v...))
}

// Fatal is Print followed by os.Exit(1).
func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by panic with the message.
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

// Panicf is Printf followed by panic with the message.
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

// Panicln is Println followed by panic with the message.
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}

// Output writes one line to the standard logger; calldepth 1 is the
// caller of Output.
func Output(calldepth int, s string) error {
	return std.Output(calldepth+1, s)
}
