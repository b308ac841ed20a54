package main

import "fmt"

func main() {
	a := [5]int{1: 10, 3: 30}
	fmt.Println(a)
	b := [6]int{2: 7, 8, 9}
	fmt.Println(b)
	c := [5]string{4: "end", 0: "start"}
	fmt.Printf("%q\n", c)
	d := [...]int{3: 1, 1: 2}
	fmt.Println(len(d), d)
	e := [...]string{5: "x"}
	fmt.Println(len(e), e[5])
	f := [...]int{1, 2, 10: 3, 4}
	fmt.Println(len(f), f)
}

// Output:
// [0 10 0 30 0]
// [0 0 7 8 9 0]
// ["start" "" "" "" "end"]
// 4 [0 2 0 1]
// 6 x
// 12 [1 2 0 0 0 0 0 0 0 0 3 4]
