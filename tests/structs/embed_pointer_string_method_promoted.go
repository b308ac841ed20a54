package main

import "fmt"

type Inner struct{ N int }

func (i *Inner) String() string { return fmt.Sprintf("Inner<%d>", i.N) }

type ByPtr struct {
	*Inner
}

type ByVal struct {
	Inner
}

func main() {
	p := ByPtr{&Inner{1}}
	fmt.Println(p)
	fmt.Println(&p)
	v := ByVal{Inner{2}}
	fmt.Println(v)
	fmt.Println(&v)
	fmt.Printf("%+v\n", v)
	fmt.Println(v.String(), p.String())
}

// Output:
// Inner<1>
// Inner<1>
// {{2}}
// Inner<2>
// {Inner:{N:2}}
// Inner<2> Inner<1>
