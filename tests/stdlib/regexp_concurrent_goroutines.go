package main

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

var word = regexp.MustCompile(`(\w)(\w*)`)

func main() {
	text := strings.Repeat("the quick brown fox jumps over the lazy dog ", 50)
	results := make([]string, 8)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			n := 0
			for k := 0; k < 20; k++ {
				n += len(word.FindAllStringSubmatch(text, -1))
			}
			up := word.ReplaceAllStringFunc(text[:44], strings.ToUpper)
			results[i] = fmt.Sprint(i, n, up, word.MatchString(text))
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	// Compiling concurrently too.
	ch := make(chan int)
	for i := 0; i < 4; i++ {
		go func(i int) {
			re := regexp.MustCompile(fmt.Sprintf(`x{%d}`, i+1))
			ch <- len(re.FindAllString("xxxxxxxxxxxx", -1))
		}(i)
	}
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-ch
	}
	fmt.Println(sum)
}

// Output:
// 0 9000THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG true
// 1 9000THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG true
// 2 9000THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG true
// 3 9000THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG true
// 4 9000THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG true
// 5 9000THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG true
// 6 9000THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG true
// 7 9000THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG true
// 25
