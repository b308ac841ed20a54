package main

import "fmt"

func main() {
	parent := []int{1, 2, 3, 4, 5}
	head := parent[:2]
	head = append(head, 100)
	fmt.Println(parent)
	fmt.Println(head, len(head), cap(head))
	head = append(head, 200, 300)
	fmt.Println(parent)
	head = append(head, 400)
	head[0] = -1
	fmt.Println(parent)
	fmt.Println(head)
}

// Output:
// [1 2 100 4 5]
// [1 2 100] 3 5
// [1 2 100 200 300]
// [1 2 100 200 300]
// [-1 2 100 200 300 400]
