package main

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func main() {
	rest := []int{2, 3}
	println(sum(1, rest...))
}

// Error:
// 13:17: too many arguments in call to sum
// 	have (number, []int)
// 	want (...int)
