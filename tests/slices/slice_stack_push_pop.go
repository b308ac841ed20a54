package main

import "fmt"

func main() {
	var stack []string
	stack = append(stack, "a")
	stack = append(stack, "b")
	stack = append(stack, "c")
	fmt.Println(stack, len(stack))
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Println("pop", top, len(stack))
	}
	fmt.Println(stack == nil, stack)
	q := []int{1, 2, 3}
	for len(q) > 0 {
		fmt.Print(q[0], " ")
		q = q[1:]
	}
	fmt.Println(len(q))
}

// Output:
// [a b c] 3
// pop c 2
// pop b 1
// pop a 0
// false []
// 1 2 3 0
