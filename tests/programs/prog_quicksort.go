package main

import "fmt"

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	pivot := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < pivot {
			i++
		}
		for a[j] > pivot {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func main() {
	data := []int{38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 27}
	quicksort(data)
	fmt.Println(data)
	seed := 12345
	var big []int
	for i := 0; i < 2000; i++ {
		seed = (seed*1103515245 + 12345) % 2147483648
		big = append(big, seed%1000)
	}
	quicksort(big)
	ok := true
	for i := 1; i < len(big); i++ {
		if big[i-1] > big[i] {
			ok = false
		}
	}
	fmt.Println(ok, big[0], big[len(big)-1], big[1000])
}

// Output:
// [-5 0 3 3 9 10 27 27 38 43 82]
// true 0 999 507
