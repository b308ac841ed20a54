package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	for _, n := range []int{-1, 0, 1, 2, 3, 10} {
		for _, s := range []string{"", "a", "a,b", "a,b,c,d", "ǅx", "héllo"} {
			a := strings.SplitN(s, ",", n)
			b := strings.SplitN(s, "", n)
			c := strings.SplitAfterN(s, ",", n)
			d := bytes.SplitN([]byte(s), []byte(","), n)
			e := bytes.SplitN([]byte(s), nil, n)
			f := bytes.SplitAfterN([]byte(s), []byte(","), n)
			fmt.Println(n, s, len(a), cap(a), len(b), cap(b), len(c), cap(c), len(d), cap(d), len(e), cap(e), len(f), cap(f))
		}
	}
	fmt.Println(cap(strings.Split("a,b", ",")), cap(bytes.Split([]byte("a,b,"), []byte(","))), cap(strings.Fields(" a b ")), cap(bytes.Fields([]byte(" a b "))))
}

// Output:
// -1  1 1 0 0 1 1 1 1 0 0 1 1
// -1 a 1 1 1 1 1 1 1 1 1 1 1 1
// -1 a,b 2 2 3 3 2 2 2 2 3 3 2 2
// -1 a,b,c,d 4 4 7 7 4 4 4 4 7 7 4 4
// -1 ǅx 1 1 2 2 1 1 1 1 2 3 1 1
// -1 héllo 1 1 5 5 1 1 1 1 5 6 1 1
// 0  0 0 0 0 0 0 0 0 0 0 0 0
// 0 a 0 0 0 0 0 0 0 0 0 0 0 0
// 0 a,b 0 0 0 0 0 0 0 0 0 0 0 0
// 0 a,b,c,d 0 0 0 0 0 0 0 0 0 0 0 0
// 0 ǅx 0 0 0 0 0 0 0 0 0 0 0 0
// 0 héllo 0 0 0 0 0 0 0 0 0 0 0 0
// 1  1 1 0 0 1 1 1 1 0 0 1 1
// 1 a 1 1 1 1 1 1 1 1 1 1 1 1
// 1 a,b 1 1 1 1 1 1 1 1 1 1 1 1
// 1 a,b,c,d 1 1 1 1 1 1 1 1 1 1 1 1
// 1 ǅx 1 1 1 1 1 1 1 1 1 1 1 1
// 1 héllo 1 1 1 1 1 1 1 1 1 1 1 1
// 2  1 1 0 0 1 1 1 1 0 0 1 1
// 2 a 1 2 1 1 1 2 1 2 1 1 1 2
// 2 a,b 2 2 2 2 2 2 2 2 2 2 2 2
// 2 a,b,c,d 2 2 2 2 2 2 2 2 2 2 2 2
// 2 ǅx 1 2 2 2 1 2 1 2 2 2 1 2
// 2 héllo 1 2 2 2 1 2 1 2 2 2 1 2
// 3  1 1 0 0 1 1 1 1 0 0 1 1
// 3 a 1 2 1 1 1 2 1 2 1 1 1 2
// 3 a,b 2 3 3 3 2 3 2 3 3 3 2 3
// 3 a,b,c,d 3 3 3 3 3 3 3 3 3 3 3 3
// 3 ǅx 1 3 2 2 1 3 1 3 2 3 1 3
// 3 héllo 1 3 3 3 1 3 1 3 3 3 1 3
// 10  1 1 0 0 1 1 1 1 0 0 1 1
// 10 a 1 2 1 1 1 2 1 2 1 1 1 2
// 10 a,b 2 4 3 3 2 4 2 4 3 3 2 4
// 10 a,b,c,d 4 8 7 7 4 8 4 8 7 7 4 8
// 10 ǅx 1 4 2 2 1 4 1 4 2 3 1 4
// 10 héllo 1 7 5 5 1 7 1 7 5 6 1 7
// 2 3 2 2
