package main

import "fmt"

type Both struct{ n int }

func (b Both) Error() string  { return fmt.Sprintf("error-%d", b.n) }
func (b Both) String() string { return fmt.Sprintf("string-%d", b.n) }

type Holder struct {
	B Both
}

func main() {
	b := Both{1}
	fmt.Println(b)
	fmt.Printf("%v %s %q\n", b, b, b)
	fmt.Println([]Both{{2}, {3}})
	fmt.Println(Holder{Both{4}})
	fmt.Println(b.String())
	var s fmt.Stringer = b
	fmt.Println(s)
}

// Output:
// error-1
// error-1 error-1 "error-1"
// [error-2 error-3]
// {error-4}
// string-1
// error-1
