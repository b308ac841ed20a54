// Lazy initialisation by check-then-act without synchronisation: two
// request handlers find the config not loaded yet and both load it, so
// it is loaded twice (and the expensive setup runs twice).
package main

import (
	"fmt"
	"sync"
)

type Config struct{ name string }

var config *Config
var loads int

func getConfig() *Config {
	if config == nil {
		loads++
		config = &Config{name: "prod"}
	}
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
