package main

import "fmt"

type Num int

func (n Num) String() string { return fmt.Sprintf("#%d", int(n)) }

type Name string

func (n Name) String() string { return "@" + string(n) }

func main() {
	fmt.Println(fmt.Sprint(Num(1), Num(2)))
	fmt.Println(fmt.Sprint(Name("a"), Name("b")))
	fmt.Println(fmt.Sprint(Num(1), Name("b"), Num(3)))
	fmt.Println(fmt.Sprint("x", Num(1), "y"))
	fmt.Println(fmt.Sprint(1, Num(2), 3))
	fmt.Println(fmt.Sprintln(Name("a"), Name("b")) == "@a @b\n")
}

// Output:
// #1 #2
// @a@b
// #1@b#3
// x#1y
// 1 #2 3
// true
