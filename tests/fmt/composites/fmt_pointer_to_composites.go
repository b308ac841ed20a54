package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	t := &T{1, "x"}
	fmt.Println(t)
	fmt.Printf("%v %+v\n", t, t)
	fmt.Printf("%#v\n", t)
	s := &[]int{1, 2}
	fmt.Println(s)
	m := &map[string]int{"a": 1}
	fmt.Println(m)
	a := &[2]string{"p", "q"}
	fmt.Println(a)
	fmt.Printf("%d %s\n", &T{2, "y"}, &T{3, "z"})
	pp := &struct{ X []int }{[]int{9}}
	fmt.Printf("%+v\n", pp)
}

// Output:
// &{1 x}
// &{1 x} &{A:1 B:x}
// &main.T{A:1, B:"x"}
// &[1 2]
// &map[a:1]
// &[p q]
// &{2 %!d(string=y)} &{%!s(int=3) z}
// &{X:[9]}
