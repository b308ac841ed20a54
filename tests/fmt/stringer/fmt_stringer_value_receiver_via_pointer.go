package main

import "fmt"

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

func main() {
	v := Version{1, 19}
	p := &v
	fmt.Println(v, p)
	fmt.Printf("%v %s %+v\n", p, p, p)
	pp := &p
	fmt.Printf("%T\n", pp)
	var np *Version
	fmt.Println(np)
	fmt.Printf("[%v] [%s]\n", np, np)
}

// Output:
// v1.19 v1.19
// v1.19 v1.19 v1.19
// **main.Version
// <nil>
// [<nil>] [<nil>]
