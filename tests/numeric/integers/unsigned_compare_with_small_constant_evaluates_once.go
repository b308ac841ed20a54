package main

// An unsigned operand compared with a small constant (< > <= >=) is
// evaluated once: the compiler used to emit it, find no unsigned form of
// the immediate comparison, and emit it again (found by the differential
// fuzzer: a function literal in an if condition ran twice).
import "fmt"

func f() uint64 { fmt.Println("f"); return 685 }
func g() uint8  { fmt.Println("g"); return 5 }

type Code uint32

func main() {
	if f() > 9 {
		fmt.Println("a")
	}
	fmt.Println(f() >= 9, f() <= 9)
	if g() < 3 {
		fmt.Println("b")
	}
	if 9 < f() {
		fmt.Println("c")
	}
	if func() Code { fmt.Println("lit"); return 685 }() > 9 {
		fmt.Println("d")
	}
	n := 0
	for i := uint(0); func() uint { n++; return i }() < 3; i++ {
	}
	fmt.Println(n)
}

// Output:
// f
// a
// f
// f
// true false
// g
// f
// c
// lit
// d
// 4
