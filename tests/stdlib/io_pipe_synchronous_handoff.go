package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	r, w := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Close()
	}()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(sc.Err())

	r, w = io.Pipe()
	wrote := make(chan string, 1)
	go func() {
		n, err := w.Write([]byte("hello, world"))
		wrote <- fmt.Sprint("wrote ", n, " ", err)
		w.CloseWithError(errors.New("producer failed"))
	}()
	buf := make([]byte, 5)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%q %v\n", buf[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println(<-wrote)
	r2, w2 := io.Pipe()
	r2.Close()
	n, err := w2.Write([]byte("x"))
	fmt.Println(n, err, err == io.ErrClosedPipe)
	r3, w3 := io.Pipe()
	r3.CloseWithError(errors.New("reader gone"))
	_, err = w3.Write([]byte("x"))
	fmt.Println(err)
	w3.Close()
	_, err = r3.Read(buf)
	fmt.Println(err)
	r4, w4 := io.Pipe()
	go func() { io.Copy(w4, strings.NewReader(strings.Repeat("ab", 5000))); w4.Close() }()
	all, err := io.ReadAll(r4)
	fmt.Println(len(all), err)
}

// Output:
// line 0
// line 1
// line 2
// <nil>
// "hello" <nil>
// ", wor" <nil>
// "ld" <nil>
// "" producer failed
// wrote 12 <nil>
// 0 io: read/write on closed pipe true
// reader gone
// io: read/write on closed pipe
// 10000 <nil>
