// Package csv: comma-separated values (RFC 4180), read and written with
// Go's rules: quoted fields may hold delimiters, quotes ("") and newlines;
// \r\n reads as \n; errors say the line and the byte column (1-based).
package csv

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A ParseError is a syntax error, with where the record started and where
// the error is.
type ParseError struct {
	StartLine int
	Line      int
	Column    int
	Err       error
}

func (e *ParseError) Error() string {
	if e.Err == ErrFieldCount {
		return fmt.Sprintf("record on line %d: %v", e.Line, e.Err)
	}
	if e.StartLine != e.Line {
		return fmt.Sprintf("record on line %d; parse error on line %d, column %d: %v", e.StartLine, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var (
	ErrTrailingComma = errors.New("extra delimiter at end of line") // no longer used, as in Go
	ErrBareQuote     = errors.New("bare \" in non-quoted-field")
	ErrQuote         = errors.New("extraneous or missing \" in quoted-field")
	ErrFieldCount    = errors.New("wrong number of fields")
)

var errInvalidDelim = errors.New("csv: invalid field or comment delimiter")

func validDelim(r rune) bool {
	return r != 0 && r != '"' && r != '\r' && r != '\n' && utf8.ValidRune(r) && r != utf8.RuneError
}

// A Reader reads records from CSV input.
type Reader struct {
	Comma            rune
	Comment          rune
	FieldsPerRecord  int
	LazyQuotes       bool
	TrimLeadingSpace bool
	ReuseRecord      bool
	TrailingComma    bool // no longer used, as in Go

	in     *bufio.Reader
	line   int   // lines read so far
	offset int64 // bytes read so far
	long   []byte

	// the record being read: its fields' text end to end, where each
	// ends, and where each started
	text   []byte
	ends   []int
	starts []fieldPos
	last   []string
}

type fieldPos struct{ line, col int }

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{Comma: ',', in: bufio.NewReader(r)}
}

// Read reads one record (a slice of fields).
func (r *Reader) Read() (record []string, err error) {
	if r.ReuseRecord {
		record, err = r.record(r.last)
		r.last = record
	} else {
		record, err = r.record(nil)
	}
	return record, err
}

// FieldPos returns the line and column where field [field] of the record
// Read returned last began.
func (r *Reader) FieldPos(field int) (line, column int) {
	if field < 0 || field >= len(r.starts) {
		panic("out of range index passed to FieldPos")
	}
	return r.starts[field].line, r.starts[field].col
}

// InputOffset is the byte offset of the end of the last record read.
func (r *Reader) InputOffset() int64 { return r.offset }

// ReadAll reads the remaining records.
func (r *Reader) ReadAll() (records [][]string, err error) {
	for {
		record, err := r.record(nil)
		if err == io.EOF {
			return records, nil
		}
		if err != nil {
			return nil, err
		}
		records = append(records, record)
	}
}

// nextLine reads one line with its '\n' (none at the end of the input),
// \r\n made \n and a final \r dropped.
func (r *Reader) nextLine() ([]byte, error) {
	line, err := r.in.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.long = append(r.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.in.ReadSlice('\n')
			r.long = append(r.long, line...)
		}
		line = r.long
	}
	n := len(line)
	if n > 0 && err == io.EOF {
		err = nil
		if line[n-1] == '\r' {
			line = line[:n-1]
		}
	}
	r.line++
	r.offset += int64(n)
	if k := len(line); k >= 2 && line[k-2] == '\r' && line[k-1] == '\n' {
		line[k-2] = '\n'
		line = line[:k-1]
	}
	return line, err
}

func hasNL(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}

func firstRune(b []byte) rune {
	c, _ := utf8.DecodeRune(b)
	return c
}

// record reads the next record into dst's storage.
func (r *Reader) record(dst []string) ([]string, error) {
	if r.Comma == r.Comment || !validDelim(r.Comma) || (r.Comment != 0 && !validDelim(r.Comment)) {
		return nil, errInvalidDelim
	}
	// the first line that is neither empty nor a comment
	var line []byte
	var readErr error
	for readErr == nil {
		line, readErr = r.nextLine()
		if r.Comment != 0 && firstRune(line) == r.Comment {
			line = nil
			continue
		}
		if readErr == nil && len(line) == hasNL(line) {
			line = nil
			continue
		}
		break
	}
	if readErr == io.EOF {
		return nil, readErr
	}
	start := r.line
	r.text, r.ends, r.starts = r.text[:0], r.ends[:0], r.starts[:0]
	p := &recordParser{r: r, line: line, readErr: readErr, at: fieldPos{r.line, 1}, start: start}
	err := p.fields()
	if err == nil {
		err = p.readErr
	}
	all := string(r.text)
	if cap(dst) < len(r.ends) {
		dst = make([]string, len(r.ends))
	}
	dst = dst[:len(r.ends)]
	from := 0
	for i, end := range r.ends {
		dst[i] = all[from:end]
		from = end
	}
	if r.FieldsPerRecord > 0 {
		if len(dst) != r.FieldsPerRecord && err == nil {
			err = &ParseError{StartLine: start, Line: start, Column: 1, Err: ErrFieldCount}
		}
	} else if r.FieldsPerRecord == 0 {
		r.FieldsPerRecord = len(dst)
	}
	return dst, err
}

// recordParser walks the lines of one record.
type recordParser struct {
	r       *Reader
	line    []byte // what is left of the current line
	readErr error
	at      fieldPos // where line[0] is
	start   int      // the record's first line
}

func (p *recordParser) fail(line, col int, err error) error {
	return &ParseError{StartLine: p.start, Line: line, Column: col, Err: err}
}

func (p *recordParser) skip(n int) {
	p.line = p.line[n:]
	p.at.col += n
}

func (p *recordParser) endField(began fieldPos) {
	p.r.ends = append(p.r.ends, len(p.r.text))
	p.r.starts = append(p.r.starts, began)
}

// fields reads the record's fields; a syntax error ends it.
func (p *recordParser) fields() error {
	r := p.r
	commaLen := utf8.RuneLen(r.Comma)
	for {
		if r.TrimLeadingSpace {
			i := bytes.IndexFunc(p.line, func(c rune) bool { return !unicode.IsSpace(c) })
			if i < 0 {
				// all space: the column stays before the newline, as Go's
				i = len(p.line)
				p.at.col -= hasNL(p.line)
			}
			p.skip(i)
		}
		if len(p.line) > 0 && p.line[0] == '"' {
			more, err := p.quoted(commaLen)
			if err != nil || !more {
				return err
			}
			continue
		}
		// an unquoted field runs to the next delimiter or the line's end
		i := bytes.IndexRune(p.line, r.Comma)
		field := p.line
		if i >= 0 {
			field = field[:i]
		} else {
			field = field[:len(field)-hasNL(field)]
		}
		if !r.LazyQuotes {
			if j := bytes.IndexByte(field, '"'); j >= 0 {
				return p.fail(p.r.line, p.at.col+j, ErrBareQuote)
			}
		}
		r.text = append(r.text, field...)
		p.endField(p.at)
		if i < 0 {
			return nil
		}
		p.skip(i + commaLen)
	}
}

// quoted reads a quoted field starting at p.line[0]; it says whether
// another field follows on the record.
func (p *recordParser) quoted(commaLen int) (bool, error) {
	r := p.r
	began := p.at
	p.skip(1)
	for {
		i := bytes.IndexByte(p.line, '"')
		switch {
		case i >= 0:
			r.text = append(r.text, p.line[:i]...)
			p.skip(i + 1)
			switch next := firstRune(p.line); {
			case next == '"': // "" is a quote
				r.text = append(r.text, '"')
				p.skip(1)
			case next == r.Comma:
				p.skip(commaLen)
				p.endField(began)
				return true, nil
			case len(p.line) == hasNL(p.line):
				p.endField(began)
				return false, nil
			case r.LazyQuotes:
				r.text = append(r.text, '"')
			default:
				return false, p.fail(p.r.line, p.at.col-1, ErrQuote)
			}
		case len(p.line) > 0:
			// the field goes on over the next line
			r.text = append(r.text, p.line...)
			if p.readErr != nil {
				return false, nil
			}
			p.at.col += len(p.line)
			p.line, p.readErr = r.nextLine()
			if len(p.line) > 0 {
				p.at = fieldPos{p.at.line + 1, 1}
			}
			if p.readErr == io.EOF {
				p.readErr = nil
			}
		default:
			// the input ended inside the quotes
			if !r.LazyQuotes && p.readErr == nil {
				return false, p.fail(p.at.line, p.at.col, ErrQuote)
			}
			p.endField(began)
			return false, nil
		}
	}
}

// A Writer writes records as CSV.
type Writer struct {
	Comma   rune
	UseCRLF bool
	w       *bufio.Writer
}

// NewWriter returns a Writer writing to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{Comma: ',', w: bufio.NewWriter(w)}
}

