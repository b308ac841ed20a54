package main

import "fmt"

func main() {
	s := "aé世"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println(len(s))
	for i, r := range s {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(len([]rune(s)))
	fmt.Println(s[1:3], s[3:])
	fmt.Println(string(s[1]) == "é")
}

// Output:
// 97 195 169 228 184 150 6
// 0:97 1:233 3:19990 3
// é 世
// false
