package main

import "fmt"

func main() {
	fmt.Println(len(""))
	fmt.Println(len("abc"))
	fmt.Println(len("é"))
	fmt.Println(len("世界"))
	fmt.Println(len("😀"))
	fmt.Println(len([]rune("héllo, 世界")))
	fmt.Println(len("héllo, 世界"))
	s := "a\tb\n"
	fmt.Println(len(s))
	fmt.Println(len(`a\tb`))
}

// Output:
// 0
// 3
// 2
// 6
// 4
// 9
// 14
// 4
// 4
