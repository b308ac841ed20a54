package main

import "fmt"

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(indexOf("chicken", "ken"))
	fmt.Println(indexOf("chicken", "dmr"))
	fmt.Println(indexOf("chicken", ""))
	fmt.Println(indexOf("héllo", "llo"))
	fmt.Println(indexOf("aaa", "aa"))
	s := "key=value"
	i := indexOf(s, "=")
	fmt.Println(s[:i], s[i+1:])
}

// Output:
// 4
// -1
// 0
// 3
// 0
// key value
