package main

import "fmt"

type P struct{ X int }

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d\n", 3.5)
	fmt.Printf("%f\n", "str")
	fmt.Printf("%t\n", "yes")
	fmt.Printf("%s\n", P{7})
	fmt.Printf("%d\n", []string{"a", "b"})
	fmt.Printf("%s\n", &P{8})
	fmt.Printf("%d\n", nil)
	fmt.Printf("%z\n", 5)
	fmt.Printf("%s|%d\n", true, 'x')
	fmt.Printf("%x\n", true)
}

// Output:
// %!d(string=x)
// %!s(int=42)
// %!d(float64=3.5)
// %!f(string=str)
// %!t(string=yes)
// {%!s(int=7)}
// [%!d(string=a) %!d(string=b)]
// &{%!s(int=8)}
// %!d(<nil>)
// %!z(int=5)
// %!s(bool=true)|120
// %!x(bool=true)
