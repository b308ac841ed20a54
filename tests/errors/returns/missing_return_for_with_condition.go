package main

func find(s []int) int {
	for i := 0; i < len(s); i++ {
		if s[i] > 0 {
			return i
		}
	}
}

func main() {
	println(find([]int{1}))
}

// Error:
// 9:1: missing return
