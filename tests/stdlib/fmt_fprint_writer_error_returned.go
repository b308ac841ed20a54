package main

import (
	"errors"
	"fmt"
)

var errFull = errors.New("disk full")

// short accepts at most limit bytes in total, then fails.
type short struct {
	limit int
	got   []byte
}

func (s *short) Write(p []byte) (int, error) {
	room := s.limit - len(s.got)
	if len(p) <= room {
		s.got = append(s.got, p...)
		return len(p), nil
	}
	s.got = append(s.got, p[:room]...)
	return room, errFull
}

func main() {
	w := &short{limit: 8}
	n, err := fmt.Fprintln(w, "abc")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(w, "%s", "defghij")
	fmt.Println(n, err, errors.Is(err, errFull))
	fmt.Printf("%q\n", w.got)
}

// Output:
// 4 <nil>
// 4 disk full true
// "abc\ndefg"
