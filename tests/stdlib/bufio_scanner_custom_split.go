package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

func main() {
	// Comma-separated values; a bad number stops the scan with an error.
	sc := bufio.NewScanner(strings.NewReader("1,20,300,x,5"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	sum := 0
	for sc.Scan() {
		n, err := strconv.Atoi(sc.Text())
		if err != nil {
			fmt.Println(err)
			break
		}
		sum += n
	}
	fmt.Println(sum)
}

// Output:
// strconv.Atoi: parsing "x": invalid syntax
// 321
