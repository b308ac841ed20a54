package main

import "fmt"

type Word string

func (w Word) String() string { return "w:" + string(w) }

type Num int

func (n Num) String() string { return "n" }

func main() {
	w := Word("hi")
	fmt.Printf("%q\n", w)
	fmt.Printf("%x\n", w)
	fmt.Printf("%X\n", w)
	fmt.Printf("% x\n", w)
	fmt.Printf("%q %x\n", Num(255), Num(255))
	fmt.Printf("%d\n", Num(255))
	fmt.Println(string(w), len(w))
}

// Output:
// "w:hi"
// 773a6869
// 773A6869
// 77 3a 68 69
// "n" 6e
// 255
// hi 2
