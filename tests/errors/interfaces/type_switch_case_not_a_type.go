package main

func main() {
	var x interface{} = 1
	n := 2
	switch x.(type) {
	case n:
		println("n")
	}
}

// Error:
// 7:7: n (variable of type int) is not a type
