package main

import "fmt"

func f(s string) string { fmt.Println("called", s); return s }

func g() [2]int { fmt.Println("g called"); return [2]int{} }

func main() {
	var e []string
	for i := range [2]string{f("a"), e[0]} {
		fmt.Println(i)
	}
	for range [1]string{f("b")} {
	}
	for i := range g() {
		fmt.Println("g", i)
	}
	var p *[3]int
	for i := range p {
		fmt.Println("p", i)
	}
	for i, _ := range [1]string{f("c")} {
		fmt.Println("c", i)
	}
	ch := make(chan int, 1)
	ch <- 1
	for i := range [1]int{<-ch} {
		fmt.Println("ch", i, len(ch))
	}
}

// Output:
// called a
// 0
// 1
// called b
// g called
// g 0
// g 1
// p 0
// p 1
// p 2
// called c
// c 0
// ch 0 0
