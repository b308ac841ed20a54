package main

import "fmt"

func main() {
	a := struct {
		X int
		S string
	}{1, "one"}
	fmt.Printf("%#v\n", a)
	fmt.Printf("%+v\n", a)
	fmt.Printf("%#v\n", [3]string{"a", "b"})
	fmt.Printf("%#v\n", []struct{ N int }{{1}, {2}})
	fmt.Printf("%#v\n", struct{}{})
	fmt.Printf("%#v\n", [2]bool{})
	fmt.Printf("%#v\n", map[string][2]int{"k": {1, 2}})
}

// Output:
// struct { X int; S string }{X:1, S:"one"}
// {X:1 S:one}
// [3]string{"a", "b", ""}
// []struct { N int }{struct { N int }{N:1}, struct { N int }{N:2}}
// struct {}{}
// [2]bool{false, false}
// map[string][2]int{"k":[2]int{1, 2}}
