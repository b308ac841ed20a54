package main

import "fmt"

type P struct{ X int }

func main() {
	p := P{1}
	fmt.Println(p, p)
	fmt.Print(p, p, "\n")
	fmt.Print("a", p, "b", "\n")
	fmt.Print(1, 2, p, "\n")
	s := fmt.Sprint(p, 3, "z", p)
	fmt.Println(s)
	s2 := fmt.Sprintln(p, "end")
	fmt.Print(s2)
	fmt.Println(len(s2))
}

// Output:
// {1} {1}
// {1} {1}
// a{1}b
// 1 2 {1}
// {1} 3z{1}
// {1} end
// 8
