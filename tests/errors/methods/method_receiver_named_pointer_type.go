package main

type IntPtr *int

func (p IntPtr) Get() int {
	return *p
}

func main() {
	println(1)
}

// Error:
// 5:7: invalid receiver type IntPtr (pointer or interface type)
