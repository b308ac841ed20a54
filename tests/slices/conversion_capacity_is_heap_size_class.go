package main

// A string converted to []byte or []rune gets the capacity of a Go heap
// allocation: the length rounded up to a size class (here the slices
// escape to package variables, so Go allocates them on the heap too).
import "fmt"
var sink []rune
var bsink []byte

func main() {
	for _, s := range []string{"", "a", "ab", "abc", "abcdefghi", "日本語", "0123456789012345678901234567890123456789"} {
		r := []rune(s)
		b := []byte(s)
		sink, bsink = r, b
		fmt.Println(len(r), cap(r), len(b), cap(b))
	}
}

// Output:
// 0 0 0 0
// 1 2 1 8
// 2 2 2 8
// 3 4 3 8
// 9 12 9 16
// 3 4 9 16
// 40 40 40 48
