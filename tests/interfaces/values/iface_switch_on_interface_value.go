package main

import "fmt"

func classify(v interface{}) string {
	switch v {
	case nil:
		return "nil"
	case 0:
		return "int zero"
	case "":
		return "empty string"
	case 1.5:
		return "one and a half"
	case true:
		return "true"
	}
	return fmt.Sprintf("other %v", v)
}

func main() {
	vals := []interface{}{nil, 0, int64(0), "", 1.5, float32(1.5), true, "x", 0.0}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
}

// Output:
// nil
// int zero
// other 0
// empty string
// one and a half
// other 1.5
// true
// other x
// other 0
