package main

func main() {
	var v interface{} = 1
	switch x := v.(type) {
	case int:
		println("int")
	case string:
		println("string")
	}
}

// Error:
// 5:9: x declared but not used
