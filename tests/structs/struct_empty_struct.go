package main

import "fmt"

type Unit struct{}

func main() {
	set := map[string]struct{}{}
	for _, w := range []string{"a", "b", "a", "c", "b"} {
		set[w] = struct{}{}
	}
	fmt.Println(len(set))
	_, ok := set["c"]
	fmt.Println(ok)
	var u Unit
	fmt.Println(u, Unit{} == u)
	fmt.Printf("%v %+v %#v\n", u, u, u)
	fmt.Println(set)
	fmt.Printf("%T\n", struct{}{})
}

// Output:
// 3
// true
// {} true
// {} {} main.Unit{}
// map[a:{} b:{} c:{}]
// struct {}
