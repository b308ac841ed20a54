package main

import "fmt"

func main() {
	fmt.Println([]int{1, 2, 3})
	fmt.Println([]string{"a", "b c", ""})
	fmt.Println([]float64{1, 2.5, 1e21})
	fmt.Println([]bool{true, false})
	fmt.Println([][]int{{1}, {2, 3}, {}})
	fmt.Printf("%v|%d\n", []int{4, 5}, []int{4, 5})
	fmt.Printf("%q\n", []string{"x", "y"})
	fmt.Println([]rune("ab"), []byte("ab"))
	fmt.Printf("%s\n", []string{"p", "q"})
	fmt.Println(len([][]string{{"a"}, nil}), [][]string{{"a"}, nil})
}

// Output:
// [1 2 3]
// [a b c ]
// [1 2.5 1e+21]
// [true false]
// [[1] [2 3] []]
// [4 5]|[4 5]
// ["x" "y"]
// [97 98] [97 98]
// [p q]
// 2 [[a] []]
