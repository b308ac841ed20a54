package main

import "fmt"

func main() {
	var primes []int
next:
	for n := 2; n < 40; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)
rows:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				fmt.Println()
				continue rows
			}
			fmt.Print(i*j, ";")
		}
		fmt.Println("end")
	}
}

// Output:
// [2 3 5 7 11 13 17 19 23 29 31 37]
// 0;
// 0;1;
// 0;2;4;
// 0;3;6;9;end
