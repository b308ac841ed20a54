package main

import "fmt"

func main() {
	i := 0
	for {
		i++
		if i*i > 50 {
			break
		}
	}
	fmt.Println(i)
	total := 0
	n := 0
	for {
		n++
		if n%2 == 0 {
			continue
		}
		total += n
		if n >= 9 {
			break
		}
	}
	fmt.Println(total, n)
	for {
		fmt.Println("once")
		break
	}
}

// Output:
// 8
// 25 9
// once
