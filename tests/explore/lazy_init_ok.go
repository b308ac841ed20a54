// lazy_init's twin: sync.Once runs the load exactly once, and every
// caller waits for it to finish.
package main

import (
	"fmt"
	"sync"
)

type Config struct{ name string }

var config *Config
var loads int
var once sync.Once

func getConfig() *Config {
	once.Do(func() {
		loads++
		config = &Config{name: "prod"}
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = getConfig().name
		}()
	}
	wg.Wait()
	fmt.Println("config loaded", loads, "time(s)")
}

// Output:
// config loaded 1 time(s)
