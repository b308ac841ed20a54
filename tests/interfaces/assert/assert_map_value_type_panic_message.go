package main

import "fmt"

func main() {
	cfg := map[string]interface{}{
		"port":  8080,
		"host":  "localhost",
		"debug": true,
	}
	fmt.Println(cfg["port"].(int) + 1)
	fmt.Println(cfg["host"].(string))
	fmt.Println(!cfg["debug"].(bool))
	port := cfg["port"].(string)
	fmt.Println(port)
}

// Output:
// 8081
// localhost
// false
// Panic: interface conversion: interface {} is int, not string
