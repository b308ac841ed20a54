package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

func main() {
	input := "short\n" + strings.Repeat("x", 70000) + "\nafter\n"
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
	fmt.Println(errors.Is(sc.Err(), bufio.ErrTooLong))
}

// Output:
// 5
// bufio.Scanner: token too long
// true
