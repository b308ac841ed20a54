package main

import "fmt"

type Inner struct {
	Name string
	Size int
}

func (i Inner) Describe() string { return fmt.Sprintf("inner %s %d", i.Name, i.Size) }

type Outer struct {
	Inner
	Name string
}

func main() {
	o := Outer{Inner{"in", 5}, "out"}
	fmt.Println(o.Name)
	fmt.Println(o.Inner.Name)
	fmt.Println(o.Size)
	o.Name = "OUT"
	o.Inner.Name = "IN"
	fmt.Println(o.Name, o.Inner.Name)
	fmt.Println(o.Describe())
	fmt.Printf("%+v\n", o)
}

// Output:
// out
// in
// 5
// OUT IN
// inner IN 5
// {Inner:{Name:IN Size:5} Name:OUT}
