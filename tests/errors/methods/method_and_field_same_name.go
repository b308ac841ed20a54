package main

type T struct {
	Size int
}

func (t T) Size() int { return 1 }

func main() {
	println(T{}.Size)
}

// Error:
// 7:12: field and method with the same name Size
// 	4:2: other declaration of Size
