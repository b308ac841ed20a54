package main

import "fmt"

var ones = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

func words(n int) string {
	switch {
	case n < 0:
		return "minus " + words(-n)
	case n < 20:
		return ones[n]
	case n < 100:
		if n%10 == 0 {
			return tens[n/10]
		}
		return tens[n/10] + "-" + ones[n%10]
	case n < 1000:
		if n%100 == 0 {
			return ones[n/100] + " hundred"
		}
		return ones[n/100] + " hundred and " + words(n%100)
	case n < 1000000:
		if n%1000 == 0 {
			return words(n/1000) + " thousand"
		}
		return words(n/1000) + " thousand " + words(n%1000)
	}
	return "lots"
}

func main() {
	for _, n := range []int{0, 7, 13, 20, 42, 100, 115, 999, 1000, 2024, 123456, -8, 5000000} {
		fmt.Printf("%d: %s\n", n, words(n))
	}
}

// Output:
// 0: zero
// 7: seven
// 13: thirteen
// 20: twenty
// 42: forty-two
// 100: one hundred
// 115: one hundred and fifteen
// 999: nine hundred and ninety-nine
// 1000: one thousand
// 2024: two thousand twenty-four
// 123456: one hundred and twenty-three thousand four hundred and fifty-six
// -8: minus eight
// 5000000: lots
