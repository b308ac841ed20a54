package main

import "fmt"

func main() {
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%s|%v|%q\n", "only")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("no verbs\n", 3)
	fmt.Printf("%d\n", 1, "two", 3.0)
	fmt.Printf("%d %s\n")
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%!\n")
	s := fmt.Sprintf("%[3]d %[1]d", 1, 2)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("x", nil))
}

// Output:
// 1 %!d(MISSING)
// only|%!v(MISSING)|%!q(MISSING)
// 1
// %!(EXTRA int=2)no verbs
// %!(EXTRA int=3)1
// %!(EXTRA string=two, float64=3)%!d(MISSING) %!s(MISSING)
// trailing %!(NOVERB)
// %!!(MISSING)
// %!d(BADINDEX) 1
// x%!(EXTRA <nil>)
