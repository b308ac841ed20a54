package main

import (
	"fmt"
)

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("10 20 hello 3.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscan("  7\n 8", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", &a, &b)
	fmt.Println(n, err)
	var h, m int
	n, err = fmt.Sscanf("12:34", "%d:%d", &h, &m)
	fmt.Println(n, err, h, m)
	var name string
	var age int
	n, err = fmt.Sscanf("name=bob age=42", "name=%s age=%d", &name, &age)
	fmt.Println(n, err, name, age)
	var x int
	n, err = fmt.Sscanf("ff", "%x", &x)
	fmt.Println(n, err, x)
	var ok bool
	var r rune
	n, err = fmt.Sscanf("true Z", "%t %c", &ok, &r)
	fmt.Println(n, err, ok, string(r))
	n, err = fmt.Sscanf("abc", "%d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1-2", "%d+%d", &h, &m)
	fmt.Println(n, err)
	var q string
	n, err = fmt.Sscanf(`"hi there"`, "%q", &q)
	fmt.Println(n, err, q)
	var line string
	var k int
	for {
		c, err := fmt.Scan(&line, &k)
		if err != nil {
			fmt.Println("scan end:", c, err)
			break
		}
		fmt.Println("got", line, k)
	}
}

// Stdin:
// a 1
// b
// 2 c 3
// Output:
// 4 <nil> 10 20 hello 3.5
// 2 <nil> 7 8
// 2 <nil> 1 2
// 1 unexpected newline 1 2
// 0 expected integer
// 0 EOF
// 1 EOF
// 2 <nil> 12 34
// 2 <nil> bob 42
// 1 <nil> 255
// 2 <nil> true Z
// 0 expected integer
// 1 input does not match format
// 1 <nil> hi there
// got a 1
// got b 2
// got c 3
// scan end: 0 EOF
