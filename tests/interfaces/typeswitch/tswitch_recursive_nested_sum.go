package main

import "fmt"

func sum(v interface{}) float64 {
	switch x := v.(type) {
	case int:
		return float64(x)
	case float64:
		return x
	case []interface{}:
		t := 0.0
		for _, e := range x {
			t += sum(e)
		}
		return t
	case map[string]interface{}:
		t := 0.0
		for _, e := range x {
			t += sum(e)
		}
		return t
	}
	return 0
}

func main() {
	data := []interface{}{
		1, 2.5, "ignored",
		[]interface{}{10, []interface{}{100, 0.25}},
		map[string]interface{}{"a": 1000, "b": []interface{}{5}},
		nil,
	}
	fmt.Println(sum(data))
	fmt.Println(sum(data[3]))
	fmt.Println(sum(data[4]))
	fmt.Println(sum("x"))
}

// Output:
// 1118.75
// 110.25
// 1005
// 0
