package main

import "fmt"

func isPal(s string) bool {
	r := []rune(s)
	for i := 0; i < len(r)/2; i++ {
		if r[i] != r[len(r)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	for _, s := range []string{"racecar", "abba", "abc", "", "x", "été", "世界世", "ab😀ba"} {
		fmt.Println(s, isPal(s))
	}
}

// Output:
// racecar true
// abba true
// abc false
//  true
// x true
// été true
// 世界世 true
// ab😀ba true