// Write writes one record, quoting the fields that need it.
func (w *Writer) Write(record []string) error {
	if !validDelim(w.Comma) {
		return errInvalidDelim
	}
	for n, field := range record {
		if n > 0 {
			if _, err := w.w.WriteRune(w.Comma); err != nil {
				return err
			}
		}
		if err := w.field(field); err != nil {
			return err
		}
	}
	return w.newline()
}

func (w *Writer) newline() error {
	if w.UseCRLF {
		_, err := w.w.WriteString("\r\n")
		return err
	}
	return w.w.WriteByte('\n')
}

func (w *Writer) field(f string) error {
	if !w.needsQuotes(f) {
		_, err := w.w.WriteString(f)
		return err
	}
	if err := w.w.WriteByte('"'); err != nil {
		return err
	}
	for i := 0; i < len(f); i++ {
		var err error
		switch c := f[i]; c {
		case '"':
			_, err = w.w.WriteString(`""`)
		case '\r':
			if !w.UseCRLF {
				err = w.w.WriteByte('\r')
			}
		case '\n':
			err = w.newline()
		default:
			err = w.w.WriteByte(c)
		}
		if err != nil {
			return err
		}
	}
	return w.w.WriteByte('"')
}

// needsQuotes: a field holding the delimiter, a quote, \r or \n, one that
// starts with a space, and `\.` (which ends input for some readers).
func (w *Writer) needsQuotes(f string) bool {
	if f == "" {
		return false
	}
	if f == `\.` || strings.ContainsRune(f, w.Comma) || strings.ContainsAny(f, "\"\r\n") {
		return true
	}
	first, _ := utf8.DecodeRuneInString(f)
	return unicode.IsSpace(first)
}

// Flush writes what is buffered; Error says whether it failed.
func (w *Writer) Flush() { w.w.Flush() }

// Error is the error of an earlier Write or Flush.
func (w *Writer) Error() error {
	_, err := w.w.Write(nil)
	return err
}

// WriteAll writes the records and flushes.
func (w *Writer) WriteAll(records [][]string) error {
	for _, record := range records {
		if err := w.Write(record); err != nil {
			return err
		}
	}
	return w.w.Flush()
}
