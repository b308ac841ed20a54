package main

func main() {
	x := 5
	switch x.(type) {
	case int:
		println("int")
	}
}

// Error:
// 5:9: x (variable of type int) is not an interface
