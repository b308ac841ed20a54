package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i, i*i)
		}(i)
	}
	wg.Wait()
	count, sum := 0, 0
	m.Range(func(k, v any) bool {
		count++
		sum += v.(int)
		return true
	})
	fmt.Println(count, sum)
	v, ok := m.Load(7)
	fmt.Println(v, ok)
	m.Delete(7)
	v, ok = m.Load(7)
	fmt.Println(v, ok)
}

// Output:
// 50 40425
// 49 true
// <nil> false
