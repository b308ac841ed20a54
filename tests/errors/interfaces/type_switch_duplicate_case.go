package main

func main() {
	var x interface{} = 1
	switch x.(type) {
	case int:
		println("int")
	case string, int:
		println("other")
	}
}

// Error:
// 8:15: duplicate case int in type switch
// 	6:7: previous case
