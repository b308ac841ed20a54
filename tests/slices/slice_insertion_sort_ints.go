package main

import "fmt"

func isort(a []int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func main() {
	a := []int{5, 2, 9, 1, 5, 6, -3, 0}
	isort(a)
	fmt.Println(a)
	b := []int{}
	isort(b)
	fmt.Println(b)
	c := []int{3, 2, 1}
	isort(c[1:])
	fmt.Println(c)
}

// Output:
// [-3 0 1 2 5 5 6 9]
// []
// [3 1 2]
