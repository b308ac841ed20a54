package main

import "fmt"

func typeName(v interface{}) string {
	switch v.(type) {
	case int, int64:
		return "integer"
	case string:
		return "text"
	case nil:
		return "nothing"
	case func():
		return "thunk"
	case error:
		return "error"
	}
	return "unknown"
}

func main() {
	fmt.Println(typeName(1), typeName(int64(2)), typeName("x"))
	fmt.Println(typeName(nil), typeName(func() {}), typeName(func(int) {}))
	fmt.Println(typeName(fmt.Errorf("e")), typeName(3.0))
}

// Output:
// integer integer text
// nothing thunk unknown
// error unknown
