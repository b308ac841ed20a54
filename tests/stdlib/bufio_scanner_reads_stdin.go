package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	total := 0
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		total += len(strings.Fields(line))
		fmt.Println(strings.ToUpper(line))
	}
	fmt.Println("words:", total, sc.Err())
}

// Output:
// HELLO WORLD
// GOSH READS   STDIN
// LAST LINE
// words: 7 <nil>
// Stdin:
// hello world
//
//   gosh reads   stdin
// last line
