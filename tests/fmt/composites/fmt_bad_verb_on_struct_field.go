package main

import "fmt"

type Rec struct {
	N int
	S string
	B bool
}

func main() {
	r := Rec{42, "hi", true}
	fmt.Printf("%d\n", r)
	fmt.Printf("%s\n", r)
	fmt.Printf("%t\n", r)
	fmt.Printf("%x\n", r)
	fmt.Printf("%q\n", Rec{10, "q", false})
	fmt.Printf("%v\n", r)
}

// Output:
// {42 %!d(string=hi) %!d(bool=true)}
// {%!s(int=42) hi %!s(bool=true)}
// {%!t(int=42) %!t(string=hi) true}
// {2a 6869 %!x(bool=true)}
// {'\n' "q" %!q(bool=false)}
// {42 hi true}
