// Package encoding/json: JSON as Go's encoding/json has it. Marshal,
// Unmarshal and the scanner (Valid, Compact, Indent) are native
// (stdlib/json_*.c), walking values by their run-time types as fmt's
// printer does; the error types, Encoder, Decoder and Token are here.
// gosh has no reflect, so the errors' Type fields hold a value that
// prints as the reflect.Type would.
package json

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// Marshaler is implemented by types that marshal themselves into JSON.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// Unmarshaler is implemented by types that unmarshal a JSON description
// of themselves.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// typeName stands for reflect.Type in the error types: the type's name
// as reflect spells it.
type typeName interface {
	String() string
}

type rtype struct{ s string }

func (t *rtype) String() string { return t.s }

// An UnsupportedTypeError is returned by Marshal for a value of a type
// JSON cannot hold (channels, functions, complex numbers).
type UnsupportedTypeError struct {
	Type typeName
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.Type.String()
}

// An UnsupportedValueError is returned by Marshal for a value JSON cannot
// hold (NaN, infinities, cycles). Go's also has the reflect.Value.
type UnsupportedValueError struct {
	Str string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

// A MarshalerError wraps an error from a MarshalJSON or MarshalText
// method.
type MarshalerError struct {
	Type       typeName
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	srcFunc := e.sourceFunc
	if srcFunc == "" {
		srcFunc = "MarshalJSON"
	}
	return "json: error calling " + srcFunc + " for type " + e.Type.String() + ": " + e.Err.Error()
}

func (e *MarshalerError) Unwrap() error { return e.Err }

// A SyntaxError is a description of a JSON syntax error; Offset is how
// many bytes were read before it.
type SyntaxError struct {
	msg    string
	Offset int64
}

func (e *SyntaxError) Error() string { return e.msg }

// An UnmarshalTypeError describes a JSON value that was not appropriate
// for a value of a specific Go type.
type UnmarshalTypeError struct {
	Value  string
	Type   typeName
	Offset int64
	Struct string
	Field  string
}

func (e *UnmarshalTypeError) Error() string {
	if e.Struct != "" || e.Field != "" {
		return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.Type.String()
	}
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
}

// An InvalidUnmarshalError describes an invalid argument passed to
// Unmarshal: it must be a non-nil pointer.
type InvalidUnmarshalError struct {
	Type typeName
}

func (e *InvalidUnmarshalError) Error() string {
	if e.Type == nil {
		return "json: Unmarshal(nil)"
	}
	s := e.Type.String()
	if s == "" || s[0] != '*' {
		return "json: Unmarshal(non-pointer " + s + ")"
	}
	return "json: Unmarshal(nil " + s + ")"
}

// An InvalidUTF8Error is not returned any more (Go keeps it for
// compatibility): invalid UTF-8 is replaced by U+FFFD.
type InvalidUTF8Error struct {
	S string
}

func (e *InvalidUTF8Error) Error() string {
	return "json: invalid UTF-8 in string: " + strconv.Quote(e.S)
}

// fieldName stands for reflect.StructField in UnmarshalFieldError.
type fieldName struct {
	Name string
}

// An UnmarshalFieldError is not returned any more (Go keeps it for
// compatibility).
type UnmarshalFieldError struct {
	Key   string
	Type  typeName
	Field fieldName
}

func (e *UnmarshalFieldError) Error() string {
	return "json: cannot unmarshal object key " + strconv.Quote(e.Key) + " into unexported field " + e.Field.Name + " of type " + e.Type.String()
}

// A Number represents a JSON number literal.
type Number string

func (n Number) String() string { return string(n) }

func (n Number) Float64() (float64, error) {
	return strconv.ParseFloat(string(n), 64)
}

func (n Number) Int64() (int64, error) {
	return strconv.ParseInt(string(n), 10, 64)
}

// RawMessage is a raw encoded JSON value, copied through as it is.
type RawMessage []byte

func (m RawMessage) MarshalJSON() ([]byte, error) {
	if m == nil {
		return []byte("null"), nil
	}
	return m, nil
}

func (m *RawMessage) UnmarshalJSON(data []byte) error {
	if m == nil {
		return errors.New("json.RawMessage: UnmarshalJSON on nil pointer")
	}
	*m = append((*m)[0:0], data...)
	return nil
}

// The natives (json_scan.c, json_encode.c, json_decode.c) report an
// error as a kind and its parts, which mkError builds.
func marshal(v any, escapeHTML bool) ([]byte, int, string, string, string, string, int64, error)
func unmarshal(data []byte, v any, useNumber, disallowUnknown bool) (int, string, string, string, string, int64, error)
func valid(data []byte) bool
func compact(src []byte, escape bool) ([]byte, int, string, string, string, string, int64, error)
func indent(src []byte, prefix, indent string) ([]byte, int, string, string, string, string, int64, error)
func valueEnd(data []byte, atEOF bool, base int64) (int, int, string, int64)
func setNumberType(n any)

func init() {
	setNumberType(Number(""))
}

const (
	errNone = iota
	errUnsupportedType
	errUnsupportedValue
	errMarshaler
	errMarshalerSyntax
	errSyntax
	errUnmarshalType
	errInvalidUnmarshal
	errError
	errBase64
	errMessage
	errMarshalKey
)

func mkError(kind int, s1, s2, s3, s4 string, off int64, err error) error {
	switch kind {
	case errUnsupportedType:
		return &UnsupportedTypeError{&rtype{s1}}
	case errUnsupportedValue:
		return &UnsupportedValueError{Str: s1}
	case errMarshaler:
		return &MarshalerError{&rtype{s1}, err, s2}
	case errMarshalerSyntax:
		return &MarshalerError{&rtype{s1}, &SyntaxError{s3, off}, s2}
	case errSyntax:
		return &SyntaxError{s1, off}
	case errUnmarshalType:
		return &UnmarshalTypeError{s1, &rtype{s2}, off, s3, s4}
	case errInvalidUnmarshal:
		if s1 == "" {
			return &InvalidUnmarshalError{nil}
		}
		return &InvalidUnmarshalError{&rtype{s1}}
	case errError:
		// an error from UnmarshalJSON or UnmarshalText: an
		// *UnmarshalTypeError gets the field context (off is 1 then)
		if ute, ok := err.(*UnmarshalTypeError); ok && off == 1 {
			ute.Struct = s3
			ute.Field = s4
		}
		return err
	case errBase64:
		return base64.CorruptInputError(off)
	case errMessage:
		return errors.New(s1)
	case errMarshalKey:
		return fmt.Errorf("json: encoding error for type %q: %q", s1, err.Error())
	}
	return nil
}

// Marshal returns the JSON encoding of v.
func Marshal(v any) ([]byte, error) {
	b, kind, s1, s2, s3, s4, off, err := marshal(v, true)
	if kind != errNone {
		return nil, mkError(kind, s1, s2, s3, s4, off, err)
	}
	return b, nil
}

// MarshalIndent is like Marshal but applies Indent to the output.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := Indent(&buf, b, prefix, indent); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Unmarshal parses the JSON-encoded data and stores the result in the
// value pointed to by v.
func Unmarshal(data []byte, v any) error {
	kind, s1, s2, s3, s4, off, err := unmarshal(data, v, false, false)
	return mkError(kind, s1, s2, s3, s4, off, err)
}

// Valid reports whether data is a valid JSON encoding.
func Valid(data []byte) bool { return valid(data) }

// Compact appends to dst the JSON-encoded src with insignificant space
// characters elided.
func Compact(dst *bytes.Buffer, src []byte) error {
	b, kind, s1, s2, s3, s4, off, err := compact(src, false)
	if kind != errNone {
		return mkError(kind, s1, s2, s3, s4, off, err)
	}
	dst.Write(b)
	return nil
}

// Indent appends to dst an indented form of the JSON-encoded src.
func Indent(dst *bytes.Buffer, src []byte, prefix, indentStr string) error {
	b, kind, s1, s2, s3, s4, off, err := indent(src, prefix, indentStr)
	if kind != errNone {
		return mkError(kind, s1, s2, s3, s4, off, err)
	}
	dst.Write(b)
	return nil
}

const hex = "0123456789abcdef"

// HTMLEscape appends to dst the JSON-encoded src with <, >, &, U+2028 and
// U+2029 characters inside string literals changed to \u003c, \u003e,
// \u0026, \u2028, \u2029.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	start := 0
	for i, c := range src {
		if c == '<' || c == '>' || c == '&' {
			dst.Write(src[start:i])
			dst.WriteString(`\u00`)
			dst.WriteByte(hex[c>>4])
			dst.WriteByte(hex[c&0xF])
			start = i + 1
		}
		if c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8 {
			dst.Write(src[start:i])
			dst.WriteString(`\u202`)
			dst.WriteByte(hex[src[i+2]&0xF])
			start = i + 3
		}
	}
	dst.Write(src[start:])
}

