package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	for i, v := range &arr {
		if i == 0 {
			arr[2] = 300
			arr[3] = 400
		}
		fmt.Println(i, v)
	}
	p := &arr
	sum := 0
	for _, v := range p {
		sum += v
	}
	fmt.Println(sum)
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(arr)
}

// Output:
// 0 1
// 1 2
// 2 300
// 3 400
// 703
// [2 4 600 800]
