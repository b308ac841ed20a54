package main

import "fmt"

func main() {
	fmt.Printf("[%5d]\n", 42)
	fmt.Printf("[%-5d]\n", 42)
	fmt.Printf("[%05d]\n", 42)
	fmt.Printf("[%05d]\n", -42)
	fmt.Printf("[%2d]\n", 12345)
	fmt.Printf("[%-3d|%3d]\n", -1, -1)
	fmt.Printf("[%5d][%-5d]\n", 0, 0)
	fmt.Printf("[%03d:%02d]\n", 7, 5)
	for _, n := range []int{1, 10, 100, 1000} {
		fmt.Printf("%4d|%-4d|\n", n, n)
	}
}

// Output:
// [   42]
// [42   ]
// [00042]
// [-0042]
// [12345]
// [-1 | -1]
// [    0][0    ]
// [007:05]
//    1|1   |
//   10|10  |
//  100|100 |
// 1000|1000|