// An Encoder writes JSON values to an output stream.
type Encoder struct {
	w            io.Writer
	err          error
	escapeHTML   bool
	indentPrefix string
	indentValue  string
}

func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, escapeHTML: true}
}

// Encode writes the JSON encoding of v to the stream, followed by a
// newline character.
func (enc *Encoder) Encode(v any) error {
	if enc.err != nil {
		return enc.err
	}
	b, kind, s1, s2, s3, s4, off, err := marshal(v, enc.escapeHTML)
	if kind != errNone {
		return mkError(kind, s1, s2, s3, s4, off, err)
	}
	b = append(b, '\n')
	if enc.indentPrefix != "" || enc.indentValue != "" {
		var buf bytes.Buffer
		if err := Indent(&buf, b, enc.indentPrefix, enc.indentValue); err != nil {
			return err
		}
		b = buf.Bytes()
	}
	if _, err := enc.w.Write(b); err != nil {
		enc.err = err
		return err
	}
	return nil
}

func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.indentPrefix = prefix
	enc.indentValue = indent
}

func (enc *Encoder) SetEscapeHTML(on bool) {
	enc.escapeHTML = on
}

// A Decoder reads and decodes JSON values from an input stream.
type Decoder struct {
	r          io.Reader
	buf        []byte
	scanp      int   // start of unread data in buf
	scanned    int64 // amount of data already scanned
	err        error
	rerr       error // the last read's error
	tokenState int
	tokenStack []int

	useNumber             bool
	disallowUnknownFields bool
}

