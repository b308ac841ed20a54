// runtime.Caller reports an absolute file name and the line of each call
// up the stack; past the last frame ok is false.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where(skip int) string {
	_, file, line, ok := runtime.Caller(skip)
	return fmt.Sprint(strings.HasPrefix(file, "/"), file[strings.LastIndex(file, "/")+1:], line, ok)
}

func outer() string { return where(2) }

func main() {
	fmt.Println(where(0))
	fmt.Println(where(1))
	fmt.Println(outer())
	_, file, line, ok := runtime.Caller(50)
	fmt.Printf("%q %d %v\n", file, line, ok)
}

// Output:
// trueruntime_caller_file_line.go12 true
// trueruntime_caller_file_line.go20 true
// trueruntime_caller_file_line.go21 true
// "" 0 false
