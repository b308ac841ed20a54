package main

// Go evaluates the calls of an expression (and receives, len, slicing,
// && and ||...) into temporaries first, left to right, and the rest after
// them: a package variable read beside a call that changes it is read
// after the call, and an index that panics does so after every call of
// the expression has run (cmd/compile's order; found by the differential
// fuzzer).
import "fmt"

var x = 1
var s = ""
var a = []int{1, 2, 3}

func f() int { x = 10; return 1 }
func g() int { fmt.Println("g"); return 0 }
func h() int { a = nil; return 0 }

func try(name string, fn func()) {
	defer func() { fmt.Println(name, recover()) }()
	fn()
}

func main() {
	fmt.Println(x + f())
	x = 1
	fmt.Println(x+f(), x)
	try("string index", func() { fmt.Println(s[g()], g()) })
	try("slice index", func() { fmt.Println(a[0] + h()) })
	a = []int{1, 2, 3}
	n := 0
	count := func() int { n++; return n }
	fmt.Println(n, count(), n+count())
	try("int arg", func() { fmt.Println(a[2], h()) })
}

// Output:
// 11
// 11 10
// g
// string index runtime error: index out of range [0] with length 0
// slice index runtime error: index out of range [0] with length 0
// 2 1 4
// int arg runtime error: index out of range [2] with length 0
