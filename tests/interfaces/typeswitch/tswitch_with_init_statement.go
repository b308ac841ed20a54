package main

import "fmt"

func parse(s string) interface{} {
	switch s {
	case "true", "false":
		return s == "true"
	case "":
		return nil
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return s
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func main() {
	for _, in := range []string{"123", "true", "abc", "", "false", "07"} {
		switch v := parse(in); x := v.(type) {
		case int:
			fmt.Println(in, "-> int", x+1)
		case bool:
			fmt.Println(in, "-> bool", !x)
		case string:
			fmt.Println(in, "-> string", len(x))
		default:
			fmt.Println(in, "-> nothing", v == nil)
		}
	}
}

// Output:
// 123 -> int 124
// true -> bool false
// abc -> string 3
//  -> nothing true
// false -> bool true
// 07 -> int 8
