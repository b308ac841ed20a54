package main

func (p *[]int) Push(v int) {
	*p = append(*p, v)
}

func main() {
	println(1)
}

// Error:
// 3:7: invalid receiver type *[]int
