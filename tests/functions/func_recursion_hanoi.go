package main

import "fmt"

var moves int

func hanoi(n int, from, to, via string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to)
	moves++
	fmt.Printf("move disk %d %s -> %s\n", n, from, to)
	hanoi(n-1, via, to, from)
}

func count(n int) int {
	if n == 0 {
		return 0
	}
	return 2*count(n-1) + 1
}

func main() {
	hanoi(3, "A", "C", "B")
	fmt.Println("moves:", moves)
	fmt.Println(count(10), count(20))
}

// Output:
// move disk 1 A -> C
// move disk 2 A -> B
// move disk 1 C -> B
// move disk 3 A -> C
// move disk 1 B -> A
// move disk 2 B -> C
// move disk 1 A -> C
// moves: 7
// 1023 1048575
