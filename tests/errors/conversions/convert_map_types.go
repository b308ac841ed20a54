package main

func main() {
	m := map[string]int{}
	n := map[string]string(m)
	println(len(n))
}

// Error:
// 5:25: cannot convert m (variable of type map[string]int) to type map[string]string
