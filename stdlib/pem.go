// Package pem: the PEM format of keys and certificates (RFC 1421): a
// "-----BEGIN TYPE-----" line, optional "Key: value" headers, base64 data
// and an "-----END TYPE-----" line.
package pem

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"sort"
	"strings"
)

// A Block is one PEM-encoded structure.
type Block struct {
	Type    string
	Headers map[string]string
	Bytes   []byte
}

const lineLength = 64

var (
	begin     = []byte("-----BEGIN ")
	end       = []byte("-----END ")
	dashes    = []byte("-----")
	nlBegin   = []byte("\n-----BEGIN ")
	nlEnd     = []byte("\n-----END ")
	colonByte = []byte(":")
)

// nextLine splits off the first line, without its \n or \r\n and with
// trailing blanks trimmed.
func nextLine(data []byte) (line, rest []byte) {
	i := bytes.IndexByte(data, '\n')
	if i < 0 {
		return bytes.TrimRight(data, " \t"), data[len(data):]
	}
	rest = data[i+1:]
	if i > 0 && data[i-1] == '\r' {
		i--
	}
	return bytes.TrimRight(data[:i], " \t"), rest
}

func withoutBlanks(data []byte) []byte {
	var out []byte
	for _, c := range data {
		if c != ' ' && c != '\t' {
			out = append(out, c)
		}
	}
	return out
}

// Decode finds the next PEM block in data and returns it and the rest of
// data after it; with no block, it returns nil and all of data.
func Decode(data []byte) (p *Block, rest []byte) {
	rest = data
	for {
		// a BEGIN line: at the very start, or after a newline
		if bytes.HasPrefix(rest, begin) {
			rest = rest[len(begin):]
		} else if i := bytes.Index(rest, nlBegin); i >= 0 {
			rest = rest[i+len(nlBegin):]
		} else {
			return nil, data
		}
		var typ []byte
		typ, rest = nextLine(rest)
		if !bytes.HasSuffix(typ, dashes) {
			continue
		}
		typ = typ[:len(typ)-len(dashes)]
		if b, after, ok := block(typ, rest); ok {
			return b, after
		}
	}
}

// block reads the headers, data and END line of a block of type typ that
// starts at body; ok is false if that is not a well-formed block.
func block(typ, body []byte) (*Block, []byte, bool) {
	b := &Block{Type: string(typ), Headers: map[string]string{}}
	for {
		if len(body) == 0 {
			return nil, nil, false
		}
		line, next := nextLine(body)
		key, val, ok := bytes.Cut(line, colonByte)
		if !ok {
			break
		}
		b.Headers[string(bytes.TrimSpace(key))] = string(bytes.TrimSpace(val))
		body = next
	}
	// the END line; with no headers it may come at once, with no newline
	var at, after int
	if len(b.Headers) == 0 && bytes.HasPrefix(body, end) {
		at, after = 0, len(end)
	} else {
		at = bytes.Index(body, nlEnd)
		if at < 0 {
			return nil, nil, false
		}
		after = at + len(nlEnd)
	}
	trailer := body[after:]
	want := len(typ) + len(dashes)
	if len(trailer) < want || !bytes.HasPrefix(trailer, typ) || !bytes.HasSuffix(trailer[:want], dashes) {
		return nil, nil, false
	}
	if rest, _ := nextLine(trailer[want:]); len(rest) != 0 {
		return nil, nil, false // only blanks may follow on the END line
	}
	data := withoutBlanks(body[:at])
	b.Bytes = make([]byte, base64.StdEncoding.DecodedLen(len(data)))
	n, err := base64.StdEncoding.Decode(b.Bytes, data)
	if err != nil {
		return nil, nil, false
	}
	b.Bytes = b.Bytes[:n]
	_, rest := nextLine(body[after-1:])
	return b, rest, true
}

// lines breaks what is written to it into lines of 64 bytes.
type lines struct {
	out  io.Writer
	used int
}

func (l *lines) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 {
		k := lineLength - l.used
		if k > len(p) {
			k = len(p)
		}
		if _, err := l.out.Write(p[:k]); err != nil {
			return n, err
		}
		n += k
		p = p[k:]
		l.used += k
		if l.used == lineLength {
			if _, err := l.out.Write([]byte{'\n'}); err != nil {
				return n, err
			}
			l.used = 0
		}
	}
	return n, nil
}

func (l *lines) Close() error {
	if l.used == 0 {
		return nil
	}
	_, err := l.out.Write([]byte{'\n'})
	return err
}

// Encode writes b to out in PEM form: Proc-Type first among the headers,
// the others sorted by key.
func Encode(out io.Writer, b *Block) error {
	for k := range b.Headers {
		if strings.Contains(k, ":") {
			return errors.New("pem: cannot encode a header key that contains a colon")
		}
	}
	if _, err := io.WriteString(out, "-----BEGIN "+b.Type+"-----\n"); err != nil {
		return err
	}
	if len(b.Headers) > 0 {
		var keys []string
		for k := range b.Headers {
			if k != "Proc-Type" {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		if _, ok := b.Headers["Proc-Type"]; ok {
			keys = append([]string{"Proc-Type"}, keys...) // RFC 1421: first
		}
		for _, k := range keys {
			if _, err := io.WriteString(out, k+": "+b.Headers[k]+"\n"); err != nil {
				return err
			}
		}
		if _, err := io.WriteString(out, "\n"); err != nil {
			return err
		}
	}
	l := &lines{out: out}
	enc := base64.NewEncoder(base64.StdEncoding, l)
	if _, err := enc.Write(b.Bytes); err != nil {
		return err
	}
	enc.Close()
	l.Close()
	_, err := io.WriteString(out, "-----END "+b.Type+"-----\n")
	return err
}

// EncodeToMemory returns the PEM form of b, or nil if it has a header key
// holding a colon.
func EncodeToMemory(b *Block) []byte {
	var buf bytes.Buffer
	if err := Encode(&buf, b); err != nil {
		return nil
	}
	return buf.Bytes()
}
