package main

import "fmt"

var values = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var symbols = []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) string {
	out := ""
	for i, v := range values {
		for n >= v {
			out += symbols[i]
			n -= v
		}
	}
	return out
}

func fromRoman(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r := toRoman(n)
		fmt.Printf("%4d %-12s %d\n", n, r, fromRoman(r))
	}
	ok := true
	for i := 1; i < 4000; i++ {
		if fromRoman(toRoman(i)) != i {
			ok = false
		}
	}
	fmt.Println("roundtrip:", ok)
}

// Output:
//    1 I            1
//    4 IV           4
//    9 IX           9
//   14 XIV          14
//   40 XL           40
//   90 XC           90
//  400 CD           400
// 1994 MCMXCIV      1994
// 2024 MMXXIV       2024
// 3999 MMMCMXCIX    3999
// roundtrip: true
