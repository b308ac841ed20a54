package main

var total = sum()

func sum() int { return add(1) }

func add(n int) int { return total + n }

func main() {
	println(total)
}

// Error:
// 3:5: initialization loop for total
// 	3:5: total refers to
// 	5:6: sum refers to
// 	7:6: add refers to
// 	3:5: total
