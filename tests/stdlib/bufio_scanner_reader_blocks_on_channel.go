package main

import (
	"bufio"
	"fmt"
	"io"
)

// chanReader's Read blocks until a producer goroutine sends a chunk.
type chanReader struct{ c chan string }

func (r chanReader) Read(p []byte) (int, error) {
	s, ok := <-r.c
	if !ok {
		return 0, io.EOF
	}
	return copy(p, s), nil
}

func main() {
	c := make(chan string)
	go func() {
		for _, chunk := range []string{"he", "llo\nwo", "rld\n", "tail"} {
			c <- chunk
		}
		close(c)
	}()
	sc := bufio.NewScanner(chanReader{c})
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(sc.Err())
}

// Output:
// hello
// world
// tail
// <nil>
