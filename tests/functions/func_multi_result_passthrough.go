package main

import "fmt"

func pair() (int, int) { return 3, 4 }

func add(a, b int) int { return a + b }

func swap(a, b int) (int, int) { return b, a }

func three() (string, int, bool) { return "s", 1, true }

func main() {
	fmt.Println(add(pair()))
	fmt.Println(swap(pair()))
	fmt.Println(add(swap(swap(pair()))))
	fmt.Println(three())
	fmt.Println(pair())
	s := fmt.Sprint(pair())
	fmt.Println(s)
}

// Output:
// 7
// 4 3
// 7
// s 1 true
// 3 4
// 3 4
