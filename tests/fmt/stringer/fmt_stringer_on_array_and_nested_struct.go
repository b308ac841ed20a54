package main

import "fmt"

type Bit bool

func (b Bit) String() string {
	if b {
		return "1"
	}
	return "0"
}

type Byte [4]Bit

type Reg struct {
	Name string
	Val  Byte
	Ptr  *Byte
}

func main() {
	b := Byte{true, false, true, true}
	fmt.Println(b)
	fmt.Printf("%v %s\n", b, b)
	r := Reg{"r0", b, nil}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
	fmt.Println([]Byte{{}, b})
	fmt.Printf("%t\n", b)
}

// Output:
// [1 0 1 1]
// [1 0 1 1] [1 0 1 1]
// {r0 [1 0 1 1] <nil>}
// {Name:r0 Val:[1 0 1 1] Ptr:<nil>}
// [[0 0 0 0] [1 0 1 1]]
// [true false true true]
