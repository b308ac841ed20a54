package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	input := "short\r\n" + strings.Repeat("L", 40) + "\nend"
	r := bufio.NewReaderSize(strings.NewReader(input), 16)
	fmt.Println(r.Size())
	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %v\n", line, isPrefix)
	}
}

// Output:
// 16
// "short" false
// "LLLLLLLLLLLLLLLL" true
// "LLLLLLLLLLLLLLLL" true
// "LLLLLLLL" false
// "end" false
// EOF
