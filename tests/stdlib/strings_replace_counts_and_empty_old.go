package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("oink", "oink", "moo", 0))
	fmt.Println(strings.ReplaceAll("oink oink", "o", "0"))
	fmt.Println(strings.Replace("héllo", "", "|", -1))
	fmt.Println(strings.Replace("héllo", "", "|", 2))
	fmt.Println(strings.Replace("", "", "|", -1))
}

// Output:
// oinky oinky oink
// moo moo moo
// oink
// 0ink 0ink
// |h|é|l|l|o|
// |h|éllo
// |
