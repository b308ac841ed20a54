package main

func main() {
	var a [3]int
	a = [4]int{1, 2, 3, 4}
	println(a[0])
}

// Error:
// 5:6: cannot use [4]int{…} (value of type [4]int) as type [3]int in assignment
