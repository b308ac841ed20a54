package main

import "fmt"

type Celsius float64
type Word string
type Count int
type List []int

func main() {
	c := Celsius(36.6)
	fmt.Println(c)
	fmt.Printf("%v %.2f %T\n", c, c, c)
	w := Word("hi")
	fmt.Printf("%s %q %v %T\n", w, w, w, w)
	n := Count(5)
	fmt.Printf("%d %v %05d %T\n", n, n, n, n)
	l := List{3, 1}
	fmt.Println(l, len(l))
	fmt.Printf("%v %T\n", l, l)
	fmt.Println(Celsius(100) + c)
}

// Output:
// 36.6
// 36.6 36.60 main.Celsius
// hi "hi" hi main.Word
// 5 5 00005 main.Count
// [3 1] 2
// [3 1] main.List
// 136.6
