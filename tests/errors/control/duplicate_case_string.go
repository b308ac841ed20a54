package main

func main() {
	s := "b"
	switch s {
	case "a":
		println(1)
	case "b":
		println(2)
	case "a":
		println(3)
	}
}

// Error:
// 10:7: duplicate case "a" (constant of type string) in expression switch
// 	6:7: previous case
