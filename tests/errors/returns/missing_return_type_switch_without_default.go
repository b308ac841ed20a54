package main

func kind(x interface{}) string {
	switch x.(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
}

func main() {
	println(kind(1))
}

// Error:
// 10:1: missing return