// NewDecoder returns a new decoder that reads from r.
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{r: r}
}

// UseNumber makes the Decoder unmarshal a number into an interface{} as
// a Number instead of as a float64.
func (dec *Decoder) UseNumber() { dec.useNumber = true }

// DisallowUnknownFields makes Decode return an error for an object key
// that matches no field of the destination struct.
func (dec *Decoder) DisallowUnknownFields() { dec.disallowUnknownFields = true }

// Decode reads the next JSON-encoded value from its input and stores it
// in the value pointed to by v.
func (dec *Decoder) Decode(v any) error {
	if dec.err != nil {
		return dec.err
	}
	if err := dec.tokenPrepareForDecode(); err != nil {
		return err
	}
	if !dec.tokenValueAllowed() {
		return &SyntaxError{msg: "not at beginning of value", Offset: dec.InputOffset()}
	}
	n, err := dec.readValue()
	if err != nil {
		return err
	}
	data := dec.buf[dec.scanp : dec.scanp+n]
	dec.scanp += n
	kind, s1, s2, s3, s4, off, uerr := unmarshal(data, v, dec.useNumber, dec.disallowUnknownFields)
	dec.tokenValueEnd()
	return mkError(kind, s1, s2, s3, s4, off, uerr)
}

// Buffered returns a reader of the data remaining in the Decoder's
// buffer.
func (dec *Decoder) Buffered() io.Reader {
	return bytes.NewReader(dec.buf[dec.scanp:])
}

// readValue reads a whole JSON value into dec.buf and returns its
// length (the native valueEnd scans what is buffered).
func (dec *Decoder) readValue() (int, error) {
	for {
		n, status, msg, off := valueEnd(dec.buf[dec.scanp:], dec.rerr == io.EOF, dec.InputOffset())
		switch status {
		case 0:
			return n, nil
		case 2:
			dec.err = &SyntaxError{msg, off}
			return 0, dec.err
		case 3:
			dec.err = io.ErrUnexpectedEOF
			return 0, dec.err
		case 4:
			dec.err = io.EOF
			return 0, dec.err
		}
		if dec.rerr != nil {
			dec.err = dec.rerr
			return 0, dec.err
		}
		dec.rerr = dec.refill()
	}
}

func (dec *Decoder) refill() error {
	if dec.scanp > 0 {
		dec.scanned += int64(dec.scanp)
		n := copy(dec.buf, dec.buf[dec.scanp:])
		dec.buf = dec.buf[:n]
		dec.scanp = 0
	}
	const minRead = 512
	if cap(dec.buf)-len(dec.buf) < minRead {
		newBuf := make([]byte, len(dec.buf), 2*cap(dec.buf)+minRead)
		copy(newBuf, dec.buf)
		dec.buf = newBuf
	}
	n, err := dec.r.Read(dec.buf[len(dec.buf):cap(dec.buf)])
	dec.buf = dec.buf[0 : len(dec.buf)+n]
	return err
}

// A Token holds a value of one of these types: Delim, bool, float64,
// Number, string, nil.
type Token any

const (
	tokenTopValue = iota
	tokenArrayStart
	tokenArrayValue
	tokenArrayComma
	tokenObjectStart
	tokenObjectKey
	tokenObjectColon
	tokenObjectValue
	tokenObjectComma
)

func (dec *Decoder) tokenPrepareForDecode() error {
	switch dec.tokenState {
	case tokenArrayComma:
		c, err := dec.peek()
		if err != nil {
			return err
		}
		if c != ',' {
			return &SyntaxError{"expected comma after array element", dec.InputOffset()}
		}
		dec.scanp++
		dec.tokenState = tokenArrayValue
	case tokenObjectColon:
		c, err := dec.peek()
		if err != nil {
			return err
		}
		if c != ':' {
			return &SyntaxError{"expected colon after object key", dec.InputOffset()}
		}
		dec.scanp++
		dec.tokenState = tokenObjectValue
	}
	return nil
}

