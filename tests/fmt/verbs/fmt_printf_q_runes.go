package main

import "fmt"

func main() {
	fmt.Printf("%q\n", 'a')
	fmt.Printf("%q\n", '\'')
	fmt.Printf("%q\n", '"')
	fmt.Printf("%q\n", '\n')
	fmt.Printf("%q\n", 'é')
	fmt.Printf("%q\n", '世')
	fmt.Printf("%q\n", []rune("ab"))
	var b byte = 'x'
	fmt.Printf("%q\n", b)
}

// Output:
// 'a'
// '\''
// '"'
// '\n'
// 'é'
// '世'
// ['a' 'b']
// 'x'
