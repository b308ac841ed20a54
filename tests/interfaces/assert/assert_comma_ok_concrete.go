package main

import "fmt"

func main() {
	vals := []interface{}{7, "seven", 7.0, int32(7), nil, []int{7}}
	for _, v := range vals {
		if n, ok := v.(int); ok {
			fmt.Println("int", n)
		} else if s, ok := v.(string); ok {
			fmt.Println("string", s)
		} else if f, ok := v.(float64); ok {
			fmt.Println("float64", f)
		} else {
			fmt.Printf("other %T\n", v)
		}
	}
}

// Output:
// int 7
// string seven
// float64 7
// other int32
// other <nil>
// other []int