func (dec *Decoder) tokenValueAllowed() bool {
	switch dec.tokenState {
	case tokenTopValue, tokenArrayStart, tokenArrayValue, tokenObjectValue:
		return true
	}
	return false
}

func (dec *Decoder) tokenValueEnd() {
	switch dec.tokenState {
	case tokenArrayStart, tokenArrayValue:
		dec.tokenState = tokenArrayComma
	case tokenObjectValue:
		dec.tokenState = tokenObjectComma
	}
}

// A Delim is a JSON array or object delimiter, one of [ ] { or }.
type Delim rune

func (d Delim) String() string {
	return string(d)
}

// Token returns the next JSON token in the input stream. At the end of
// the input stream, Token returns nil, io.EOF.
func (dec *Decoder) Token() (Token, error) {
	for {
		c, err := dec.peek()
		if err != nil {
			return nil, err
		}
		switch c {
		case '[':
			if !dec.tokenValueAllowed() {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenStack = append(dec.tokenStack, dec.tokenState)
			dec.tokenState = tokenArrayStart
			return Delim('['), nil
		case ']':
			if dec.tokenState != tokenArrayStart && dec.tokenState != tokenArrayComma {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenState = dec.tokenStack[len(dec.tokenStack)-1]
			dec.tokenStack = dec.tokenStack[:len(dec.tokenStack)-1]
			dec.tokenValueEnd()
			return Delim(']'), nil
		case '{':
			if !dec.tokenValueAllowed() {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenStack = append(dec.tokenStack, dec.tokenState)
			dec.tokenState = tokenObjectStart
			return Delim('{'), nil
		case '}':
			if dec.tokenState != tokenObjectStart && dec.tokenState != tokenObjectComma {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenState = dec.tokenStack[len(dec.tokenStack)-1]
			dec.tokenStack = dec.tokenStack[:len(dec.tokenStack)-1]
			dec.tokenValueEnd()
			return Delim('}'), nil
		case ':':
			if dec.tokenState != tokenObjectColon {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenState = tokenObjectValue
			continue
		case ',':
			if dec.tokenState == tokenArrayComma {
				dec.scanp++
				dec.tokenState = tokenArrayValue
				continue
			}
			if dec.tokenState == tokenObjectComma {
				dec.scanp++
				dec.tokenState = tokenObjectKey
				continue
			}
			return dec.tokenError(c)
		case '"':
			if dec.tokenState == tokenObjectStart || dec.tokenState == tokenObjectKey {
				var x string
				old := dec.tokenState
				dec.tokenState = tokenTopValue
				err := dec.Decode(&x)
				dec.tokenState = old
				if err != nil {
					return nil, err
				}
				dec.tokenState = tokenObjectColon
				return x, nil
			}
			if !dec.tokenValueAllowed() {
				return dec.tokenError(c)
			}
			var x any
			if err := dec.Decode(&x); err != nil {
				return nil, err
			}
			return x, nil
		default:
			if !dec.tokenValueAllowed() {
				return dec.tokenError(c)
			}
			var x any
			if err := dec.Decode(&x); err != nil {
				return nil, err
			}
			return x, nil
		}
	}
}

func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}

func (dec *Decoder) tokenError(c byte) (Token, error) {
	var context string
	switch dec.tokenState {
	case tokenTopValue, tokenArrayStart, tokenArrayValue, tokenObjectValue:
		context = " looking for beginning of value"
	case tokenArrayComma:
		context = " after array element"
	case tokenObjectKey:
		context = " looking for beginning of object key string"
	case tokenObjectColon:
		context = " after object key"
	case tokenObjectComma:
		context = " after object key:value pair"
	}
	return nil, &SyntaxError{"invalid character " + quoteChar(c) + context, dec.InputOffset()}
}

// More reports whether there is another element in the current array or
// object being parsed.
func (dec *Decoder) More() bool {
	c, err := dec.peek()
	return err == nil && c != ']' && c != '}'
}

func (dec *Decoder) peek() (byte, error) {
	var err error
	for {
		for i := dec.scanp; i < len(dec.buf); i++ {
			c := dec.buf[i]
			if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
				continue
			}
			dec.scanp = i
			return c, nil
		}
		if err != nil {
			return 0, err
		}
		err = dec.refill()
	}
}

// InputOffset returns the input stream byte offset of the current
// decoder position.
func (dec *Decoder) InputOffset() int64 {
	return dec.scanned + int64(dec.scanp)
}
