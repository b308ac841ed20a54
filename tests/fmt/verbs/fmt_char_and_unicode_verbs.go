package main

import "fmt"

func main() {
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%c|%c|%c\n", 65, 0x4e16, 'é')
	fmt.Printf("%U\n", 'A')
	fmt.Printf("%U %U\n", '世', 0x1F600)
	fmt.Printf("%#U\n", '世')
	fmt.Printf("%#U\n", 'x')
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	for i, r := range "héj" {
		fmt.Printf("%d:%c=%d=%U|", i, r, r, r)
	}
	fmt.Println()
	fmt.Printf("%v %d %c\n", 'z', 'z', 'z')
}

// Output:
// Go!
// A|世|é
// U+0041
// U+4E16 U+1F600
// U+4E16 '世'
// U+0078 'x'
//   a|b  |
// 0:h=104=U+0068|1:é=233=U+00E9|3:j=106=U+006A|
// 122 122 z
