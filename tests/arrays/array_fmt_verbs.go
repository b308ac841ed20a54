package main

import "fmt"

func main() {
	a := [3]int{1, 22, 333}
	fmt.Printf("%v\n", a)
	fmt.Printf("%d\n", a)
	fmt.Printf("%#v\n", a)
	fmt.Printf("%3d|\n", a)
	fmt.Printf("%x\n", [2]int{255, 16})
	s := [2]string{"a b", "c"}
	fmt.Printf("%v %q %#v\n", s, s, s)
	f := [2]float64{1.5, 2}
	fmt.Printf("%v %.2f %#v\n", f, f, f)
	b := [2]bool{true, false}
	fmt.Printf("%v %#v\n", b, b)
	fmt.Println([0]int{}, [2][2]int{{1, 2}, {3, 4}})
	fmt.Printf("%#v\n", [2][2]int{{1, 2}, {3, 4}})
}

// Output:
// [1 22 333]
// [1 22 333]
// [3]int{1, 22, 333}
// [  1  22 333]|
// [ff 10]
// [a b c] ["a b" "c"] [2]string{"a b", "c"}
// [1.5 2] [1.50 2.00] [2]float64{1.5, 2}
// [true false] [2]bool{true, false}
// [] [[1 2] [3 4]]
// [2][2]int{[2]int{1, 2}, [2]int{3, 4}}
