package examples

import (
	"fmt"
	"testing"
)

func TestFirst(t *testing.T) { t.Log("tests run before examples") }

func ExampleGreet() {
	Greet("gosh")
	// Output: hello, gosh
}

func ExampleGreet_lines() {
	Greet("a")
	Greet("b")
	// Output:
	// hello, a
	// hello, b
}

func ExampleUnordered() {
	for _, s := range []string{"c", "a", "b"} {
		fmt.Println(s)
	}
	// Unordered output:
	// a
	// b
	// c
}

func ExampleWrong() {
	fmt.Println("what it prints")
	fmt.Println("  spaces \"quoted\" \\ end  ")
	// Output:
	// what it says
}

func ExampleNoOutput() {
	fmt.Println("compiled, never run")
}
