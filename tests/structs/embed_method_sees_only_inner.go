package main

import "fmt"

type Inner struct{ Val int }

func (i Inner) Show() string { return fmt.Sprint("inner val=", i.Val) }

func (i *Inner) Set(v int) { i.Val = v }

type Outer struct {
	Inner
	Val int
}

func main() {
	o := Outer{Inner{1}, 2}
	fmt.Println(o.Show())
	o.Set(5)
	fmt.Println(o.Val, o.Inner.Val)
	fmt.Println(o.Show())
	o.Val = 100
	fmt.Println(o.Show(), o.Val)
}

// Output:
// inner val=1
// 2 5
// inner val=5
// inner val=5 100
