package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("hé\xff😀"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf(" %q", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("hé"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Printf(" %v", sc.Bytes())
	}
	fmt.Println()
}

// Output:
//  "h" "é" "�" "😀"
//  [104] [195] [169]
