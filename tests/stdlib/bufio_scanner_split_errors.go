package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("data"))
	sc.Split(func([]byte, bool) (int, []byte, error) { return 0, nil, errors.New("boom") })
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("data"))
	sc.Split(func(d []byte, _ bool) (int, []byte, error) { return len(d) + 1, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("data"))
	sc.Split(func([]byte, bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
}

// Output:
// false boom
// false bufio.Scanner: SplitFunc returns advance count beyond input
// false bufio.Scanner: SplitFunc returns negative advance count
