package main

import "fmt"

func main() {
	s := "naïve café"
	fmt.Println(len(s))
	rs := []rune(s)
	fmt.Println(len(rs))
	bs := []byte(s)
	fmt.Println(len(bs), bs[2], bs[3])
	fmt.Println(string(rs[2]), rs[2])
	fmt.Println(string(rs[6:]))
	fmt.Println(string(bs[:5]))
	rs[0] = 'N'
	fmt.Println(string(rs), s)
}

// Output:
// 12
// 10
// 12 195 175
// ï 239
// café
// naïv
// Naïve café naïve café
