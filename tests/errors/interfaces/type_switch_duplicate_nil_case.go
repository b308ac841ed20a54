package main

func main() {
	var x interface{}
	switch x.(type) {
	case nil:
		println("nil")
	case nil:
		println("again")
	}
}

// Error:
// 8:7: duplicate case nil in type switch
// 	6:7: previous case
