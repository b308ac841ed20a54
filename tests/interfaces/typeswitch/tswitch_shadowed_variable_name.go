package main

import "fmt"

func main() {
	v := interface{}(10)
	switch v := v.(type) {
	case int:
		v += 5
		fmt.Println("inner int", v)
	}
	fmt.Println("outer still", v)
	items := []interface{}{"a", 2}
	for _, item := range items {
		switch item := item.(type) {
		case string:
			fmt.Println(item + item)
		case int:
			fmt.Println(item * item)
		}
	}
}

// Output:
// inner int 15
// outer still 10
// aa
// 4
