package main

import "fmt"

func main() {
	c := 1 + 2i
	fmt.Printf("%d %s %q %c %t\n", c, c, c, c, c)
	fmt.Printf("%d\n", complex64(c))
	fmt.Printf("%v %v\n", c)
	fmt.Printf("%v\n", c, 3i)
	fmt.Printf("%p\n", c)
}

// Output:
// %!d(complex128=(1+2i)) %!s(complex128=(1+2i)) %!q(complex128=(1+2i)) %!c(complex128=(1+2i)) %!t(complex128=(1+2i))
// %!d(complex64=(1+2i))
// (1+2i) %!v(MISSING)
// (1+2i)
// %!(EXTRA complex128=(0+3i))%!p(complex128=(1+2i))
