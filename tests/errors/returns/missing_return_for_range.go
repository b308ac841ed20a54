package main

func first(s []int) int {
	for _, v := range s {
		return v
	}
}

func main() {
	println(first([]int{1}))
}

// Error:
// 7:1: missing return
