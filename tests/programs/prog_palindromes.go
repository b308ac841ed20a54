package main

import (
	"fmt"
	"strings"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToUpper(s) {
		if (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func isNumPalindrome(n int) bool {
	rev, orig := 0, n
	for n > 0 {
		rev = rev*10 + n%10
		n /= 10
	}
	return rev == orig
}

func main() {
	for _, s := range []string{"racecar", "A man, a plan, a canal: Panama", "hello", "", "No lemon, no melon", "ab"} {
		fmt.Printf("%q %t\n", s, isPalindrome(s))
	}
	count := 0
	for i := 1; i < 1000; i++ {
		if isNumPalindrome(i) {
			count++
		}
	}
	fmt.Println(count, isNumPalindrome(12321), isNumPalindrome(1232))
}

// Output:
// "racecar" true
// "A man, a plan, a canal: Panama" true
// "hello" false
// "" true
// "No lemon, no melon" true
// "ab" false
// 108 true false
