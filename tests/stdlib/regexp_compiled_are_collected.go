package main

import (
	"fmt"
	"regexp"
	"runtime"
)

func main() {
	// Each Regexp holds an RE2 program outside the collected heap; its
	// finalizer frees it, so compiling many in a loop stays small.
	n := 0
	for i := 0; i < 20000; i++ {
		re := regexp.MustCompile(fmt.Sprintf(`(a|b)*c{%d}[x-z]+`, i%50+1))
		if re.MatchString("abccz") {
			n++
		}
		if i%5000 == 0 {
			runtime.GC()
		}
	}
	fmt.Println(n)
}

// Output:
// 800
