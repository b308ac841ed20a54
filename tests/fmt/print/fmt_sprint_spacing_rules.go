package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint("a", "b", "c"))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3))
	fmt.Println(fmt.Sprint(1, "a", 2))
	fmt.Println(fmt.Sprint(1.5, true, nil))
	fmt.Println(fmt.Sprint("x", true, false, "y"))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}))
	fmt.Println(fmt.Sprint('a', 'b'))
	fmt.Println(fmt.Sprint("", 1, ""))
	fmt.Println(fmt.Sprint())
	fmt.Print("p", 1, 2, "q", "\n")
	fmt.Print(3, 4, "\n")
	fmt.Println("[" + fmt.Sprint(nil, nil) + "]")
}

// Output:
// abc
// 1 2 3
// a1 2b3
// 1a2
// 1.5 true <nil>
// xtrue falsey
// [1] [2]
// 97 98
// 1
//
// p1 2q
// 3 4
// [<nil> <nil>]
