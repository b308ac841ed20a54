// When the destination writer fails, hex.Dumper, hex.NewEncoder and
// base64.NewEncoder return the count written and the error; a base64
// encoder keeps reporting the error, also from Close.
package main

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
)

// failW accepts n bytes, then fails.
type failW struct{ n int }

func (f *failW) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("disk full")
	}
	if len(p) > f.n {
		k := f.n
		f.n = 0
		return k, errors.New("short disk")
	}
	f.n -= len(p)
	return len(p), nil
}

func main() {
	for _, n := range []int{0, 3, 10, 100} {
		d := hex.Dumper(&failW{n: n})
		k, err := d.Write([]byte("hello world, this is long enough for two lines"))
		fmt.Println("dumper", n, k, err, d.Close())
		e := base64.NewEncoder(base64.StdEncoding, &failW{n: n})
		k, err = e.Write([]byte("hello world, this is long enough"))
		fmt.Println("base64", n, k, err, e.Close())
		h := hex.NewEncoder(&failW{n: n})
		k, err = h.Write([]byte("hello world"))
		fmt.Println("hex", n, k, err)
	}
}

// Output:
// dumper 0 0 disk full <nil>
// base64 0 0 disk full disk full
// hex 0 0 disk full
// dumper 3 0 short disk <nil>
// base64 3 0 short disk short disk
// hex 3 1 short disk
// dumper 10 0 disk full <nil>
// base64 10 0 short disk short disk
// hex 10 5 short disk
// dumper 100 19 short disk disk full
// base64 100 32 <nil> <nil>
// hex 100 11 <nil>
